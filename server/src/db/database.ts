import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { loadedSeedHash, loadSeed, catalogueHash } from '../seed/load.js';
import { readCatalogue } from '../seed/catalogue.js';
import { createDriver } from './driver.js';
import type { EmbeddedNeo4jError } from './embedded-errors.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.js';
import { Executor } from './executor.js';
import { Turns } from './turns.js';
import { applyMigrations, applySchema, refreshStatistics } from './migrations.js';

/** The database of the process: the embedded Neo4j or an external one, behind one driver. */
export interface Database {
  driver: Driver;
  executor: Executor;
  embedded: EmbeddedNeo4j | undefined;
  /** Closes the driver, then stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
}

export async function openDatabase(options: {
  config: Config['neo4j'];
  logger: Logger;
  onEmbeddedExit?: (error: EmbeddedNeo4jError) => void;
  /** NEO4J_TRANSACTIONS_AT_ONCE; TRANSACTIONS_AT_ONCE when not given. */
  transactionsAtOnce?: number;
  /** NEO4J_TURN_WAIT_MS; TURN_WAIT_MS when not given. */
  turnWaitMs?: number;
}): Promise<Database> {
  const { config, logger } = options;
  let embedded: EmbeddedNeo4j | undefined;
  let connection: { uri: string; username: string; password: string };
  if (config.mode === 'embedded') {
    embedded = await startEmbeddedNeo4j({
      ...config,
      logger,
      ...(options.onEmbeddedExit ? { onUnexpectedExit: options.onEmbeddedExit } : {}),
    });
    connection = { uri: embedded.uri, username: 'neo4j', password: '' };
  } else {
    connection = config;
  }
  const driver = createDriver(connection);
  const executor = new Executor(
    { driver, database: config.database, logger },
    { turns: new Turns(options.transactionsAtOnce, options.turnWaitMs) },
  );
  const close = async () => {
    executor.availability.stop();
    await driver.close();
    await embedded?.stop();
  };
  try {
    // Registering GDS and APOC holds up every query planned meanwhile (the seed load timed out
    // behind it): the first statement waits until the launcher has registered them.
    await embedded?.plugins;
    // Ready means Bolt answers a query, not merely that the port is open.
    await executor.read('RETURN 1 AS ok');
  } catch (error) {
    await close();
    throw error;
  }
  return { driver, executor, embedded, close };
}

/**
 * Brings the graph up to date: schema at every start; the seed on an empty database; pending
 * migrations otherwise. A seed that changed since it was loaded is reported, never reapplied
 * over edits: `npm run db:reset` reloads it.
 */
export async function prepareGraph(options: { executor: Executor; logger: Logger }): Promise<void> {
  const { executor, logger } = options;
  await applySchema(executor);
  const loaded = await loadedSeedHash(executor);
  const catalogue = await readCatalogue();
  if (loaded === null) {
    const started = Date.now();
    await loadSeed(executor, catalogue);
    await refreshStatistics({ executor, logger });
    logger.info({ ms: Date.now() - started }, 'Loaded the seed graph into an empty database');
  } else if (loaded !== catalogueHash(catalogue)) {
    logger.warn(
      'The seed files changed since this database was loaded; run `npm run db:reset` to reload them (it wipes the graph).',
    );
  }
  await applyMigrations({ executor, logger });
}
