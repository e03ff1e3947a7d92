import { countsAsTie } from '../network/tie-rule.js';

/**
 * Graph Data Science on the tie network. Two clusters are tied when they share an agreement, a
 * mission or a partnership; an agreement only planned or initiated is not a tie
 * (graph/network/tie-rule.ts). The network is projected undirected, one relationship per tied pair, so degree counts distinct
 * partners and betweenness counts chains of clusters, whatever carries each link.
 */

/** The relationship types that join a cluster to what it shares with another. */
const TIE_RELS = 'PARTY_TO|MEMBER_OF|ORGANISED|JOINED|MET';

/** A via node `v` makes a tie: the tie rule, planned and initiated agreements left out. */
const isTie = (v: string) => `(${v}:Agreement OR ${v}:Mission OR ${v}:Partnership) AND ${countsAsTie(v, 'false')}`;

/** Whether this database has Graph Data Science: `found` is 0 when it has not. */
export const GDS_PRESENT = `SHOW FUNCTIONS YIELD name WHERE name = 'gds.version' RETURN count(*) AS found`;

/** The version of Graph Data Science (run only once GDS_PRESENT found it). */
export const GDS_VERSION = `RETURN gds.version() AS version`;

/**
 * Projects every cluster and each tied pair once into the in-memory graph $graph (undirected);
 * clusters without a tie are projected alone, so they get their zero measures too.
 */
export const PROJECT_TIES = `
MATCH (a:Cluster)
OPTIONAL MATCH (a)-[:${TIE_RELS}]-(v)-[:${TIE_RELS}]-(b:Cluster)
  WHERE a.id < b.id AND ${isTie('v')}
WITH DISTINCT a, b
WITH gds.graph.project($graph, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships`;

/** Each cluster of $graph with its number of distinct partners, on $concurrency threads. */
export const DEGREE = `
CALL gds.degree.stream($graph, {concurrency: toInteger($concurrency)}) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score`;

/**
 * Each cluster of $graph with its raw betweenness: on how many shortest chains between two others it
 * lies; on $concurrency threads.
 */
export const BETWEENNESS = `
CALL gds.betweenness.stream($graph, {concurrency: toInteger($concurrency)}) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score`;

/** Each cluster of $graph with its PageRank, on $concurrency threads. */
export const PAGE_RANK = `
CALL gds.pageRank.stream($graph, {concurrency: toInteger($concurrency)}) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score`;

/** Each cluster of $graph with its Leiden community; one thread and $seed make the result repeatable. */
export const LEIDEN = `
CALL gds.leiden.stream($graph, {randomSeed: toInteger($seed), concurrency: 1}) YIELD nodeId, communityId
RETURN gds.util.asNode(nodeId).id AS id, communityId AS score`;

/** The articulation points of $graph: clusters whose removal splits a connected part. */
export const ARTICULATION_POINTS = `
CALL gds.articulationPoints.stream($graph, {concurrency: toInteger($concurrency)}) YIELD nodeId
RETURN gds.util.asNode(nodeId).id AS id`;

/** The bridges of $graph: tied pairs whose tie is the only link between two parts. */
export const BRIDGES = `
CALL gds.bridges.stream($graph, {concurrency: toInteger($concurrency)}) YIELD from, to
RETURN gds.util.asNode(from).id AS source, gds.util.asNode(to).id AS target`;

/** Every tied pair of $graph once (source < target), to compute who is cut off by what. */
export const TIED_PAIRS = `
CALL gds.graph.relationships.stream($graph) YIELD sourceNodeId, targetNodeId
WITH gds.util.asNode(sourceNodeId).id AS a, gds.util.asNode(targetNodeId).id AS b
WHERE a < b
RETURN a AS source, b AS target`;

/** Every cluster's country code, and the EU's country codes. */
export const PLACES = `
MATCH (c:Cluster)
WITH collect([c.id, c.countryCode]) AS clusters
RETURN clusters, COLLECT { MATCH (k:Country) WHERE k.eu = true RETURN k.code } AS euCountries`;

/** Drops the in-memory graph $graph if it is there. */
export const DROP_GRAPH = `CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName`;

/**
 * Writes the measures onto the clusters ($rows: id, degree, betweenness, pageRank, community,
 * articulationPoint, tiedTo: the partners, bridgesTo: the partners across a bridge), and records the
 * run on the one AnalysisRun node ($run: graphVersion, computedAt, gdsVersion, method), in the same
 * transaction, so that stored measures and their record never disagree. Derived data, not an
 * edit: no change record; the AnalysisRun node does not count in the graph's version (GRAPH_VERSION).
 */
export const WRITE_METRICS = `
UNWIND $rows AS r
MATCH (c:Cluster {id: r.id})
SET c.tieDegree = r.degree, c.betweenness = r.betweenness, c.pageRank = r.pageRank,
  c.community = r.community, c.articulationPoint = r.articulationPoint, c.tiedTo = r.tiedTo,
  c.bridgesTo = r.bridgesTo
WITH count(*) AS _
MERGE (run:AnalysisRun {id: 'ties'})
SET run += $run`;

/** The record of the stored run (graphVersion, computedAt, gdsVersion, method), or no row before the first. */
export const STORED_RUN = `
MATCH (run:AnalysisRun {id: 'ties'})
RETURN run.graphVersion AS graphVersion, run.computedAt AS computedAt, run.gdsVersion AS gdsVersion,
  run.method AS method`;

/** Every cluster's stored measures with its partners and bridges, to rebuild a run without recomputing it. */
export const STORED_CLUSTERS = `
MATCH (c:Cluster) WHERE c.tieDegree IS NOT NULL AND c.tiedTo IS NOT NULL
RETURN c.id AS id, c.tieDegree AS degree, c.betweenness AS betweenness, c.pageRank AS pageRank,
  c.community AS community, c.articulationPoint AS articulationPoint, c.tiedTo AS tiedTo,
  c.bridgesTo AS bridgesTo`;

/**
 * The stored measures of a cluster `x` as `Cluster.metrics` serves them, or null where they were not
 * computed: for a statement that reads them with the cluster rather than through the metrics loader.
 */
export const metricsOf = (x: string) =>
  `CASE WHEN ${x}.tieDegree IS NULL THEN null ELSE {degree: ${x}.tieDegree, betweenness: ${x}.betweenness, pageRank: ${x}.pageRank, community: ${x}.community, articulationPoint: ${x}.articulationPoint} END`;

/** The stored measures of the clusters $ids (clusters without them are left out). */
export const METRICS_OF = `
UNWIND $ids AS id
MATCH (c:Cluster {id: id}) WHERE c.tieDegree IS NOT NULL
RETURN c.id AS id, c.tieDegree AS degree, c.betweenness AS betweenness, c.pageRank AS pageRank,
  c.community AS community, c.articulationPoint AS articulationPoint`;
