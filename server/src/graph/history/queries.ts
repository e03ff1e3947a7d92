/**
 * The history's Cypher: snapshots of entities (to record before and after), the Change nodes,
 * the idempotency keys and the locks that keep concurrent writes apart, and the restores a revert
 * runs. Values only as parameters; labels and relationship types from the allow-lists below.
 */

import { SEED_RELATIONSHIPS } from '../../seed/queries.js';

/** The labels whose nodes a recorded write may create, change, delete or restore. */
export const RECORDED_LABELS = [
  'Cluster',
  'Agreement',
  'Mission',
  'Partnership',
  'Event',
  'Region',
  'Country',
  'Sector',
  'GapDecision',
] as const;
export type RecordedLabel = (typeof RECORDED_LABELS)[number];

/**
 * The relationships between entities that a snapshot keeps (never bookkeeping such as Change OF):
 * the seed's allow-list, the one list of the relationships entities have, and a gap decision's ON
 * (gap-decisions/), which only writes make.
 */
export const LINK_TYPES = [...SEED_RELATIONSHIPS, 'ON'] as const;
export type LinkTypeName = (typeof LINK_TYPES)[number];
export type Direction = 'in' | 'out';

/**
 * The links an entity owns: the ones a write of that entity sets, so the ones a revert of it puts
 * back. A cluster does not own its PARTY_TO links: reverting a change of the cluster must not undo
 * an agreement written since.
 */
export const OWNED_LINKS: Record<RecordedLabel, readonly { type: LinkTypeName; direction: Direction }[]> = {
  Cluster: [
    { type: 'ACTIVE_IN', direction: 'out' },
    { type: 'LOCATED_IN', direction: 'out' },
  ],
  Agreement: [
    { type: 'PARTY_TO', direction: 'in' },
    { type: 'COVERS', direction: 'out' },
    { type: 'ON_BEHALF_OF', direction: 'out' },
    { type: 'RESULTED_FROM', direction: 'out' },
  ],
  Mission: [
    { type: 'ORGANISED', direction: 'in' },
    { type: 'JOINED', direction: 'in' },
    { type: 'MET', direction: 'out' },
    { type: 'VISITED', direction: 'out' },
    { type: 'FOCUSED_ON', direction: 'out' },
    { type: 'AT', direction: 'out' },
  ],
  Partnership: [
    { type: 'MEMBER_OF', direction: 'in' },
    { type: 'TARGETS', direction: 'out' },
    { type: 'IN_SECTOR', direction: 'out' },
  ],
  Event: [{ type: 'IN', direction: 'out' }],
  Region: [
    { type: 'IN', direction: 'out' },
    { type: 'PART_OF', direction: 'out' },
  ],
  Country: [{ type: 'PRIORITY_SECTOR', direction: 'out' }],
  Sector: [{ type: 'PART_OF', direction: 'out' }],
  GapDecision: [{ type: 'ON', direction: 'out' }],
};

const SNAPSHOT_RETURN = `
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props,
  [(n)-[r]->(t:Entity) WHERE type(r) IN $types | {type: type(r), direction: 'out', target: t.id, props: properties(r)}]
  + [(n)<-[r]-(t:Entity) WHERE type(r) IN $types | {type: type(r), direction: 'in', target: t.id, props: properties(r)}] AS links,
  [(n)-[c:CITED_IN]->(s:Source) | {source: s.id, excerpt: c.excerpt}] AS citations`;

/** $ids, $types: each entity's label, properties, links and citations (ids with no node are absent). */
export const SNAPSHOT = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})${SNAPSHOT_RETURN}`;

/**
 * $ids, $types: SNAPSHOT after taking each node's write lock, so no other write changes it between
 * this read and this transaction's commit: what is recorded as "before" is what the write changed.
 */
export const LOCKED_SNAPSHOT = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.lockedBy = true
REMOVE n.lockedBy
WITH n${SNAPSHOT_RETURN}`;

/**
 * $id, $claim: claims an entity id by MERGE on its unique key: the first writer creates a bare
 * :Entity node (which its write then labels and fills); a concurrent one waits for that commit and
 * finds the node taken. `mine` says which; `label` is the taken node's domain label.
 */
export const CLAIM_ENTITY_ID = `
MERGE (n:Entity {id: $id})
ON CREATE SET n.claim = $claim
RETURN n.claim = $claim AS mine, [l IN labels(n) WHERE l <> 'Entity'][0] AS label`;

/** $name: takes a named lock until commit; writes that take it run one after the other. */
export const TAKE_LOCK = `
MERGE (l:WriteLock {name: $name})
SET l.takenAt = datetime()`;

/** $changes: [{id, operation, entityId, label, before, after, fields, summary, reverts, sources}], $by. */
export const RECORD_CHANGES = `
UNWIND $changes AS change
CREATE (c:Change {
  id: change.id, at: datetime(), by: $by, operation: change.operation, entityId: change.entityId,
  label: change.label, before: change.before, after: change.after, fields: change.fields,
  summary: change.summary, reverts: change.reverts
})
WITH c, change
CALL (c, change) {
  MATCH (n:Entity {id: change.entityId}) WHERE change.after IS NOT NULL
  CREATE (c)-[:OF]->(n)
}
CALL (c, change) {
  UNWIND change.sources AS sourceId
  MATCH (s:Source {id: sourceId})
  CREATE (c)-[:CITES]->(s)
}`;

/** The fields of a change as the API reads them. */
const CHANGE_PROJECTION = `c {
  .id, at: toString(c.at), .by, .operation, .entityId, .label, .summary, .fields, .before, .after, .reverts,
  source: [(c)-[:CITES]->(s:Source) | s {.id, .title, .publisher, .publishedOn, .file, .url}][0]
}`;

/** $id: one change. */
export const LOAD_CHANGE = `
MATCH (c:Change {id: $id})
RETURN ${CHANGE_PROJECTION} AS change`;

/** $entityId: the newest change of an entity. */
export const LATEST_CHANGE_OF = `
MATCH (c:Change {entityId: $entityId})
RETURN c.id AS id, c.operation AS operation, toString(c.at) AS at
ORDER BY c.at DESC, c.id DESC LIMIT 1`;

/** The filters of a page of changes: a WHERE fragment over `c` with parameters only. */
export const CHANGE_FILTERS = {
  entity: 'c.entityId = $entity',
  by: 'c.by = $by',
  after: 'c.at < datetime($afterAt) OR (c.at = datetime($afterAt) AND c.id < $afterId)',
} as const;

/** $limit and the filters' parameters: a page of changes, newest first, and how many match. */
export const changesPage = (filters: (keyof typeof CHANGE_FILTERS)[]) => {
  const where = (keys: (keyof typeof CHANGE_FILTERS)[]) =>
    keys.length > 0 ? `WHERE ${keys.map((key) => `(${CHANGE_FILTERS[key]})`).join(' AND ')}` : '';
  return `
CALL () {
  MATCH (c:Change) ${where(filters)}
  WITH c ORDER BY c.at DESC, c.id DESC LIMIT toInteger($limit)
  RETURN collect(${CHANGE_PROJECTION}) AS page
}
CALL () {
  MATCH (c:Change) ${where(filters.filter((key) => key !== 'after'))}
  RETURN count(c) AS totalCount
}
RETURN page, totalCount`;
};

/**
 * $key, $fingerprint, $ttl (an ISO 8601 duration): claims an idempotency key; a concurrent request
 * with the same key waits for the first one's commit, then reads its result. A key older than the
 * TTL starts afresh, as if new. `result` is null for the first request.
 */
export const CLAIM_IDEMPOTENCY_KEY = `
MERGE (k:IdempotencyKey {key: $key})
ON CREATE SET k.createdAt = datetime(), k.fingerprint = $fingerprint
WITH k
CALL (k) {
  WITH k WHERE k.createdAt < datetime() - duration($ttl)
  SET k.createdAt = datetime(), k.fingerprint = $fingerprint, k.result = null
}
RETURN k.result AS result, k.fingerprint AS fingerprint`;

/** $ttl, $limit: deletes up to $limit keys older than the TTL (their retries are no longer answered). */
export const PRUNE_IDEMPOTENCY_KEYS = `
MATCH (k:IdempotencyKey) WHERE k.createdAt < datetime() - duration($ttl)
WITH k LIMIT toInteger($limit)
DELETE k`;

/** $key, $result: the first request's result, kept for its retries. */
export const STORE_IDEMPOTENT_RESULT = `
MATCH (k:IdempotencyKey {key: $key})
SET k.result = $result`;

/** $id, $props, $createdAt, $editor: the node as a snapshot had it (created when absent). */
export const restoreNode = (label: RecordedLabel) => `
MERGE (n:Entity {id: $id})
SET n = $props, n:${label},
    n.createdAt = CASE WHEN $createdAt IS NULL THEN datetime() ELSE datetime($createdAt) END,
    n.updatedAt = datetime(), n.updatedBy = $editor`;

/** $id: removes the node's links of one type and direction (to entities only). */
export const dropLinks = (type: LinkTypeName, direction: Direction) => `
MATCH (n:Entity {id: $id})${direction === 'out' ? `-[r:${type}]->` : `<-[r:${type}]-`}(:Entity)
DELETE r`;

/** $id, $links: [{target, props}]: links of one type and direction to the targets that still exist. */
export const restoreLinks = (type: LinkTypeName, direction: Direction) => `
MATCH (n:Entity {id: $id})
UNWIND $links AS link
MATCH (t:Entity {id: link.target})
CREATE (n)${direction === 'out' ? `-[r:${type}]->` : `<-[r:${type}]-`}(t)
SET r = link.props
RETURN count(r) AS restored`;

/** $id, $citations: [{source, excerpt}]: the node's citations, replacing the stored ones. */
export const RESTORE_CITATIONS = `
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[old:CITED_IN]->(:Source)
DELETE old
WITH DISTINCT n
UNWIND $citations AS citation
MATCH (s:Source {id: citation.source})
MERGE (n)-[:CITED_IN {excerpt: citation.excerpt}]->(s)`;

/** $id: deletes an entity and its relationships (its sources and its changes stay). */
export const DROP_ENTITY = `
MATCH (n:Entity {id: $id})
DETACH DELETE n`;

/**
 * What the graph is at the moment, cheaply (count-store lookups only): changes are never erased and
 * every write through the write path records one, so an answer computed at one version is the
 * answer at that version. Nodes and relationships count in too, for what a reset or a seed changes;
 * the analysis' record of its run (AnalysisRun) does not, since it is derived from a version.
 */
export const GRAPH_VERSION = `
CALL () { MATCH (c:Change) RETURN count(c) AS changes }
CALL () { MATCH (n) RETURN count(n) AS total }
CALL () { MATCH (a:AnalysisRun) RETURN count(a) AS derived }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN changes, total - derived AS nodes, relationships`;
