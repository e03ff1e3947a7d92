import { PENDING_AGREEMENT_STATUSES } from '../src/domain/vocabulary.js';
import { toLuceneQuery } from '../src/graph/search/lucene.js';
import type { BenchPicks } from '../src/synthetic/graph.js';

/**
 * The benchmark's queries, each in three forms that ask for the same data: hand-written Cypher
 * (the floor), our GraphQL API, and an @neo4j/graphql server over the same database. Queries the
 * library cannot express from its type definitions (network, neighbourhood, path, stats) use its
 * `@cypher` directive with the floor's Cypher, which is what a user of the library would write.
 * Every form applies the product's tie rule (docs/data.md), or they would answer different
 * questions: the bench compares the answers' sizes and says where they differ.
 */

export type Json = Record<string, unknown>;

export interface Scenario {
  name: string;
  /** What it asks, for the report. */
  description: string;
  raw: { cypher: string; params: Json };
  ours: { query: string; variables: Json };
  neo4jGraphql: { query: string; variables: Json };
  /** A short summary of each answer (sizes), printed once so a reader can see they agree. */
  summarise: { raw: (rows: Json[]) => string; ours: (data: Json) => string; neo4jGraphql: (data: Json) => string };
}

/** The relationship types that join a cluster to what it shares with another. */
const TIE_RELS = 'PARTY_TO|MEMBER_OF|ORGANISED|JOINED|MET';

/**
 * The tie rule, written by hand: a via node `v` is a tie unless it is a planned or initiated
 * agreement (the statuses from the vocabulary, as literals: an `@cypher` statement sees only its
 * field's arguments as parameters).
 */
const isTie = (v: string) =>
  `NOT (${v}:Agreement AND ${v}.status IN [${PENDING_AGREEMENT_STATUSES.map((s) => `'${s}'`).join(', ')}])`;

/** A cluster `c` with its sectors, country, and its agreements with their parties. */
const clusterProjection = (c: string) => `${c} {.id, .name,
    sectors: COLLECT { MATCH (${c})-[:ACTIVE_IN]->(s:Sector) RETURN s {.id, .name} },
    country: COLLECT { MATCH (k:Country {code: ${c}.countryCode}) RETURN k {.id, .name, .code} }[0],
    agreements: COLLECT { MATCH (${c})-[:PARTY_TO]->(a:Agreement)
      RETURN a {.id, .name, parties: COLLECT { MATCH (a)<-[:PARTY_TO]-(p:Cluster) RETURN p {.id, .name} }} }}`;

/**
 * From a list `clusters`, the ties among them, aggregated per pair and kind: each via node two or
 * more of them share, its members paired. Each cluster's relationships are read once (matching
 * cluster–via–cluster from each cluster read every via's membership once per member).
 */
const TIES_AMONG = `
CALL (clusters) {
  UNWIND clusters AS a
  MATCH (a)-[:${TIE_RELS}]-(v)
  WITH v, collect(DISTINCT a) AS members WHERE size(members) > 1 AND ${isTie('v')}
  WITH v.id AS via, v.year AS year, CASE WHEN v:Agreement THEN 'AGREEMENT' WHEN v:Mission THEN 'MISSION' ELSE 'PARTNERSHIP' END AS kind,
    [m IN members | m.id] AS ids
  UNWIND ids AS source
  UNWIND ids AS target
  WITH source, target, kind, via, year WHERE source < target
  WITH source, target, kind, collect(via) AS via, collect(DISTINCT year) AS years
  RETURN collect({source: source, target: target, kind: kind, via: via, years: years, weight: size(via)}) AS edges
}
RETURN {nodes: [c IN clusters | c {.id, label: c.name, country: c.countryCode, sectors: COLLECT { MATCH (c)-[:ACTIVE_IN]->(s:Sector) RETURN s.id }}], edges: edges} AS network`;

/** $countries: the clusters based there and the ties between them. */
const NETWORK = `
MATCH (c:Cluster) WHERE c.countryCode IN $countries
WITH collect(c) AS clusters
${TIES_AMONG}`;

/** $id and the clusters tied to it (`first`). */
const FIRST_RING = `
MATCH (start:Cluster {id: $id})
CALL (start) { MATCH (start)-[:${TIE_RELS}]-(v)-[:${TIE_RELS}]-(b:Cluster) WHERE b <> start AND ${isTie('v')} RETURN collect(DISTINCT b) AS first }`;

/** $id: the clusters tied to it, and the ties between them. */
const NEIGHBOURHOOD_1 = `${FIRST_RING}
WITH [start] + first AS clusters
${TIES_AMONG}`;

/** $id: the clusters within two ties of it, and the ties between them. */
const NEIGHBOURHOOD_2 = `${FIRST_RING}
CALL (first) { UNWIND first AS f MATCH (f)-[:${TIE_RELS}]-(v)-[:${TIE_RELS}]-(c:Cluster) WHERE ${isTie('v')} RETURN collect(DISTINCT c) AS second }
WITH [start] + first + [x IN second WHERE x <> start AND NOT x IN first] AS clusters
${TIES_AMONG}`;

/** $from, $to: the clusters of a shortest chain of ties (at most 6), and the via of each hop. */
const SHORTEST_PATH = `
MATCH (from:Cluster {id: $from}), (to:Cluster {id: $to})
MATCH p = ANY SHORTEST (from) ((:Cluster)-[:${TIE_RELS}]-(v:Agreement|Mission|Partnership WHERE ${isTie('v')})-[:${TIE_RELS}]-(:Cluster)){1,6} (to)
WITH nodes(p) AS ns
RETURN {hops: size(ns) / 2, nodes: [i IN range(0, size(ns) - 1, 2) | {id: ns[i].id, label: ns[i].name}], via: [i IN range(1, size(ns) - 2, 2) | ns[i].id]} AS path`;

/**
 * Pairs of clusters tied through the vias `v` (each pair once, by element id, which needs no
 * property read): each via's clusters `c` (by `members`) collected, then paired. Pairing along the
 * pattern from every cluster, as the floor did until 6 December, cost Neo4j ~20–30% more CPU for
 * the same counts.
 */
const tiedPairs = (via: string, members: string, column: string) => `CALL () {
  MATCH ${via}
  WITH COLLECT { MATCH ${members} RETURN DISTINCT c } AS clusters WHERE size(clusters) > 1
  UNWIND clusters AS a UNWIND clusters AS b WITH a, b WHERE elementId(a) < elementId(b)
  WITH DISTINCT a, b RETURN count(*) AS ${column}
}`;

/** Node counts from the count store; tied pairs per kind, by the tie rule. */
const STATS = `
${tiedPairs(`(v:Agreement WHERE ${isTie('v')})`, '(v)<-[:PARTY_TO]-(c:Cluster)', 'agreement')}
${tiedPairs('(v:Mission)', '(v)-[:ORGANISED|JOINED|MET]-(c:Cluster)', 'mission')}
${tiedPairs('(v:Partnership)', '(v)<-[:MEMBER_OF]-(c:Cluster)', 'partnership')}
RETURN {
  nodes: [
    {label: 'Agreement', count: COUNT { (:Agreement) }}, {label: 'Cluster', count: COUNT { (:Cluster) }},
    {label: 'Country', count: COUNT { (:Country) }}, {label: 'Event', count: COUNT { (:Event) }},
    {label: 'Mission', count: COUNT { (:Mission) }}, {label: 'Partnership', count: COUNT { (:Partnership) }},
    {label: 'Region', count: COUNT { (:Region) }}, {label: 'Sector', count: COUNT { (:Sector) }}, {label: 'Source', count: COUNT { (:Source) }}],
  ties: [{label: 'AGREEMENT', count: agreement}, {label: 'MISSION', count: mission}, {label: 'PARTNERSHIP', count: partnership}]
} AS stats`;

/** The type definitions an @neo4j/graphql user would write for these queries. */
export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
type Cluster @node @fulltext(indexes: [{ indexName: "entity_search", queryName: "clustersFulltext", fields: ["name", "acronym", "aliasText"] }]) {
  id: ID!
  name: String!
  acronym: String
  aliasText: String
  countryCode: String
  sectors: [Sector!]! @relationship(type: "ACTIVE_IN", direction: OUT)
  agreements: [Agreement!]! @relationship(type: "PARTY_TO", direction: OUT)
  country: Country @cypher(statement: "MATCH (k:Country {code: this.countryCode}) RETURN k", columnName: "k")
}
type Sector @node { id: ID! name: String! }
type Country @node { id: ID! name: String! code: String! }
type Agreement @node { id: ID! name: String! year: Int parties: [Cluster!]! @relationship(type: "PARTY_TO", direction: IN) }
type BenchNode { id: ID! label: String! country: String sectors: [ID!]! }
type BenchEdge { source: ID! target: ID! kind: String! via: [ID!]! years: [Int!]! weight: Int! }
type BenchNetwork { nodes: [BenchNode!]! edges: [BenchEdge!]! }
type BenchPath { hops: Int! nodes: [BenchNode!]! via: [ID!]! }
type BenchCount { label: String! count: Int! }
type BenchStats { nodes: [BenchCount!]! ties: [BenchCount!]! }
type Query {
  network(countries: [String!]!): BenchNetwork @cypher(statement: """${NETWORK}""", columnName: "network")
  neighbourhood1(id: ID!): BenchNetwork @cypher(statement: """${NEIGHBOURHOOD_1}""", columnName: "network")
  neighbourhood2(id: ID!): BenchNetwork @cypher(statement: """${NEIGHBOURHOOD_2}""", columnName: "network")
  path(from: ID!, to: ID!): BenchPath @cypher(statement: """${SHORTEST_PATH}""", columnName: "path")
  stats: BenchStats @cypher(statement: """${STATS}""", columnName: "stats")
}
`;

const CLUSTER_FIELDS =
  'id name sectors { id name } country { id name code } agreements { id name parties { id name } }';
const NETWORK_FIELDS = 'nodes { id label country sectors degree } edges { id source target kind via years weight }';
const NEO_NETWORK_FIELDS = 'nodes { id label country sectors } edges { source target kind via years weight }';

const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), value);
const partiesOf = (cluster: unknown) =>
  list(at(cluster, 'agreements')).reduce((sum, a) => sum + list(a.parties).length, 0);
const describeCluster = (cluster: unknown) =>
  `${list(at(cluster, 'sectors')).length} sectors, ${list(at(cluster, 'agreements')).length} agreements, ${partiesOf(cluster)} parties`;
const describePage = (clusters: unknown[], total: unknown) =>
  `${clusters.length} clusters of ${String(total)}, ${clusters.reduce<number>((sum, c) => sum + list(at(c, 'agreements')).length, 0)} agreements, ${clusters.reduce<number>((sum, c) => sum + partiesOf(c), 0)} parties`;
const describeNetwork = (network: unknown) =>
  `${list(at(network, 'nodes')).length} nodes, ${list(at(network, 'edges')).length} edges`;
const describeStats = (stats: unknown) =>
  list(at(stats, 'ties'))
    .map((t) => `${String(t.label)} ${String(t.count)}`)
    .join(', ');

export function scenarios(picks: BenchPicks): Scenario[] {
  const lucene = toLuceneQuery(picks.searchText) ?? '';
  return [
    {
      name: 'cluster',
      description: 'a cluster by id with its sectors, country and its agreements with their parties',
      raw: {
        cypher: `MATCH (c:Cluster {id: $id})\nRETURN ${clusterProjection('c')} AS cluster`,
        params: { id: picks.clusterId },
      },
      ours: {
        query: `query ($id: ID!) { cluster(id: $id) { ${CLUSTER_FIELDS} } }`,
        variables: { id: picks.clusterId },
      },
      neo4jGraphql: {
        query: `query ($id: ID!) { clusters(where: { id: { eq: $id } }) { ${CLUSTER_FIELDS} } }`,
        variables: { id: picks.clusterId },
      },
      summarise: {
        raw: (rows) => describeCluster(rows[0]?.cluster),
        ours: (data) => describeCluster(data.cluster),
        neo4jGraphql: (data) => describeCluster(list(data.clusters)[0]),
      },
    },
    {
      name: 'clusters page',
      description: 'the first 50 clusters by name, total count, each with the same fields',
      raw: {
        cypher: `CALL () { MATCH (c:Cluster) RETURN count(c) AS totalCount }
MATCH (c:Cluster) WHERE c.name IS NOT NULL
WITH totalCount, c ORDER BY c.name, c.id LIMIT 51
RETURN totalCount, ${clusterProjection('c')} AS cluster`,
        params: {},
      },
      ours: {
        query: `{ clusters(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${CLUSTER_FIELDS} } } } }`,
        variables: {},
      },
      neo4jGraphql: {
        query: `{ clustersConnection(first: 50, sort: [{ name: ASC }, { id: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${CLUSTER_FIELDS} } } } }`,
        variables: {},
      },
      summarise: {
        raw: (rows) =>
          describePage(
            rows.slice(0, 50).map((r) => r.cluster),
            rows[0]?.totalCount,
          ),
        ours: (data) =>
          describePage(
            list(at(data, 'clusters', 'edges')).map((e) => e.node),
            at(data, 'clusters', 'totalCount'),
          ),
        neo4jGraphql: (data) =>
          describePage(
            list(at(data, 'clustersConnection', 'edges')).map((e) => e.node),
            at(data, 'clustersConnection', 'totalCount'),
          ),
      },
    },
    {
      name: 'search prefix',
      description: `full-text search for "${picks.searchText}" (prefix), clusters, top 10`,
      raw: {
        cypher: `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE node:Cluster
RETURN node.id AS id, node.name AS name, score ORDER BY score DESC, name LIMIT 10`,
        params: { lucene },
      },
      ours: {
        query: `query ($text: String!) { search(text: $text, kinds: [CLUSTER], first: 10) { score entity { id name } } }`,
        variables: { text: picks.searchText },
      },
      neo4jGraphql: {
        query: `query ($phrase: String!) { clustersFulltext(phrase: $phrase, first: 10, sort: [{ score: DESC }]) { edges { score node { id name } } } }`,
        variables: { phrase: lucene },
      },
      summarise: {
        raw: (rows) => `${rows.length} hits`,
        ours: (data) => `${list(data.search).length} hits`,
        neo4jGraphql: (data) => `${list(at(data, 'clustersFulltext', 'edges')).length} hits`,
      },
    },
    {
      name: 'network',
      description: `network of the clusters in ${picks.networkCountries.join(' and ')} (~${picks.networkElements.nodes + picks.networkElements.edges} elements)`,
      raw: { cypher: NETWORK, params: { countries: picks.networkCountries } },
      ours: {
        query: `query ($countries: [String!]) { network(filter: { countries: $countries }) { ${NETWORK_FIELDS} } }`,
        variables: { countries: picks.networkCountries },
      },
      neo4jGraphql: {
        query: `query ($countries: [String!]!) { network(countries: $countries) { ${NEO_NETWORK_FIELDS} } }`,
        variables: { countries: picks.networkCountries },
      },
      summarise: {
        raw: (rows) => describeNetwork(rows[0]?.network),
        ours: (data) => describeNetwork(data.network),
        neo4jGraphql: (data) => describeNetwork(data.network),
      },
    },
    ...([1, 2] as const).map((depth) => ({
      name: `neighbourhood d${depth}`,
      description:
        depth === 1
          ? 'the clusters tied to a cluster, and the ties among them (Explore expanding a cluster)'
          : 'the clusters within two ties of a cluster, and the ties among them',
      raw: { cypher: depth === 1 ? NEIGHBOURHOOD_1 : NEIGHBOURHOOD_2, params: { id: picks.neighbourhoodId } },
      ours: {
        query: `query ($id: ID!) { neighbourhood(id: $id, depth: ${depth}) { ${NETWORK_FIELDS} } }`,
        variables: { id: picks.neighbourhoodId },
      },
      neo4jGraphql: {
        query: `query ($id: ID!) { neighbourhood${depth}(id: $id) { ${NEO_NETWORK_FIELDS} } }`,
        variables: { id: picks.neighbourhoodId },
      },
      summarise: {
        raw: (rows: Json[]) => describeNetwork(rows[0]?.network),
        ours: (data: Json) => describeNetwork(data.neighbourhood),
        neo4jGraphql: (data: Json) => describeNetwork(data[`neighbourhood${depth}`]),
      },
    })),
    {
      name: 'shortestPath',
      description: `shortest chain of ties between two clusters ${picks.pathHops} hops apart`,
      raw: { cypher: SHORTEST_PATH, params: { from: picks.pathFrom, to: picks.pathTo } },
      ours: {
        query: `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { hops nodes { id label } edges { source target kind via } } }`,
        variables: { from: picks.pathFrom, to: picks.pathTo },
      },
      neo4jGraphql: {
        query: `query ($from: ID!, $to: ID!) { path(from: $from, to: $to) { hops nodes { id label } via } }`,
        variables: { from: picks.pathFrom, to: picks.pathTo },
      },
      summarise: {
        raw: (rows) => `${String(at(rows[0], 'path', 'hops'))} hops`,
        ours: (data) => `${String(at(data, 'shortestPath', 'hops'))} hops`,
        neo4jGraphql: (data) => `${String(at(data, 'path', 'hops'))} hops`,
      },
    },
    {
      name: 'stats',
      description: 'node counts per label and tied pairs per kind, over the whole graph',
      raw: { cypher: STATS, params: {} },
      ours: { query: '{ stats { nodes { label count } ties { label count } } }', variables: {} },
      neo4jGraphql: { query: '{ stats { nodes { label count } ties { label count } } }', variables: {} },
      summarise: {
        raw: (rows) => describeStats(rows[0]?.stats),
        ours: (data) => describeStats(data.stats),
        neo4jGraphql: (data) => describeStats(data.stats),
      },
    },
  ];
}
