import type { Executor } from '../../db/executor.js';
import { notFound } from '../../errors.js';
import type { ClusterMetricsRecord } from '../analysis/repo.js';
import { ALL_TIE_KINDS } from '../entities/labels.js';
import type {
  GraphRecord,
  NetworkEdgeRecord,
  NetworkNodeRecord,
  NetworkOverviewRecord,
  NetworkRecord,
  PathRecord,
  TieKind,
} from '../model.js';
import {
  CLUSTER_NODE,
  NEIGHBOURHOOD,
  NETWORK,
  NETWORK_OVERVIEW,
  SHORTEST_PATH,
  STATS,
  filterShape,
  type OverviewGrouping,
} from './queries.js';

/** The canvas: nodes and aggregated edges as plain objects in the GraphQL shape (no field resolvers). */

export interface NetworkFilterOptions {
  countries: string[] | null;
  sectors: string[] | null;
  tieKinds: TieKind[] | null;
  fromYear: number | null;
  toYear: number | null;
  /** Planned and initiated agreements count as ties (tie-rule.ts). */
  includePlanned: boolean;
}

export interface NodeRow {
  id: string;
  name: string;
  countryCode: string | null;
  sectors: string[];
  /** Only from a statement that read the measures with the node (null: not computed). */
  metrics?: ClusterMetricsRecord | null;
}
interface EdgeRow {
  source: string;
  target: string;
  kind: TieKind;
  via: string[];
  years: (number | null)[];
  /** Per via: whether it is a planned or initiated agreement. */
  pending: boolean[];
}
/** A via node that two or more clusters of the answer share, and the ids of those clusters. */
export interface ViaRow {
  id: string;
  kind: TieKind;
  year: number | null;
  pending: boolean;
  members: string[];
}
/** What the network statements return (queries.ts networkOf). */
export interface NetworkRow {
  nodes: NodeRow[];
  vias: ViaRow[];
}

export const edgeId = (kind: TieKind, a: string, b: string) => (a < b ? `${kind}:${a}:${b}` : `${kind}:${b}:${a}`);

function toEdge(row: EdgeRow): NetworkEdgeRecord {
  const via = [...new Set(row.via)].sort();
  const years = [...new Set(row.years.filter((y): y is number => typeof y === 'number'))].sort((a, b) => a - b);
  return {
    id: edgeId(row.kind, row.source, row.target),
    source: row.source,
    target: row.target,
    kind: row.kind,
    via,
    years,
    weight: via.length,
    planned: row.pending.length > 0 && row.pending.every(Boolean),
  };
}

/** Nodes with their degree: how many distinct clusters of these edges each is tied to. */
function withDegrees(nodes: NodeRow[], edges: NetworkEdgeRecord[]): NetworkNodeRecord[] {
  const neighbours = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    let set = neighbours.get(a);
    if (!set) neighbours.set(a, (set = new Set()));
    set.add(b);
  };
  for (const edge of edges) {
    add(edge.source, edge.target);
    add(edge.target, edge.source);
  }
  return nodes.map((n) => ({
    id: n.id,
    label: n.name,
    entityKind: 'CLUSTER',
    country: n.countryCode ?? null,
    sectors: n.sectors,
    degree: neighbours.get(n.id)?.size ?? 0,
    ...(n.metrics === undefined ? {} : { metrics: n.metrics }),
  }));
}

/** What `localeCompare` without a locale does, made once rather than per comparison. */
const byDefault = new Intl.Collator().compare;

/** The ties the shared vias make: per pair of their clusters and kind, every via of that kind the two share. */
function tiesOf(vias: ViaRow[]): EdgeRow[] {
  const ties = new Map<string, EdgeRow>();
  for (const via of vias) {
    const { members } = via;
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const a = members[i] as string;
        const b = members[j] as string;
        const id = edgeId(via.kind, a, b);
        let tie = ties.get(id);
        if (!tie) {
          tie = { source: a < b ? a : b, target: a < b ? b : a, kind: via.kind, via: [], years: [], pending: [] };
          ties.set(id, tie);
        }
        tie.via.push(via.id);
        tie.years.push(via.year);
        tie.pending.push(via.pending);
      }
    }
  }
  return [...ties.values()];
}

/** A network statement's row as the canvas takes it: nodes with degrees, and one edge per tied pair and kind, sorted by id. */
export function toNetwork(row: NetworkRow | undefined): NetworkRecord {
  const edges = tiesOf(row?.vias ?? [])
    .map(toEdge)
    .sort((a, b) => byDefault(a.id, b.id));
  const nodes = [...(row?.nodes ?? [])].sort((a, b) => byDefault(a.id, b.id));
  return { nodes: withDegrees(nodes, edges), edges, omittedClusters: 0, omittedTies: 0 };
}

/**
 * At most `budget` elements (clusters + ties): the most connected clusters (by degree, then id, so
 * the cut repeats), taken while they and the ties among them fit, and counts of what was left out.
 */
export function withinBudget(network: GraphRecord, budget: number): NetworkRecord {
  const whole = { ...network, omittedClusters: 0, omittedTies: 0 };
  if (network.nodes.length + network.edges.length <= budget) return whole;
  const ranked = [...network.nodes].sort((a, b) => b.degree - a.degree || byDefault(a.id, b.id));
  const edgesOf = new Map<string, NetworkEdgeRecord[]>();
  for (const edge of network.edges)
    for (const end of [edge.source, edge.target]) {
      const list = edgesOf.get(end);
      if (list) list.push(edge);
      else edgesOf.set(end, [edge]);
    }
  const kept = new Set<string>();
  const keptEdges: NetworkEdgeRecord[] = [];
  for (const node of ranked) {
    const joining = (edgesOf.get(node.id) ?? []).filter((e) => kept.has(e.source === node.id ? e.target : e.source));
    if (kept.size + 1 + keptEdges.length + joining.length > budget) break;
    kept.add(node.id);
    keptEdges.push(...joining);
  }
  const edges = keptEdges.sort((a, b) => byDefault(a.id, b.id));
  return {
    // Degrees stay those of the whole network: how connected a cluster is, not how much of it fits.
    nodes: network.nodes.filter((n) => kept.has(n.id)),
    edges,
    omittedClusters: network.nodes.length - kept.size,
    omittedTies: network.edges.length - edges.length,
  };
}

const filterParams = (filter: NetworkFilterOptions) => ({
  countries: filter.countries,
  sectors: filter.sectors,
  tieKinds: filter.tieKinds ?? ALL_TIE_KINDS,
  fromYear: filter.fromYear,
  toYear: filter.toYear,
  includePlanned: filter.includePlanned,
});

/**
 * Every cluster passing the filter and the ties between two of them (one statement); with a
 * budget, cut to the most connected clusters that fit in it.
 */
export async function readNetwork(
  executor: Executor,
  filter: NetworkFilterOptions,
  budget: number | null = null,
): Promise<NetworkRecord> {
  const [row] = await executor.read<NetworkRow>(NETWORK[filterShape(filter)], filterParams(filter));
  const network = toNetwork(row);
  return budget === null ? network : withinBudget(network, budget);
}

/** The network aggregated by country, region or top-level sector: one statement. */
export async function readNetworkOverview(
  executor: Executor,
  options: { filter: NetworkFilterOptions; groupBy: OverviewGrouping },
): Promise<NetworkOverviewRecord> {
  const [row] = await executor.read<{
    clusters: number;
    ties: number;
    groups: { id: string; label: string | null; clusters: number }[];
    links: { source: string; target: string; ties: number }[];
  }>(NETWORK_OVERVIEW[options.groupBy][filterShape(options.filter)], filterParams(options.filter));
  const within = new Map<string, number>();
  const links: NetworkOverviewRecord['links'] = [];
  for (const link of row?.links ?? []) {
    if (link.source === link.target) within.set(link.source, link.ties);
    else links.push({ id: `${link.source}|${link.target}`, ...link });
  }
  return {
    groupBy: options.groupBy,
    clusters: row?.clusters ?? 0,
    ties: row?.ties ?? 0,
    groups: (row?.groups ?? [])
      .map((g) => ({
        id: g.id,
        label: g.label ?? (g.id === '' ? 'Unknown' : g.id),
        clusters: g.clusters,
        ties: within.get(g.id) ?? 0,
      }))
      .sort((a, b) => b.clusters - a.clusters || byDefault(a.id, b.id)),
    links: links.sort((a, b) => byDefault(a.id, b.id)),
  };
}

/**
 * The clusters within `depth` (1..3) ties of a cluster and the ties among them, with each cluster's
 * measures when `metrics` (one statement either way); NOT_FOUND when the id is no cluster.
 */
export async function readNeighbourhood(
  executor: Executor,
  options: { id: string; depth: number; filter: NetworkFilterOptions; metrics?: boolean },
): Promise<NetworkRecord> {
  const cypher = NEIGHBOURHOOD[options.depth]?.[options.metrics ? 'withMetrics' : 'plain'][filterShape(options.filter)];
  if (!cypher) throw new RangeError(`depth ${options.depth} is outside 1..3`);
  const [row] = await executor.read<NetworkRow>(cypher, {
    id: options.id,
    ...filterParams(options.filter),
  });
  // No row: the start is not a cluster. Saying so beats an empty canvas that looks like "no ties".
  if (!row) throw notFound('cluster', options.id);
  return toNetwork(row);
}

/** The shortest chain of ties between two clusters within maxHops (1..10), or null. */
export async function readShortestPath(
  executor: Executor,
  options: { from: string; to: string; kinds: TieKind[] | null; maxHops: number; includePlanned: boolean },
): Promise<PathRecord | null> {
  if (options.from === options.to) {
    const [row] = await executor.read<{ node: NodeRow }>(CLUSTER_NODE, { id: options.from });
    return row ? { hops: 0, nodes: withDegrees([row.node], []), edges: [] } : null;
  }
  const kinds = options.kinds && !ALL_TIE_KINDS.every((kind) => options.kinds?.includes(kind)) ? 'some' : 'all';
  const cypher = SHORTEST_PATH[options.maxHops]?.[kinds];
  if (!cypher) throw new RangeError(`maxHops ${options.maxHops} is outside 1..10`);
  const rows = await executor.read<{
    a: NodeRow;
    b: NodeRow;
    viaLabel: string;
    via: string[];
    years: (number | null)[];
    pending: boolean[];
  }>(cypher, {
    from: options.from,
    to: options.to,
    ...(kinds === 'some' ? { tieKinds: options.kinds } : {}),
    includePlanned: options.includePlanned,
  });
  const first = rows[0];
  if (!first) return null;
  const nodes = [first.a, ...rows.map((r) => r.b)];
  const edges = rows.map((r) => {
    const kind = r.viaLabel.toUpperCase() as TieKind;
    return toEdge({ source: r.a.id, target: r.b.id, kind, via: r.via, years: r.years, pending: r.pending });
  });
  return { hops: rows.length, nodes: withDegrees(nodes, edges), edges };
}

export interface StatsRecord {
  nodes: { label: string; count: number }[];
  ties: { label: string; count: number }[];
}

/**
 * How many distinct pairs of clusters the vias make: the clusters of each via (a cluster twice in
 * one via is no pair with itself) paired, each pair counted once however many vias it shares.
 */
export function countTiedPairs(vias: number[][]): number {
  // Clusters renumbered from 0, so that a pair fits in one exact number.
  const index = new Map<number, number>();
  let size = 0;
  for (const members of vias) {
    for (const id of members) if (!index.has(id)) index.set(id, index.size);
    size += (members.length * (members.length - 1)) / 2;
  }
  const pairs = new Float64Array(size);
  let n = 0;
  for (const members of vias) {
    const ids = members.map((id) => index.get(id) as number);
    for (let i = 0; i < ids.length; i += 1)
      for (let j = i + 1; j < ids.length; j += 1) {
        const a = ids[i] as number;
        const b = ids[j] as number;
        if (a !== b) pairs[n++] = a < b ? a * index.size + b : b * index.size + a;
      }
  }
  const sorted = pairs.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct += 1;
  return distinct;
}

/** Node counts per label (Source included) and tied pairs per kind, sorted by label; kinds without ties count 0. */
export async function readStats(executor: Executor): Promise<StatsRecord> {
  const [row] = await executor.read<{ nodes: StatsRecord['nodes']; ties: { label: string; vias: number[][] }[] }>(
    STATS,
  );
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  const ties = new Map((row?.ties ?? []).map((t) => [t.label, countTiedPairs(t.vias)]));
  return {
    nodes: [...(row?.nodes ?? [])].sort(byLabel),
    ties: ALL_TIE_KINDS.map((kind) => ({ label: kind, count: ties.get(kind) ?? 0 })),
  };
}
