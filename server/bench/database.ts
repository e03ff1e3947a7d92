import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig, REPO_ROOT } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded.js';
import { Executor } from '../src/db/executor.js';
import type { Logger } from '../src/logger.js';
import { freePort } from '../test/free-port.js';
import type { ServedDatabase } from './serve.js';

/**
 * The benchmark's database: the Neo4j at NEO4J_URI when set, otherwise its own embedded Neo4j on
 * a free port with data in .data/bench-neo4j (never the app's .data/neo4j), kept across runs.
 */

export const BENCH_DATA_DIR = path.join(REPO_ROOT, '.data/bench-neo4j');

export interface BenchDatabase {
  driver: Driver;
  executor: Executor;
  /** Where it is, for the report. */
  description: string;
  /** How to connect to it, for the servers the throughput section starts in processes of their own. */
  connection: ServedDatabase;
  /** The embedded Neo4j's JVM (null for an external Neo4j), whose CPU time the throughput section reads. */
  pid: number | null;
  /** Settles once the embedded Neo4j has registered GDS and APOC (at once for an external one). */
  plugins: Promise<void>;
  close(): Promise<void>;
}

export async function openBenchDatabase(logger: Logger): Promise<BenchDatabase> {
  const config = loadConfig();
  let embedded: EmbeddedNeo4j | undefined;
  let connection: { uri: string; username: string; password: string };
  let database: string | undefined;
  if (config.neo4j.mode === 'external') {
    connection = config.neo4j;
    database = config.neo4j.database;
  } else {
    logger.info(`Starting an embedded Neo4j with data in ${path.relative(REPO_ROOT, BENCH_DATA_DIR)}`);
    embedded = await startEmbeddedNeo4j({
      host: '127.0.0.1',
      port: await freePort(),
      dataDir: BENCH_DATA_DIR,
      heap: process.env.NEO4J_HEAP ?? '1g',
      pageCache: process.env.NEO4J_PAGECACHE ?? '512m',
      logger,
    });
    connection = { uri: embedded.uri, username: 'neo4j', password: '' };
  }
  const driver = createDriver(connection);
  const executor = new Executor({ driver, database, logger });
  const close = async () => {
    await driver.close();
    await embedded?.stop();
  };
  try {
    await executor.read('RETURN 1 AS ok');
  } catch (error) {
    await close();
    throw error;
  }
  const description = embedded
    ? `embedded Neo4j (${path.relative(REPO_ROOT, BENCH_DATA_DIR)})`
    : `${connection.uri}${database ? ` database ${database}` : ''}`;
  return {
    driver,
    executor,
    description,
    connection: { ...connection, database },
    pid: embedded?.pid ?? null,
    close,
    plugins: embedded?.plugins ?? Promise.resolve(),
  };
}

/**
 * Runs `use` against a scratch embedded Neo4j in a temporary folder of its own (never the app's or
 * the bench graph's data), removed afterwards: for the sections that measure writes from empty.
 */
export async function withScratchNeo4j<T>(
  options: { logger: Logger; pageCache?: string },
  use: (executor: Executor, folder: string, neo4j: EmbeddedNeo4j) => Promise<T>,
): Promise<T> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'atlas-bench-scratch-'));
  const neo4j = await startEmbeddedNeo4j({
    host: '127.0.0.1',
    port: await freePort(),
    dataDir: path.join(folder, 'neo4j'),
    heap: process.env.NEO4J_HEAP ?? '1g',
    pageCache: process.env.NEO4J_PAGECACHE ?? options.pageCache ?? '256m',
    logger: options.logger,
  });
  const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: '' });
  try {
    return await use(new Executor({ driver, database: undefined, logger: options.logger }), folder, neo4j);
  } finally {
    await driver.close();
    await neo4j.stop();
    await rm(folder, { recursive: true, force: true });
  }
}
