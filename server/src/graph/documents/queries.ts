/**
 * Cypher for documents under review. A Review is OF its Source (which holds the document's full
 * text) and PROPOSES Candidates; a Candidate MATCHES the entity it is, and once accepted WROTE the
 * entity written. Candidate parties are kept as a JSON string (a list of maps is no Neo4j property).
 */

/** What the extractor needs to know of the graph: every entity's names, country, parties. */
export const KNOWN_WORLD = `
MATCH (n:Entity)
WHERE n:Cluster OR n:Region OR n:Country OR n:Sector OR n:Agreement OR n:Partnership OR n:Event
OPTIONAL MATCH (p:Cluster)-[:PARTY_TO|MEMBER_OF]->(n)
WITH n, collect(p.id) AS parties
RETURN n.id AS id,
  [label IN labels(n) WHERE label IN ['Cluster', 'Region', 'Country', 'Sector', 'Agreement', 'Partnership', 'Event']][0] AS label,
  [name IN [n.name, n.acronym] + coalesce(n.aliases, []) WHERE name IS NOT NULL] AS names,
  coalesce(n.countryCode, n.code) AS country,
  parties,
  n.kind AS kind,
  n.signedOn AS date`;

/** $review {id, title, createdBy}, $source {id, props}, $candidates [{id, props, match}]: stores a review. */
export const CREATE_REVIEW = `
CREATE (s:Source {id: $source.id})
SET s += $source.props, s.createdAt = datetime()
CREATE (r:Review {id: $review.id, title: $review.title, createdBy: $review.createdBy, createdAt: datetime()})-[:OF]->(s)
WITH r
UNWIND $candidates AS candidate
CREATE (r)-[:PROPOSES]->(c:Candidate {id: candidate.id})
SET c += candidate.props
WITH c, candidate
OPTIONAL MATCH (m:Entity {id: candidate.match})
FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | CREATE (c)-[:MATCHES]->(m))`;

const REVIEW_FIELDS = `
  r {.id, .title, createdBy: r.createdBy, createdAt: toString(r.createdAt)} AS review,
  s {.id, .title, .publisher, .publishedOn, .url, .file, .text} AS source`;

const CANDIDATE_FIELDS = `
c {.*, decidedAt: toString(c.decidedAt), match: [(c)-[:MATCHES]->(m) | m.id][0], entity: [(c)-[:WROTE]->(e) | e.id][0]}`;

/** $id: one review with its source and candidates in document order. */
export const REVIEW = `
MATCH (r:Review {id: $id})-[:OF]->(s:Source)
RETURN ${REVIEW_FIELDS},
  [(r)-[:PROPOSES]->(c:Candidate) | ${CANDIDATE_FIELDS}] AS candidates`;

/** $first: the newest reviews, without their candidates' details. */
export const RECENT_REVIEWS = `
MATCH (r:Review)-[:OF]->(s:Source)
WITH r, s ORDER BY r.createdAt DESC LIMIT toInteger($first)
RETURN ${REVIEW_FIELDS},
  [(r)-[:PROPOSES]->(c:Candidate) | ${CANDIDATE_FIELDS}] AS candidates`;

/** $id: a candidate with its review's id and source id, locked for a decision. */
export const CANDIDATE_FOR_DECISION = `
MATCH (r:Review)-[:PROPOSES]->(c:Candidate {id: $id})
MATCH (r)-[:OF]->(s:Source)
SET c._lock = true REMOVE c._lock
RETURN ${CANDIDATE_FIELDS} AS candidate, r.id AS review, s.id AS source`;

/** $review: the other candidates of a review (to find an accepted organisation a fact names). */
export const REVIEW_CANDIDATES = `
MATCH (:Review {id: $review})-[:PROPOSES]->(c:Candidate)
RETURN ${CANDIDATE_FIELDS} AS candidate`;

/** $id, $props, $editor: an accepted candidate, pointing at the entity it wrote. */
export const ACCEPT = `
MATCH (c:Candidate {id: $id})
MATCH (e:Entity {id: $entity})
SET c += $props, c.status = 'ACCEPTED', c.decidedBy = $editor, c.decidedAt = datetime()
MERGE (c)-[:WROTE]->(e)`;

/** $id, $reason, $editor: a rejected candidate; it stays with its review. */
export const REJECT = `
MATCH (c:Candidate {id: $id})
SET c.status = 'REJECTED', c.reason = $reason, c.decidedBy = $editor, c.decidedAt = datetime()`;

/** $id: one candidate. */
export const CANDIDATE = `
MATCH (c:Candidate {id: $id})
RETURN ${CANDIDATE_FIELDS} AS candidate`;
