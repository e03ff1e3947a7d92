import os from 'node:os';
import type { Executor } from '../../db/executor.js';
import {
  ARTICULATION_POINTS,
  BETWEENNESS,
  BRIDGES,
  DEGREE,
  DROP_GRAPH,
  GDS_PRESENT,
  GDS_VERSION,
  LEIDEN,
  METRICS_OF,
  PAGE_RANK,
  PLACES,
  PROJECT_TIES,
  TIED_PAIRS,
  WRITE_METRICS,
} from './queries.js';
import {
  adjacencyOf,
  cutIndex,
  normaliseBetweenness,
  numberCommunities,
  pairKey,
  type Adjacency,
  type CutIndex,
} from './structure.js';

/** The measures of one cluster, as `Cluster.metrics` serves them. */
export interface ClusterMetricsRecord {
  degree: number;
  betweenness: number;
  pageRank: number;
  community: number | null;
  articulationPoint: boolean;
}

/** One run of the analysis: the measures per cluster and the network they were computed on. */
export interface AnalysisSnapshot {
  computedAt: string;
  metrics: ReadonlyMap<string, ClusterMetricsRecord>;
  adjacency: Adjacency;
  /** One search of the network, from which who each removal cuts off is read. */
  cuts: CutIndex;
  bridges: readonly (readonly [string, string])[];
  /** pairKey of each bridge. */
  bridgeKeys: ReadonlySet<string>;
  countryOf: ReadonlyMap<string, string | null>;
  euCountries: readonly string[];
}

/** The version of Graph Data Science in this database, or null when it has none. */
export async function gdsVersion(executor: Executor): Promise<string | null> {
  const [row] = await executor.read<{ found: number }>(GDS_PRESENT);
  if (!row || row.found === 0) return null;
  const [version] = await executor.read<{ version: string }>(GDS_VERSION);
  return version?.version ?? null;
}

type Scores = Map<string, number>;
const scores = async (executor: Executor, cypher: string, params: Record<string, unknown>): Promise<Scores> =>
  new Map((await executor.read<{ id: string; score: number }>(cypher, params)).map((r) => [r.id, r.score]));

let runs = 0;

/**
 * Threads the algorithms may use: all cores but one, so that a refresh never takes the whole machine
 * from the requests it runs beside (GDS's default of 4 threads on a two-core machine starved the
 * reliability suite's 50 req/s while the first run after start-up went on). At least one.
 */
export const ANALYSIS_CONCURRENCY = Math.max(1, os.availableParallelism() - 1);

/**
 * Projects the tie network, runs the algorithms, reads the pairs back and drops the projection
 * (also on failure). Every statement reads; nothing is written here.
 */
export async function computeAnalysis(executor: Executor): Promise<AnalysisSnapshot> {
  const graph = `atlas-ties-${process.pid}-${++runs}`;
  const params = { graph, seed: 42, concurrency: ANALYSIS_CONCURRENCY };
  await executor.read(PROJECT_TIES, params);
  try {
    const degree = await scores(executor, DEGREE, params);
    const betweenness = await scores(executor, BETWEENNESS, params);
    const pageRank = await scores(executor, PAGE_RANK, params);
    const leiden = await scores(executor, LEIDEN, params);
    const articulation = new Set((await executor.read<{ id: string }>(ARTICULATION_POINTS, params)).map((r) => r.id));
    const bridges = (await executor.read<{ source: string; target: string }>(BRIDGES, params)).map(
      (r): readonly [string, string] => (r.source < r.target ? [r.source, r.target] : [r.target, r.source]),
    );
    const pairs = (await executor.read<{ source: string; target: string }>(TIED_PAIRS, params)).map(
      (r) => [r.source, r.target] as const,
    );
    const [places] = await executor.read<{ clusters: [string, string | null][]; euCountries: string[] }>(PLACES);
    const community = numberCommunities(leiden, degree);
    const metrics = new Map<string, ClusterMetricsRecord>();
    for (const [id, d] of degree) {
      metrics.set(id, {
        degree: Math.round(d),
        betweenness: normaliseBetweenness(betweenness.get(id) ?? 0, degree.size),
        pageRank: pageRank.get(id) ?? 0,
        community: community.get(id) ?? null,
        articulationPoint: articulation.has(id),
      });
    }
    const adjacency = adjacencyOf({ nodes: [...degree.keys()], pairs });
    return {
      computedAt: new Date().toISOString(),
      metrics,
      adjacency,
      cuts: cutIndex(adjacency),
      bridges,
      bridgeKeys: new Set(bridges.map(([a, b]) => pairKey(a, b))),
      countryOf: new Map(places?.clusters ?? []),
      euCountries: places?.euCountries ?? [],
    };
  } finally {
    await executor.read(DROP_GRAPH, params);
  }
}

/** Stores a snapshot's measures on the clusters, in one write transaction. */
export async function writeMetrics(executor: Executor, snapshot: AnalysisSnapshot): Promise<void> {
  const bridgesTo = new Map<string, string[]>();
  for (const [a, b] of snapshot.bridges) {
    bridgesTo.set(a, [...(bridgesTo.get(a) ?? []), b]);
    bridgesTo.set(b, [...(bridgesTo.get(b) ?? []), a]);
  }
  const rows = [...snapshot.metrics].map(([id, m]) => ({ id, ...m, bridgesTo: bridgesTo.get(id) ?? [] }));
  await executor.write((tx) => tx.run(WRITE_METRICS, { rows }));
}

/** The stored measures of some clusters, for a DataLoader: one entry per id, null when not computed. */
export async function readMetrics(
  executor: Executor,
  ids: readonly string[],
): Promise<(ClusterMetricsRecord | null)[]> {
  const rows = await executor.read<ClusterMetricsRecord & { id: string }>(METRICS_OF, { ids });
  const byId = new Map(rows.map(({ id, ...metrics }) => [id, metrics]));
  return ids.map((id) => byId.get(id) ?? null);
}
