import { resetGraph } from '../reset.js';
import { connectForCli } from './connect.js';

/** `npm run db:reset`: the graph replaced with the seed, all or nothing (reset.ts). */
const { database, logger } = await connectForCli();
try {
  const started = Date.now();
  const catalogue = await resetGraph({ executor: database.executor, logger });
  process.stdout.write(
    `Reset the graph and loaded the seed: ${catalogue.clusters.length} clusters, ${catalogue.agreements.length} agreements, ` +
      `${catalogue.missions.length} missions, ${catalogue.partnerships.length} partnerships from ${catalogue.sources.length} sources ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
  );
} finally {
  await database.close();
}
