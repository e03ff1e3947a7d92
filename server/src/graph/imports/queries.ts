/** The import's Cypher: what the graph holds of a kind (to match and diff rows), and the batch upserts. */

/** Every cluster with the fields an import compares, its place, sectors and citations. */
export const EXISTING_CLUSTERS = `
MATCH (n:Cluster)
RETURN n.id AS id, n {.name, .acronym, .aliases, .kind, .countryCode, .website, .description} AS props,
  [(n)-[:LOCATED_IN]->(p) | p.id][0] AS location,
  [(n)-[:ACTIVE_IN]->(s:Sector) | s.id] AS sectors,
  [(n)-[c:CITED_IN]->(s:Source) | s.id + '\u0000' + coalesce(c.excerpt, '')] AS citations`;

/** Every agreement with the fields an import compares, its parties, sectors and citations. */
export const EXISTING_AGREEMENTS = `
MATCH (n:Agreement)
RETURN n.id AS id, n {.name, .kind, .status, .signedOn, .endsOn, .summary} AS props,
  [(c:Cluster)-[:PARTY_TO]->(n) | c.id] AS parties,
  [(n)-[:COVERS]->(s:Sector) | s.id] AS sectors,
  [(n)-[c:CITED_IN]->(s:Source) | s.id + '\u0000' + coalesce(c.excerpt, '')] AS citations`;

/** The ids a row may refer to, with their domain label (every entity; sources are looked up apart). */
export const ENTITY_LABELS_BY_ID = `
MATCH (n:Entity)
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.countryCode AS countryCode`;

/** $sources: [{key, url, title, publisher}]: the stored source each stands for (same URL, or same title and publisher). */
export const MATCH_SOURCES = `
UNWIND $sources AS wanted
OPTIONAL MATCH (s:Source)
WHERE s.url = wanted.url OR (s.title = wanted.title AND coalesce(s.publisher, '') = coalesce(wanted.publisher, ''))
WITH wanted, min(s.id) AS id
RETURN wanted.key AS key, id`;

/** $ids: the source ids taken among candidates. */
export const TAKEN_SOURCE_IDS = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id`;

/** $rows: [{id, props}], $editor: the new sources of an import. */
export const CREATE_IMPORT_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
ON CREATE SET s += row.props, s.createdAt = datetime(), s.updatedAt = datetime(), s.updatedBy = $editor`;

/**
 * $rows: [{id, props, location, sectors, source, excerpt}], $editor: clusters created or changed;
 * an empty sector list keeps the stored sectors.
 */
export const UPSERT_CLUSTERS = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.createdAt = datetime()
SET n:Cluster, n += row.props, n.updatedAt = datetime(), n.updatedBy = $editor
WITH n, row
CALL (n) {
  MATCH (n)-[old:LOCATED_IN]->()
  DELETE old
}
CALL (n, row) {
  MATCH (p:Entity {id: row.location})
  CREATE (n)-[:LOCATED_IN]->(p)
}
CALL (n, row) {
  MATCH (n)-[old:ACTIVE_IN]->() WHERE size(row.sectors) > 0
  DELETE old
}
CALL (n, row) {
  UNWIND row.sectors AS sectorId
  MATCH (s:Sector {id: sectorId})
  CREATE (n)-[:ACTIVE_IN]->(s)
}
CALL (n, row) {
  MATCH (s:Source {id: row.source})
  MERGE (n)-[:CITED_IN {excerpt: row.excerpt}]->(s)
}`;

/** $rows: [{id, props, parties, sectors, source, excerpt}], $editor: agreements created or changed. */
export const UPSERT_AGREEMENTS = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.createdAt = datetime()
SET n:Agreement, n += row.props, n.updatedAt = datetime(), n.updatedBy = $editor
WITH n, row
CALL (n) {
  MATCH (n)<-[old:PARTY_TO]-()
  DELETE old
}
CALL (n, row) {
  UNWIND row.parties AS partyId
  MATCH (c:Cluster {id: partyId})
  CREATE (c)-[:PARTY_TO]->(n)
}
CALL (n, row) {
  MATCH (n)-[old:COVERS]->() WHERE size(row.sectors) > 0
  DELETE old
}
CALL (n, row) {
  UNWIND row.sectors AS sectorId
  MATCH (s:Sector {id: sectorId})
  CREATE (n)-[:COVERS]->(s)
}
CALL (n, row) {
  MATCH (s:Source {id: row.source})
  MERGE (n)-[:CITED_IN {excerpt: row.excerpt}]->(s)
}`;
