import type { Executor } from '../src/db/executor.js';
import {
  computeAnalysis,
  gdsVersion,
  readStoredAnalysis,
  snapshotOf,
  storeAnalysis,
} from '../src/graph/analysis/repo.js';
import { singlePointsBetween, singlePointsOf } from '../src/graph/analysis/views.js';
import { timingOf } from './measure.js';

/**
 * What one refresh of the structural analysis costs: GDS (projection, degree, betweenness,
 * PageRank, Leiden, articulation points, bridges), storing the measures on the clusters, and who
 * each single point of failure cuts off; then what one request for the single points between the
 * EU and Canada (the Gaps view's) costs on that run, and what a start on the unchanged graph costs
 * instead of a refresh (reading the stored run back). Shared by `npm run bench` and `npm run bench:analysis`.
 */

export interface AnalysisFigures {
  runs: number;
  clusters: number;
  cuts: number;
  /** Single points of failure between the EU and Canada. */
  cutsBetween: number;
  /**
   * Per phase, one sample per run (ms); `between` is per request, not part of the refresh; `reuse`
   * reads the stored run back as a start on the unchanged graph does, instead of all of the refresh.
   */
  phases: Record<'compute' | 'store' | 'cuts' | 'total' | 'between' | 'reuse', number[]>;
}

export async function measureAnalysis(executor: Executor, runs: number): Promise<AnalysisFigures> {
  const phases: AnalysisFigures['phases'] = { compute: [], store: [], cuts: [], total: [], between: [], reuse: [] };
  const gds = await gdsVersion(executor);
  if (!gds) throw new Error('The bench database has no Graph Data Science.');
  let clusters = 0;
  let cuts = 0;
  let cutsBetween = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const computed = await computeAnalysis(executor);
    const snapshot = await snapshotOf(executor, computed);
    const computedAt = performance.now();
    await storeAnalysis(executor, { run: computed, gdsVersion: gds });
    const stored = performance.now();
    cuts = singlePointsOf(snapshot).length;
    const done = performance.now();
    clusters = snapshot.metrics.size;
    phases.compute.push(computedAt - started);
    phases.store.push(stored - computedAt);
    phases.cuts.push(done - stored);
    phases.total.push(done - started);
    cutsBetween = singlePointsBetween(snapshot, { left: snapshot.euCountries, right: ['CA'] }).length;
    const between = performance.now();
    phases.between.push(between - done);
    const reread = await readStoredAnalysis(executor, gds);
    if (!reread?.current) throw new Error('The stored run read back is not current: the bench graph changed under it.');
    await snapshotOf(executor, reread.run);
    phases.reuse.push(performance.now() - between);
  }
  return { runs, clusters, cuts, cutsBetween, phases };
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

export function renderAnalysis(figures: AnalysisFigures): string[] {
  return [
    `Metric refresh (brokers, communities, single points of failure) on ${figures.clusters} clusters (${figures.cuts} single points of failure; ${figures.cutsBetween} between the EU and Canada), ${figures.runs} runs, ms p50 / max:`,
    '',
    '| phase | p50 | max |',
    '| --- | ---: | ---: |',
    ...Object.entries(figures.phases).map(
      ([phase, samples]) => `| ${phase} | ${ms(timingOf(samples).p50)} | ${ms(Math.max(...samples))} |`,
    ),
  ];
}
