import type { AnalysisStatusRecord } from './refresh.js';
import type { AnalysisSnapshot, ClusterMetricsRecord } from './repo.js';
import { cutOffBetween, cutOffBy, type Removal } from './structure.js';

/**
 * The lists a person reads, from one analysis run: brokers, single points of failure (of the
 * whole network, or between two sides), communities. Pure, over the snapshot in memory.
 */

export interface BrokerRecord {
  clusterId: string;
  metrics: ClusterMetricsRecord;
  communities: number;
}

export interface CutRecord {
  /** The cluster, or the tie's two clusters. */
  clusterIds: readonly string[];
  cutOff: string[];
}

export interface SinglePointsRecord {
  status: AnalysisStatusRecord;
  cuts: CutRecord[];
  /** How many clusters, and how many ties, to list. */
  first: number;
}

export interface CommunityRecord {
  id: number;
  clusterIds: string[];
  countries: { label: string; count: number }[];
}

/** Highest betweenness first (ties broken by degree, then id); clusters on no chain are no brokers. */
export function brokersOf(snapshot: AnalysisSnapshot, first: number): BrokerRecord[] {
  return [...snapshot.metrics]
    .filter(([, m]) => m.betweenness > 0)
    .sort(([a, ma], [b, mb]) => mb.betweenness - ma.betweenness || mb.degree - ma.degree || (a < b ? -1 : 1))
    .slice(0, first)
    .map(([clusterId, metrics]) => {
      const partners = snapshot.adjacency.get(clusterId) ?? [];
      const communities = new Set(partners.map((id) => snapshot.metrics.get(id)?.community).filter((c) => c != null));
      return { clusterId, metrics, communities: communities.size };
    });
}

const mostDamagingFirst = (a: CutRecord, b: CutRecord) =>
  b.cutOff.length - a.cutOff.length || (a.clusterIds.join() < b.clusterIds.join() ? -1 : 1);

const removals = (snapshot: AnalysisSnapshot): { clusterIds: readonly string[]; removal: Removal }[] => [
  ...[...snapshot.metrics]
    .filter(([, m]) => m.articulationPoint)
    .map(([id]) => ({ clusterIds: [id], removal: { cluster: id } })),
  ...snapshot.bridges.map((tie) => ({ clusterIds: tie, removal: { tie } })),
];

// Computed once per run: the lists it makes can be long.
const wholeNetwork = new WeakMap<AnalysisSnapshot, CutRecord[]>();

/** Every articulation point and bridge with the clusters it would cut off, most damaging first. */
export function singlePointsOf(snapshot: AnalysisSnapshot): CutRecord[] {
  let cuts = wholeNetwork.get(snapshot);
  if (!cuts) {
    cuts = removals(snapshot)
      .map(({ clusterIds, removal }) => ({ clusterIds, cutOff: cutOffBy(snapshot.cuts, removal) }))
      .sort(mostDamagingFirst);
    wholeNetwork.set(snapshot, cuts);
  }
  return cuts;
}

/**
 * Between two sides (country codes): the clusters and ties whose removal leaves a cluster of one
 * side with no chain to the other. Every tied cluster is tried, not only the articulation points:
 * a cluster that is its side's only member in its part (a lone member, tied to a single partner)
 * splits nothing, yet leaves the other side's clusters there with nothing to reach. Of the ties,
 * only bridges can. Each try reads the search done once per run (structure.ts), no traversal.
 */
export function singlePointsBetween(
  snapshot: AnalysisSnapshot,
  sides: { left: readonly string[]; right: readonly string[] },
): CutRecord[] {
  const members = (codes: readonly string[]) => {
    const wanted = new Set(codes);
    return new Set([...snapshot.countryOf].filter(([, code]) => code !== null && wanted.has(code)).map(([id]) => id));
  };
  const cutOff = cutOffBetween(snapshot.cuts, { left: members(sides.left), right: members(sides.right) });
  const candidates: { clusterIds: readonly string[]; removal: Removal }[] = [
    ...[...snapshot.adjacency]
      .filter(([, partners]) => partners.length > 0)
      .map(([id]) => ({ clusterIds: [id], removal: { cluster: id } })),
    ...snapshot.bridges.map((tie) => ({ clusterIds: tie, removal: { tie } })),
  ];
  return candidates
    .map(({ clusterIds, removal }) => ({ clusterIds, cutOff: cutOff(removal) }))
    .filter((cut) => cut.cutOff.length > 0)
    .sort(mostDamagingFirst);
}

/** Communities, largest first, members by betweenness, with their countries. */
export function communitiesOf(snapshot: AnalysisSnapshot): CommunityRecord[] {
  const byCommunity = new Map<number, string[]>();
  for (const [id, m] of snapshot.metrics) {
    if (m.community === null) continue;
    const members = byCommunity.get(m.community);
    if (members) members.push(id);
    else byCommunity.set(m.community, [id]);
  }
  const betweenness = (id: string) => snapshot.metrics.get(id)?.betweenness ?? 0;
  return [...byCommunity]
    .sort(([a], [b]) => a - b)
    .map(([id, clusterIds]) => {
      const counts = new Map<string, number>();
      for (const c of clusterIds) {
        const code = snapshot.countryOf.get(c) ?? 'unknown';
        counts.set(code, (counts.get(code) ?? 0) + 1);
      }
      return {
        id,
        clusterIds: clusterIds.sort((a, b) => betweenness(b) - betweenness(a) || (a < b ? -1 : 1)),
        countries: [...counts]
          .map(([label, count]) => ({ label, count }))
          .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1)),
      };
    });
}
