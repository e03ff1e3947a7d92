import { applyMigrations, applySchema, refreshStatistics } from '../db/migrations.js';
import { warmUp } from '../warm-up.js';
import { replaceWithSeed } from '../seed/load.js';
import { connectForCli } from './connect.js';

/**
 * `npm run db:reset`: applies the schema, then replaces the graph with the seed in one transaction
 * (named editors stay), then applies the migrations. A running `npm start` serves the old graph
 * until the commit and the new one after; a reset killed or failed midway changes nothing.
 */
const { database, logger } = await connectForCli();
try {
  const started = Date.now();
  await applySchema(database.executor);
  const catalogue = await replaceWithSeed(database.executor);
  await applyMigrations({ executor: database.executor, logger });
  // The new graph and schema leave Neo4j's query plans stale: sample the indexes and plan the
  // default views again now, not on a user's first visit (nor on every request at once).
  await refreshStatistics({ executor: database.executor, logger });
  await warmUp(database.executor, { logger });
  process.stdout.write(
    `Reset the graph and loaded the seed: ${catalogue.clusters.length} clusters, ${catalogue.agreements.length} agreements, ` +
      `${catalogue.missions.length} missions, ${catalogue.partnerships.length} partnerships from ${catalogue.sources.length} sources ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
  );
} finally {
  await database.close();
}
