import { createLogger } from '../src/logger.js';
import { ensureSynthetic } from '../src/synthetic/load.js';
import { measureAnalysis, renderAnalysis } from './analysis-refresh.js';
import { openBenchDatabase } from './database.js';

/**
 * `npm run bench:analysis`: the metric refresh alone on the synthetic 10,000-cluster graph (the
 * same measurement `npm run bench` reports), sharing its database and graph. Prints, never asserts.
 */

const RUNS = Number(process.env.BENCH_ANALYSIS_RUNS ?? 3);

async function main(): Promise<void> {
  const database = await openBenchDatabase(createLogger('info'));
  try {
    // The GDS plugins register after Bolt is ready: wait for them before the first run.
    await database.plugins;
    await ensureSynthetic({
      executor: database.executor,
      logger: createLogger('info'),
      force: false,
      progress: process.stdout.isTTY,
    });
    process.stdout.write(`${renderAnalysis(await measureAnalysis(database.executor, RUNS)).join('\n')}\n`);
  } finally {
    await database.close();
  }
}

await main();
