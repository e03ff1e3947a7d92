/**
 * The generator's Cypher. Values arrive as parameters, labels and relationship types too (Cypher
 * 5.26's dynamic `$(…)`): one statement for every label and one for every type, so a load plans
 * two statements, not one per label and type. CREATE, not MERGE: the generator loads into a
 * wiped graph.
 */

/** $rows: [{id, props}] */
export const CREATE_SOURCES = `
UNWIND $rows AS row
CREATE (s:Source {id: row.id})
SET s += row.props`;

/** $rows: [{label, id, props, citations: [{source, excerpt}]}]; $author marks the node as synthetic. */
export const CREATE_ENTITIES = `
UNWIND $rows AS row
CREATE (n:Entity:$(row.label) {id: row.id})
SET n += row.props, n.createdAt = datetime(), n.updatedBy = $author
WITH n, row
UNWIND row.citations AS citation
MATCH (s:Source {id: citation.source})
CREATE (n)-[:CITED_IN {excerpt: citation.excerpt}]->(s)`;

/** $rows: [{type, from, to, props}] */
export const CREATE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r += row.props`;

/** Up to 5 ids of data the generator did not write: Sources without its prefix, entities by other authors. */
export const FOREIGN_DATA = `
CALL () {
  MATCH (s:Source) WHERE NOT s.id STARTS WITH $prefix
  RETURN s.id AS id LIMIT 5
  UNION
  MATCH (n:Entity) WHERE coalesce(n.updatedBy, '') <> $author
  RETURN n.id AS id LIMIT 5
}
RETURN id LIMIT 5`;

/** Which synthetic graph the database holds (its hash), if any. */
export const SYNTHETIC_HASH = `MATCH (m:Migration {id: 'synthetic'}) RETURN m.hash AS hash`;

/** Records the synthetic graph loaded, once every batch is in. */
export const RECORD_SYNTHETIC = `
MERGE (m:Migration {id: 'synthetic'})
SET m.appliedAt = datetime(), m.hash = $hash, m.ties = $ties`;

/** The full-text indexes: dropped during a load (Lucene updated per commit is most of its cost), made again after. */
export const FULLTEXT_INDEXES = `SHOW FULLTEXT INDEXES YIELD name RETURN name`;

/** Waits until every index is online (the full-text ones repopulate after a load). */
export const AWAIT_INDEXES = `CALL db.awaitIndexes(600)`;
