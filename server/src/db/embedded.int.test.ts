import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test/free-port.js';
import { isAlive } from '../../test/server-process.js';
import { createLogger } from '../logger.js';
import { EmbeddedNeo4jError } from './embedded-errors.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.js';

const logger = createLogger('silent');

describe('the embedded Neo4j', () => {
  let dataDir: string;
  let port: number;
  let running: EmbeddedNeo4j;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-embedded-'));
    port = await freePort();
    running = await startEmbeddedNeo4j({ host: '127.0.0.1', port, dataDir, heap: '512m', pageCache: '64m', logger });
  });
  afterAll(async () => {
    await running.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a data folder another instance holds, and says what to do', async () => {
    const attempt = startEmbeddedNeo4j({
      host: '127.0.0.1',
      port: await freePort(),
      dataDir,
      heap: '256m',
      pageCache: '32m',
      logger,
    });
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedNeo4jError);
    await expect(attempt).rejects.toMatchObject({
      problem: { kind: 'data-locked' },
      message: expect.stringContaining('NEO4J_DATA_DIR'),
    });
  });

  it('refuses a Bolt port in use before starting a JVM', async () => {
    const otherDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-embedded-'));
    const attempt = startEmbeddedNeo4j({
      host: '127.0.0.1',
      port,
      dataDir: otherDir,
      heap: '256m',
      pageCache: '32m',
      logger,
    });
    await expect(attempt).rejects.toMatchObject({
      problem: { kind: 'port-in-use', port },
      message: expect.stringContaining('NEO4J_BOLT_PORT'),
    });
    await rm(otherDir, { recursive: true, force: true });
  });

  it('leaves no Java process behind when stopped, and starts again on the same data', async () => {
    const pid = running.pid;
    await running.stop();
    expect(isAlive(pid)).toBe(false);
    running = await startEmbeddedNeo4j({ host: '127.0.0.1', port, dataDir, heap: '512m', pageCache: '64m', logger });
    expect(isAlive(running.pid)).toBe(true);
  });
});
