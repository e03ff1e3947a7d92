import { applyMigrations, applySchema } from '../db/migrations.js';
import { loadSeed, wipeGraph } from '../seed/load.js';
import { warmUp } from '../graph/warm-up.js';
import { connectForCli } from './connect.js';

/** `npm run db:reset`: wipes the graph, then applies the schema, the seed and the migrations. */
const { database, logger } = await connectForCli();
try {
  const started = Date.now();
  await wipeGraph(database.executor);
  await applySchema(database.executor);
  const catalogue = await loadSeed(database.executor);
  await applyMigrations({ executor: database.executor, logger });
  // The wipe and new schema dropped Neo4j's query plans: plan the default views again now, not on a user's first visit.
  await warmUp(database.executor);
  process.stdout.write(
    `Reset the graph and loaded the seed: ${catalogue.clusters.length} clusters, ${catalogue.agreements.length} agreements, ` +
      `${catalogue.missions.length} missions, ${catalogue.partnerships.length} partnerships from ${catalogue.sources.length} sources ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
  );
} finally {
  await database.close();
}
