import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j } from '../src/db/embedded.js';
import { createLogger } from '../src/logger.js';
import { freePort } from './free-port.js';

/** Starts one real embedded Neo4j for the integration run, on a free port and a temporary folder. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-it-'));
  const port = await freePort();
  const neo4j = await startEmbeddedNeo4j({
    host: '127.0.0.1',
    port,
    dataDir,
    heap: '1g',
    pageCache: '256m',
    logger: createLogger('warn'),
  });
  // The analysis tests need GDS: wait for the launcher to register it, once, for the whole run.
  await neo4j.plugins;
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jPid', neo4j.pid);
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jPid: number;
  }
}
