import { metricsOf } from '../analysis/queries.js';
import { ENTITY_LABELS } from '../entities/labels.js';
import type { TieKind } from '../model.js';
import { countsAsTie, isPendingAgreement } from './tie-rule.js';

/**
 * The network: clusters, and ties aggregated per pair and kind. Two clusters are tied when parties
 * to the same Agreement, in the same Mission (organiser, participant or host met), or members of
 * the same Partnership; a planned or initiated agreement only when $includePlanned (tie-rule.ts).
 * Filter parameters, null meaning "any": $countries (upper-case codes), $sectors (sub-sectors
 * included), $tieKinds (a list, never null), $fromYear, $toYear, $includePlanned (a boolean).
 */

/**
 * Which of $countries and $sectors a filter sets. Statements over the whole graph are written per
 * shape, with only the clauses set: Neo4j does not skip `$sectors IS NULL OR EXISTS {…}` when the
 * parameter is null, and on 10,000 clusters that costs seconds (measured: 17.9 s for the overview's
 * cluster count alone).
 */
export type FilterShape = 'none' | 'countries' | 'sectors' | 'both';
const FILTER_SHAPES: readonly FilterShape[] = ['none', 'countries', 'sectors', 'both'];
export const filterShape = (filter: { countries: unknown; sectors: unknown }): FilterShape =>
  filter.countries != null
    ? filter.sectors != null
      ? 'both'
      : 'countries'
    : filter.sectors != null
      ? 'sectors'
      : 'none';
const passesIn = (x: string, shape: FilterShape) =>
  [
    shape === 'countries' || shape === 'both' ? `${x}.countryCode IN $countries` : null,
    shape === 'sectors' || shape === 'both'
      ? `EXISTS { MATCH (${x})-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s:Sector) WHERE s.id IN $sectors }`
      : null,
  ]
    .filter(Boolean)
    .join(' AND ') || 'true';
const byShape = (statement: (shape: FilterShape) => string) =>
  Object.fromEntries(FILTER_SHAPES.map((shape) => [shape, statement(shape)])) as Record<FilterShape, string>;

/** A via node `v` is of a kind in $tieKinds. */
const kindAllowed = (
  v: string,
) => `((${v}:Agreement AND 'AGREEMENT' IN $tieKinds) OR (${v}:Mission AND 'MISSION' IN $tieKinds)
    OR (${v}:Partnership AND 'PARTNERSHIP' IN $tieKinds))`;

/**
 * A via node `v` carries a tie (by the tie rule) of an allowed kind within the year range (undated
 * ties only without a range).
 */
const tieAllowed = (v: string) => `${kindAllowed(v)}
  AND ${countsAsTie(v)}
  AND (($fromYear IS NULL AND $toYear IS NULL)
    OR (${v}.year IS NOT NULL AND ($fromYear IS NULL OR ${v}.year >= $fromYear) AND ($toYear IS NULL OR ${v}.year <= $toYear)))`;

/** The relationship types that join a cluster to what it shares with another. */
const TIE_RELS = 'PARTY_TO|MEMBER_OF|ORGANISED|JOINED|MET';
/** The labels of the nodes that carry ties (vias). */
const VIA_LABELS = 'Agreement|Mission|Partnership';

/**
 * The node projection of a cluster `x` on the canvas (degree is computed from the edges); with its
 * stored measures when the operation asks for them (otherwise the metrics loader's second statement).
 */
const node = (x: string, metrics = false) =>
  `${x} {.id, .name, .countryCode, sectors: COLLECT { MATCH (${x})-[:ACTIVE_IN]->(s:Sector) RETURN s.id ORDER BY s.id }${metrics ? `, metrics: ${metricsOf(x)}` : ''}}`;

/**
 * From a list `clusters`, what ties them: each via node (by the tie rule, of an allowed kind and
 * year) that two or more of them share, with its kind, year, whether it is a pending agreement, and
 * the ids of those clusters (repo.ts pairs them into edges). Each cluster's relationships are read
 * once: matching cluster–via–cluster from every cluster instead read each via's whole membership
 * once per member, three times the database work of a 1-hop neighbourhood (PROFILE, 10k clusters).
 */
const networkOf = (metrics = false) => `
CALL (clusters) {
  UNWIND clusters AS a
  MATCH (a)-[:${TIE_RELS}]-(v)
  WITH v, collect(DISTINCT a) AS members
  WHERE size(members) > 1 AND ${tieAllowed('v')}
  RETURN collect({id: v.id, kind: CASE WHEN v:Agreement THEN 'AGREEMENT' WHEN v:Mission THEN 'MISSION' ELSE 'PARTNERSHIP' END,
    year: v.year, pending: ${isPendingAgreement('v')}, members: [m IN members | m.id]}) AS vias
}
RETURN [c IN clusters | ${node('c', metrics)}] AS nodes, vias`;

/** Every cluster passing the filter, and the ties between two of them; per filter shape. */
export const NETWORK = byShape(
  (shape) => `
MATCH (c:Cluster) WHERE ${passesIn('c', shape)}
WITH collect(c) AS clusters
${networkOf()}`,
);

/**
 * The clusters within `depth` ties of $id (every cluster on the way passes the filter), and the
 * ties among them. At one tie by a plain pattern; at two, ring by ring (the clusters tied to the
 * first ring, by the same pattern): the same clusters as a breadth-first ANY SHORTEST search, for
 * a quarter less Neo4j CPU (4.5 against 6.0 ms per 2-hop statement, 10k clusters); at three,
 * by that search, which expands each cluster once where rings would expand the inner ones again.
 * One statement per depth, because a quantifier cannot be a parameter, and per filter shape:
 * Explore expands a cluster without country or sector filters, where `$sectors IS NULL OR EXISTS
 * {…}` still ran its subquery for every cluster reached. With `metrics`, each node carries its
 * stored measures (Explore's expand asks for them).
 */
const neighbourhood = (depth: number, metrics: boolean) =>
  byShape((shape) => {
    const tied = (from: string, to: string) =>
      `(${from})-[:${TIE_RELS}]-(v WHERE ${tieAllowed('v')})-[:${TIE_RELS}]-(${to}:Cluster WHERE ${passesIn(to, shape)})`;
    const reach =
      depth === 1
        ? `OPTIONAL MATCH ${tied('start', 'end')}
WITH start, collect(DISTINCT end) AS reached`
        : depth === 2
          ? `CALL (start) { OPTIONAL MATCH ${tied('start', 'b')} RETURN collect(DISTINCT b) AS first }
CALL (first) { UNWIND first AS f MATCH ${tied('f', 'b')} RETURN collect(DISTINCT b) AS second }
CALL (first, second) { UNWIND first + second AS x RETURN collect(DISTINCT x) AS reached }`
          : `OPTIONAL MATCH ANY SHORTEST (start) (${tied(':Cluster', 'b')}){1,${depth}} (end:Cluster)
WITH start, collect(DISTINCT end) AS reached`;
    return `
MATCH (start:Cluster {id: $id})
${reach}
WITH [start] + [x IN reached WHERE x <> start] AS clusters
${networkOf(metrics)}`;
  });

/** Per depth (1..3), then with or without the nodes' measures, then per filter shape. */
export const NEIGHBOURHOOD: Record<
  number,
  Record<'plain' | 'withMetrics', Record<FilterShape, string>>
> = Object.fromEntries(
  [1, 2, 3].map((depth) => [depth, { plain: neighbourhood(depth, false), withMetrics: neighbourhood(depth, true) }]),
);

/**
 * Which tie kinds a shortest path may use: `all` (no kind predicate: the via's labels in the
 * pattern say it) or `some` (those in $tieKinds). Written apart because the search evaluates the
 * via predicate at every step: with the kind and year clauses (always true for the path, which
 * takes no years) it cost ~1 ms more than the floor's statement for the same 6-hop path.
 */
export type PathKinds = 'all' | 'some';

/**
 * The shortest chain of ties from $from to $to within `maxHops`, through vias of the allowed kinds;
 * one row per hop in order: the two clusters, the via's label, and every via of that kind the two
 * share. The search is `shortestPath()`, a breadth-first search from both ends with the predicates
 * checked as it goes: for the bench's 6-hop pair it cost Neo4j ~40% less CPU than ANY SHORTEST over
 * the cluster–via–cluster pattern (3.8 against 6.3 ms per statement, 16 at once, 10k clusters). Its
 * pattern names no node on the way, so the predicates say what a chain of ties is: every node a
 * cluster or an allowed via, every relationship between a cluster and a non-cluster (a partnership
 * organising a mission is no tie), hence two relationships per hop.
 */
const shortestPath = (maxHops: number, kinds: PathKinds) => {
  const allowed = (v: string) => (kinds === 'all' ? countsAsTie(v) : `${kindAllowed(v)} AND ${countsAsTie(v)}`);
  return `
MATCH (from:Cluster {id: $from}), (to:Cluster {id: $to})
MATCH p = shortestPath((from)-[:${TIE_RELS}*..${2 * maxHops}]-(to))
WHERE all(n IN nodes(p) WHERE n:Cluster OR (n:${VIA_LABELS} AND ${allowed('n')}))
  AND all(r IN relationships(p) WHERE startNode(r):Cluster <> endNode(r):Cluster)
WITH nodes(p) AS ns
UNWIND range(0, size(ns) - 3, 2) AS i
WITH i, ns[i] AS a, ns[i + 1] AS v, ns[i + 2] AS b
WITH i, a, b, [l IN labels(v) WHERE l IN ['Agreement', 'Mission', 'Partnership']][0] AS viaLabel
CALL (a, b, viaLabel) {
  MATCH (a)-[:${TIE_RELS}]-(w:${VIA_LABELS})-[:${TIE_RELS}]-(b)
  WHERE viaLabel IN labels(w) AND ${allowed('w')}
  RETURN collect(DISTINCT w.id) AS via, collect(DISTINCT w.year) AS years, collect(${isPendingAgreement('w')}) AS pending
}
RETURN i, ${node('a')} AS a, ${node('b')} AS b, viaLabel, via, years, pending
ORDER BY i`;
};

export const MAX_HOPS = 10;
/** Per maxHops (1..10), then per PathKinds. */
export const SHORTEST_PATH: Record<number, Record<PathKinds, string>> = Object.fromEntries(
  Array.from({ length: MAX_HOPS }, (_, i) => [
    i + 1,
    { all: shortestPath(i + 1, 'all'), some: shortestPath(i + 1, 'some') },
  ]),
);

/** One cluster as a path of no hop (a path from a cluster to itself). */
export const CLUSTER_NODE = `
MATCH (c:Cluster {id: $id})
RETURN ${node('c')} AS node`;

/**
 * Per tie kind, how a cluster joins a via node `v` that carries a tie (planned agreements are
 * none): the relationship types, the arrow from the cluster (none: either way) and the via's label.
 */
const VIA_JOINS = {
  AGREEMENT: { rels: 'PARTY_TO', arrow: '>', via: `v:Agreement WHERE ${countsAsTie('v', 'false')}` },
  MISSION: { rels: 'ORGANISED|JOINED|MET', arrow: '', via: 'v:Mission' },
  PARTNERSHIP: { rels: 'MEMBER_OF', arrow: '>', via: 'v:Partnership' },
} as const satisfies Record<TieKind, { rels: string; arrow: '>' | ''; via: string }>;
const TIE_KINDS = Object.keys(VIA_JOINS) as TieKind[];

/** The clusters `c` of a via node `v` of a kind. */
const viaMembers = (kind: TieKind) => {
  const { rels, arrow, via } = VIA_JOINS[kind];
  return `(c:Cluster)-[:${rels}]-${arrow}(${via})`;
};

/** Two clusters `a` and `b` tied through a via node `v` of a kind: one typed pattern per kind. */
const tiePattern = (kind: TieKind) => {
  const { rels, arrow, via } = VIA_JOINS[kind];
  return `(a:Cluster)-[:${rels}]-${arrow}(${via})${arrow ? '<' : ''}-[:${rels}]-(b:Cluster)`;
};

/**
 * Nodes per label of the allow-list (labels without nodes left out) and sources, each a count-store
 * lookup; per tie kind, the clusters of each via node that has two or more, for repo.ts to count
 * the distinct pairs they make: pairing them and keeping each pair once in Cypher (the floor's
 * statement) cost Neo4j three to four times the CPU of reading the memberships (10k clusters).
 * Clusters go by `id()`, deprecated as a key to keep: these are compared within this one answer
 * only, and a number costs neither a property read (`c.id`: twice the Neo4j CPU) nor the decoding
 * of an `elementId` (as much Node CPU as the pairing saved Neo4j).
 */
export const STATS = `
WITH [${[...Object.values(ENTITY_LABELS), 'Source'].map((label) => `{label: '${label}', count: COUNT { (:${label}) }}`).join(', ')}] AS counts
WITH [c IN counts WHERE c.count > 0 OR c.label = 'Source'] AS nodes
CALL () {
${TIE_KINDS.map(
  (kind) =>
    `  MATCH ${viaMembers(kind)}\n  WITH v, collect(id(c)) AS members WHERE size(members) > 1\n  RETURN '${kind}' AS label, collect(members) AS vias`,
).join('\n  UNION ALL\n')}
}
RETURN nodes, collect({label: label, vias: vias}) AS ties`;

/** How the overview groups clusters: the keys of a cluster `x`, and the name of a group `key`. */
export const OVERVIEW_GROUPINGS = {
  COUNTRY: {
    keys: (x: string) => `[coalesce(${x}.countryCode, '')]`,
    label: `COLLECT { MATCH (g:Country {code: key}) RETURN g.name }[0]`,
  },
  REGION: {
    keys: (x: string) => `coalesce(COLLECT { MATCH (${x})-[:LOCATED_IN]->(r:Region) RETURN r.id }, [''])`,
    label: `COLLECT { MATCH (g:Region {id: key}) RETURN g.name }[0]`,
  },
  // Top-level sectors: a cluster active in two families counts in both.
  SECTOR: {
    keys: (x: string) =>
      `coalesce(COLLECT { MATCH (${x})-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s:Sector) WHERE NOT (s)-[:PART_OF]->(:Sector) RETURN DISTINCT s.id }, [''])`,
    label: `COLLECT { MATCH (g:Sector {id: key}) RETURN g.name }[0]`,
  },
} as const;
export type OverviewGrouping = keyof typeof OVERVIEW_GROUPINGS;

/** Tied pairs of clusters `a`, `b` (each pair once per kind) through an allowed via: one typed pattern per kind. */
const TIED_PAIRS = TIE_KINDS.map(
  (kind) =>
    `    MATCH ${tiePattern(kind)}\n    WHERE elementId(a) < elementId(b) AND ${tieAllowed('v')}\n    WITH DISTINCT a, b RETURN a, b`,
).join('\n    UNION ALL\n');

/**
 * The network aggregated by country, region or top-level sector: clusters passing the filter per
 * group (a cluster with no country, region or sector falls in the group ''), ties (pair and kind,
 * as the network draws them) within and between groups, and the totals. Same filter parameters as
 * NETWORK; a statement per grouping.
 */
const overview = (grouping: OverviewGrouping, shape: FilterShape) => {
  const { keys, label } = OVERVIEW_GROUPINGS[grouping];
  const passes = (x: string) => passesIn(x, shape);
  return `
CALL () {
  MATCH (c:Cluster) WHERE ${passes('c')}
  WITH count(c) AS total, collect(${keys('c')}) AS keyLists
  CALL (keyLists) {
    UNWIND keyLists AS keys UNWIND keys AS key
    WITH key, count(*) AS clusters
    RETURN collect({id: key, label: ${label}, clusters: clusters}) AS groups
  }
  RETURN total, groups
}
CALL () {
  CALL () {
${TIED_PAIRS}
  }
  WITH a, b WHERE ${passes('a')} AND ${passes('b')}
  WITH count(*) AS ties, collect([${keys('a')}, ${keys('b')}]) AS pairs
  CALL (pairs) {
    UNWIND pairs AS pair UNWIND pair[0] AS x UNWIND pair[1] AS y
    WITH CASE WHEN x <= y THEN x ELSE y END AS source, CASE WHEN x <= y THEN y ELSE x END AS target, count(*) AS ties
    RETURN collect({source: source, target: target, ties: ties}) AS links
  }
  RETURN ties, links
}
RETURN total AS clusters, ties, groups, links`;
};

export const NETWORK_OVERVIEW: Record<OverviewGrouping, Record<FilterShape, string>> = {
  COUNTRY: byShape((shape) => overview('COUNTRY', shape)),
  REGION: byShape((shape) => overview('REGION', shape)),
  SECTOR: byShape((shape) => overview('SECTOR', shape)),
};
