import type { Executor } from './db/executor.js';
import { applyMigrations, applySchema, refreshStatistics } from './db/migrations.js';
import type { Logger } from './logger.js';
import type { Catalogue } from './seed/catalogue.js';
import { replaceWithSeed } from './seed/load.js';
import { warmUp } from './warm-up.js';

/**
 * What `npm run db:reset` does: applies the schema, then replaces the graph with the seed in one
 * transaction (named editors stay), then applies the migrations. A running `npm start` serves the
 * old graph until the commit and the new one after; a reset killed or failed midway changes
 * nothing. The new graph and schema leave Neo4j's query plans stale: the indexes are sampled and
 * the default views planned again now, not on a user's first visit (the first gaps after a reset
 * took 5 s) nor by every request at once (6 req/s got through for 40 s).
 */
export async function resetGraph(options: { executor: Executor; logger: Logger }): Promise<Catalogue> {
  const { executor, logger } = options;
  await applySchema(executor);
  const catalogue = await replaceWithSeed(executor);
  await applyMigrations({ executor, logger });
  await refreshStatistics({ executor, logger });
  await warmUp(executor, { logger });
  return catalogue;
}
