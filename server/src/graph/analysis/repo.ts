import { createHash } from 'node:crypto';
import os from 'node:os';
import type { Executor } from '../../db/executor.js';
import { GRAPH_VERSION } from '../history/queries.js';
import { graphVersion, versionOf } from '../history/repo.js';
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
  STORED_CLUSTERS,
  STORED_RUN,
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

/** One cluster as a run computes and stores it: its measures, its partners, its partners across a bridge. */
export interface ClusterRunRecord {
  id: string;
  metrics: ClusterMetricsRecord;
  tiedTo: readonly string[];
  bridgesTo: readonly string[];
}

/** What one run computed, and of which graph: what is stored, and what a later start reads back. */
export interface AnalysisRunRecord {
  /** The graph's version (history/repo.ts graphVersion) read before the projection: the results are of it. */
  graphVersion: string;
  computedAt: string;
  clusters: readonly ClusterRunRecord[];
}

/** One run of the analysis, in memory: the measures per cluster and the network they were computed on. */
export interface AnalysisSnapshot {
  computedAt: string;
  graphVersion: string;
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
 * (also on failure). Every statement reads; nothing is written here. The graph's version is read
 * first: a write landing before the projection makes the results newer than their version says,
 * so they are recomputed (never older than it says).
 */
export async function computeAnalysis(executor: Executor): Promise<AnalysisRunRecord> {
  const version = await graphVersion(executor);
  const graph = `atlas-ties-${process.pid}-${++runs}`;
  const params = { graph, seed: 42, concurrency: ANALYSIS_CONCURRENCY };
  await executor.read(PROJECT_TIES, params);
  try {
    const degree = await scores(executor, DEGREE, params);
    const betweenness = await scores(executor, BETWEENNESS, params);
    const pageRank = await scores(executor, PAGE_RANK, params);
    const leiden = await scores(executor, LEIDEN, params);
    const articulation = new Set((await executor.read<{ id: string }>(ARTICULATION_POINTS, params)).map((r) => r.id));
    const bridges = await executor.read<{ source: string; target: string }>(BRIDGES, params);
    const pairs = await executor.read<{ source: string; target: string }>(TIED_PAIRS, params);
    const community = numberCommunities(leiden, degree);
    const partners = (links: readonly { source: string; target: string }[]) => {
      const of = new Map<string, string[]>();
      const add = (from: string, to: string) => {
        const list = of.get(from);
        if (list) list.push(to);
        else of.set(from, [to]);
      };
      for (const { source, target } of links) {
        add(source, target);
        add(target, source);
      }
      return of;
    };
    const tiedTo = partners(pairs);
    const bridgesTo = partners(bridges);
    return {
      graphVersion: version,
      computedAt: new Date().toISOString(),
      clusters: [...degree].map(([id, d]) => ({
        id,
        metrics: {
          degree: Math.round(d),
          betweenness: normaliseBetweenness(betweenness.get(id) ?? 0, degree.size),
          pageRank: pageRank.get(id) ?? 0,
          community: community.get(id) ?? null,
          articulationPoint: articulation.has(id),
        },
        tiedTo: tiedTo.get(id) ?? [],
        bridgesTo: bridgesTo.get(id) ?? [],
      })),
    };
  } finally {
    await executor.read(DROP_GRAPH, params);
  }
}

/**
 * What a stored run is tied to besides the graph: the statements that computed it. A run stored by
 * other statements (a tie rule changed since, say) is recomputed rather than reused.
 */
export const ANALYSIS_METHOD = createHash('sha256')
  .update([PROJECT_TIES, DEGREE, BETWEENNESS, PAGE_RANK, LEIDEN, ARTICULATION_POINTS, BRIDGES, TIED_PAIRS].join('\n'))
  .digest('hex')
  .slice(0, 16);

/**
 * Stores a run: the measures on the clusters and the run's record (its graph version, when, GDS's
 * version and the method), in one write transaction.
 */
export async function storeAnalysis(
  executor: Executor,
  options: { run: AnalysisRunRecord; gdsVersion: string },
): Promise<void> {
  const { run, gdsVersion } = options;
  const rows = run.clusters.map(({ id, metrics, tiedTo, bridgesTo }) => ({ id, ...metrics, tiedTo, bridgesTo }));
  const record = { graphVersion: run.graphVersion, computedAt: run.computedAt, gdsVersion, method: ANALYSIS_METHOD };
  await executor.write((tx) => tx.run(WRITE_METRICS, { rows, run: record }));
}

/** A stored run read back, and whether it is of the graph as it is now (same version, GDS and method). */
export interface StoredAnalysis {
  run: AnalysisRunRecord;
  current: boolean;
}

/**
 * The run stored by the last analysis of this database, by any process, or null when there is none:
 * the record, the graph's version now and the stored measures, read in one transaction.
 */
export async function readStoredAnalysis(executor: Executor, gdsVersion: string): Promise<StoredAnalysis | null> {
  return executor.readAll(async (tx) => {
    const [record] = await tx.run<{ graphVersion: string; computedAt: string; gdsVersion: string; method: string }>(
      STORED_RUN,
    );
    if (!record) return null;
    const [now] = await tx.run<{ changes: number; nodes: number; relationships: number }>(GRAPH_VERSION);
    const rows = await tx.run<ClusterMetricsRecord & { id: string; tiedTo: string[]; bridgesTo: string[] }>(
      STORED_CLUSTERS,
    );
    const current =
      now !== undefined &&
      versionOf(now) === record.graphVersion &&
      record.gdsVersion === gdsVersion &&
      record.method === ANALYSIS_METHOD;
    const clusters = rows.map(({ id, tiedTo, bridgesTo, ...metrics }) => ({ id, metrics, tiedTo, bridgesTo }));
    return { run: { graphVersion: record.graphVersion, computedAt: record.computedAt, clusters }, current };
  });
}

/**
 * A run as the lists read it, whether just computed or read back: the adjacency and the search
 * built from its partners (in id order, so that both give the same lists), and the clusters' places.
 */
export async function snapshotOf(executor: Executor, run: AnalysisRunRecord): Promise<AnalysisSnapshot> {
  const [places] = await executor.read<{ clusters: [string, string | null][]; euCountries: string[] }>(PLACES);
  const clusters = [...run.clusters].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Each pair once, from its lower id, in id order.
  const pairsOf = (partners: (c: ClusterRunRecord) => readonly string[]) =>
    clusters.flatMap((c) =>
      [...partners(c)]
        .filter((to) => c.id < to)
        .sort()
        .map((to): readonly [string, string] => [c.id, to]),
    );
  const adjacency = adjacencyOf({ nodes: clusters.map((c) => c.id), pairs: pairsOf((c) => c.tiedTo) });
  const bridges = pairsOf((c) => c.bridgesTo);
  return {
    computedAt: run.computedAt,
    graphVersion: run.graphVersion,
    metrics: new Map(clusters.map((c) => [c.id, c.metrics])),
    adjacency,
    cuts: cutIndex(adjacency),
    bridges,
    bridgeKeys: new Set(bridges.map(([a, b]) => pairKey(a, b))),
    countryOf: new Map(places?.clusters ?? []),
    euCountries: places?.euCountries ?? [],
  };
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
