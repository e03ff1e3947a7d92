import { inject } from 'vitest';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { applySchema } from '../src/db/migrations.js';
import { createLogger } from '../src/logger.js';
import type { Catalogue } from '../src/seed/catalogue.js';
import { loadSeed, wipeGraph } from '../src/seed/load.js';

/** The integration tests' handle on the run's real Neo4j (started by global-setup.ts). */
export function connectTestGraph() {
  const driver = createDriver({ uri: inject('neo4jUri'), username: 'neo4j', password: '' });
  const executor = new Executor({ driver, database: undefined, logger: createLogger('silent') });
  return { driver, executor, close: () => driver.close() };
}

/**
 * Wipes the graph and loads schema and seed: the state a test file owns from its beforeAll on.
 * The first load of a run plans every statement on a cold JVM; on a loaded machine that can
 * outlast the executor's transaction timeout, so a load that timed out is tried once more.
 */
export async function resetToSeed(executor: Executor): Promise<Catalogue> {
  await wipeGraph(executor);
  await applySchema(executor);
  return loadSeed(executor).catch((error: unknown) => {
    if ((error as { extensions?: { code?: string } }).extensions?.code !== 'QUERY_TOO_LARGE') throw error;
    return loadSeed(executor);
  });
}
