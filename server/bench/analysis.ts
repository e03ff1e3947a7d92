import { computeAnalysis, writeMetrics } from '../src/graph/analysis/repo.js';
import { singlePointsOf } from '../src/graph/analysis/views.js';
import { createLogger } from '../src/logger.js';
import { openBenchDatabase } from './database.js';
import { ensureSynthetic } from '../src/synthetic/load.js';
import { timingOf } from './measure.js';

/**
 * `npm run bench:analysis`: what one refresh of the structural analysis costs on the synthetic
 * 10,000-cluster graph: GDS (projection, degree, betweenness, PageRank, Leiden, articulation
 * points, bridges), storing the measures on the clusters, and who each single point of failure
 * cuts off. A separate module from `npm run bench`, which it shares the database and graph with.
 * Prints, never asserts.
 */

const RUNS = Number(process.env.BENCH_ANALYSIS_RUNS ?? 3);
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

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
    const phases = { compute: [] as number[], store: [] as number[], cuts: [] as number[], total: [] as number[] };
    let clusters = 0;
    let cuts = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const snapshot = await computeAnalysis(database.executor);
      const computed = performance.now();
      await writeMetrics(database.executor, snapshot);
      const stored = performance.now();
      cuts = singlePointsOf(snapshot).length;
      const done = performance.now();
      clusters = snapshot.metrics.size;
      phases.compute.push(computed - started);
      phases.store.push(stored - computed);
      phases.cuts.push(done - stored);
      phases.total.push(done - started);
    }
    const lines = [
      `Analysis refresh on ${clusters} clusters (${cuts} single points of failure), ${RUNS} runs, ms p50 / max:`,
      ...Object.entries(phases).map(([phase, samples]) => {
        const timing = timingOf(samples);
        return `  ${phase.padEnd(8)} ${ms(timing.p50)} / ${ms(Math.max(...samples))}`;
      }),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await database.close();
  }
}

await main();
