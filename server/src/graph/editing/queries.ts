/**
 * The editing Cypher: every statement runs inside one write transaction opened by the repository;
 * values arrive only as parameters; labels and relationship types come from the allow-lists below.
 */

/** The domain labels a write creates, updates or deletes. */
export const EDITABLE_LABELS = ['Agreement', 'Mission', 'Cluster', 'Partnership', 'Event'] as const;
export type EditableLabel = (typeof EDITABLE_LABELS)[number];

/** The labels a write may link to or cite. */
export type TargetLabel =
  'Cluster' | 'Region' | 'Country' | 'Sector' | 'Agreement' | 'Mission' | 'Partnership' | 'Event';

/** The relationships a write sets; `in` means (target)-[:TYPE]->(written node). */
export interface LinkType {
  type:
    | 'PARTY_TO'
    | 'COVERS'
    | 'ON_BEHALF_OF'
    | 'RESULTED_FROM'
    | 'ORGANISED'
    | 'JOINED'
    | 'MET'
    | 'VISITED'
    | 'FOCUSED_ON'
    | 'ACTIVE_IN'
    | 'LOCATED_IN'
    | 'TARGETS'
    | 'IN_SECTOR'
    | 'IN'
    | 'MEMBER_OF';
  direction: 'in' | 'out';
}

/** $refs: [{index, id, source}]: per reference, the labels of the node it names ([] when none) and its country code. */
export const CHECK_REFERENCES = `
UNWIND $refs AS ref
OPTIONAL MATCH (n:Entity {id: ref.id}) WHERE NOT ref.source
OPTIONAL MATCH (s:Source {id: ref.id}) WHERE ref.source
RETURN ref.index AS index,
       coalesce(labels(n), labels(s), []) AS labels, n.countryCode AS countryCode`;

/** A source and a country any write may cite and name (the warm-up's rehearsed write); no row on an empty graph. */
export const ANY_SOURCE_AND_COUNTRY = `
MATCH (s:Source) WITH s LIMIT 1
MATCH (k:Country) WITH s, k LIMIT 1
RETURN s.id AS source, k.code AS country`;

/** $ids: candidate source ids; returns the ones already taken. */
export const TAKEN_SOURCE_IDS = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id`;

/** $id: the node a write updates, its labels, its properties and its region (clusters). */
export const LOAD_ENTITY = `
MATCH (n:Entity {id: $id})
RETURN labels(n) AS labels, properties(n) AS props,
       [(n)-[:LOCATED_IN]->(r:Region) | r.id][0] AS region`;

/** $rows: [{id, props}], $editor: new sources, stamped like every node a write creates. */
export const CREATE_SOURCES = `
UNWIND $rows AS row
CREATE (s:Source {id: row.id})
SET s += row.props, s.createdAt = datetime(), s.updatedAt = datetime(), s.updatedBy = $editor`;

/** $id, $props, $editor: fills the node this write claimed for its id (history's CLAIM_ENTITY_ID) and labels it. */
export const createEntity = (label: EditableLabel) => `
MATCH (n:Entity {id: $id})
SET n:${label}, n += $props, n.createdAt = datetime(), n.updatedAt = datetime(), n.updatedBy = $editor
REMOVE n.claim`;

/** $url, $title, $publisher: a stored source that a new one is: the same URL, or the same title and publisher. */
export const FIND_SAME_SOURCE = `
CALL () {
  MATCH (s:Source {url: $url}) RETURN s.id AS id
  UNION
  MATCH (s:Source {title: $title}) WHERE coalesce(s.publisher, '') = coalesce($publisher, '') RETURN s.id AS id
}
RETURN id ORDER BY id LIMIT 1`;

/** $id, $props, $editor: sets the given properties (a null removes one) and the stamp. */
export const updateEntity = (label: EditableLabel) => `
MATCH (n:${label} {id: $id})
SET n += $props, n.updatedAt = datetime(), n.updatedBy = $editor`;

/** $id, $targets: replaces the node's relationships of one type and direction with links to $targets. */
export const replaceLinks = (label: EditableLabel, link: LinkType) => {
  const pattern = link.direction === 'out' ? `(n)-[old:${link.type}]->()` : `(n)<-[old:${link.type}]-()`;
  const create = link.direction === 'out' ? `(n)-[:${link.type}]->(t)` : `(n)<-[:${link.type}]-(t)`;
  return `
MATCH (n:${label} {id: $id})
OPTIONAL MATCH ${pattern}
DELETE old
WITH DISTINCT n
UNWIND $targets AS targetId
MATCH (t:Entity {id: targetId})
CREATE ${create}`;
};

/** $id, $members: makes the clusters members of the partnership (as partners); a member already in it stays as it is. */
export const ADD_MEMBERS = `
MATCH (p:Partnership {id: $id})
UNWIND $members AS memberId
MATCH (c:Cluster {id: memberId})
MERGE (c)-[m:MEMBER_OF]->(p)
ON CREATE SET m.role = 'PARTNER'`;

/** $id, $citations: [{source, excerpt}]: cites the entity; the same excerpt of the same source once. */
export const CITE = `
MATCH (n:Entity {id: $id})
UNWIND $citations AS citation
MATCH (s:Source {id: citation.source})
MERGE (n)-[:CITED_IN {excerpt: citation.excerpt}]->(s)`;

/** $id, $editor: stamps an entity that a citation was added to. */
export const TOUCH = `
MATCH (n:Entity {id: $id})
SET n.updatedAt = datetime(), n.updatedBy = $editor`;

/** $id: deletes the node and its relationships; Source nodes are never matched, so never deleted. */
export const deleteEntity = (label: EditableLabel) => `
MATCH (n:${label} {id: $id})
DETACH DELETE n
RETURN $id AS id`;
