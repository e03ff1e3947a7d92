/**
 * The seed loader's Cypher: each statement UNWINDs one kind of catalogue entry, MERGEs on ids, so
 * loading twice changes nothing. All values arrive as parameters.
 */

/** $rows: [{id, props: {title, publisher, publishedOn, file, url, text}}] */
export const MERGE_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props`;

/** $rows: [{id, label, props, citations: [{source, excerpt}]}]; label is from the loader's allow-list. */
export const mergeEntities = (
  label: 'Country' | 'Region' | 'Sector' | 'Cluster' | 'Agreement' | 'Mission' | 'Partnership' | 'Event',
) => `
UNWIND $rows AS row
MERGE (n:Entity:${label} {id: row.id})
ON CREATE SET n.createdAt = datetime(), n.updatedBy = 'seed'
SET n += row.props
WITH n, row
UNWIND row.citations AS citation
MATCH (s:Source {id: citation.source})
MERGE (n)-[c:CITED_IN {excerpt: citation.excerpt}]->(s)`;

/** $rows: [{from, to, props}]; the types are from the loader's allow-list below. */
export const mergeRelationships = (relationship: SeedRelationship) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:${relationship}]->(b)
SET r += row.props`;

export const SEED_RELATIONSHIPS = [
  'IN',
  'PART_OF',
  'LOCATED_IN',
  'ACTIVE_IN',
  'PARTY_TO',
  'COVERS',
  'ON_BEHALF_OF',
  'RESULTED_FROM',
  'UPDATES',
  'ORGANISED',
  'JOINED',
  'MET',
  'VISITED',
  'FOCUSED_ON',
  'AT',
  'ORGANISER_OF',
  'MEMBER_OF',
  'TARGETS',
  'IN_SECTOR',
  'PRIORITY_SECTOR',
] as const;
export type SeedRelationship = (typeof SEED_RELATIONSHIPS)[number];

/** Records which seed was loaded, so a start can tell that the files changed since. */
export const RECORD_SEED = `
MERGE (m:Migration {id: 'seed'})
SET m.appliedAt = datetime(), m.hash = $hash`;

export const SEED_HASH = `MATCH (m:Migration {id: 'seed'}) RETURN m.hash AS hash`;

/** Removes every node and relationship, in batches so a large graph does not exhaust memory. */
/**
 * Deletes every node but the named editors, inside the caller's transaction: a reset that loads
 * the seed in the same transaction is all or nothing, and keeps who may write.
 */
export const WIPE_KEEPING_EDITORS = `
MATCH (n) WHERE NOT n:Editor
DETACH DELETE n`;

export const WIPE = `
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;
