/**
 * Decisions on gap candidates (issue 10): a GapDecision node per pair of clusters, ON both of them,
 * written through the write path (so its Change records who and when). Values only as parameters.
 */

/** $ids: the clusters of a pair that exist, with their names. */
export const PAIR_CLUSTERS = `
UNWIND $ids AS id
MATCH (c:Entity {id: id}) WHERE c:Cluster
RETURN c.id AS id, c.name AS name`;

/**
 * $id, $props {name, clusters, status, reason, note}, $clusters, $editor: the pair's decision,
 * replacing the one before (the node was claimed or locked by the write path), ON both clusters.
 */
export const SET_DECISION = `
MATCH (d:Entity {id: $id})
SET d:GapDecision, d += $props,
    d.createdAt = coalesce(d.createdAt, datetime()), d.updatedAt = datetime(), d.updatedBy = $editor
REMOVE d.claim
WITH d
OPTIONAL MATCH (d)-[old:ON]->(:Cluster)
DELETE old
WITH DISTINCT d
UNWIND $clusters AS clusterId
MATCH (c:Entity {id: clusterId}) WHERE c:Cluster
CREATE (d)-[:ON]->(c)`;

/** Every decision (people make them one by one: they are few), as the ranking reads them. */
export const ALL_DECISIONS = `
MATCH (d:GapDecision)
RETURN d.id AS id, d.clusters AS clusters, d.status AS status, d.reason AS reason, d.note AS note,
  d.updatedBy AS by, toString(d.updatedAt) AS at`;

/** $id: one decision. */
export const DECISION_BY_ID = `
MATCH (d:Entity {id: $id}) WHERE d:GapDecision
RETURN d.id AS id, d.clusters AS clusters, d.status AS status, d.reason AS reason, d.note AS note,
  d.updatedBy AS by, toString(d.updatedAt) AS at`;
