/** The import's Cypher: what the graph holds of a kind (to match and diff rows), and the batch upserts. */

import type { LinkTypeName } from '../history/queries.js';

const CITATIONS = `[(n)-[c:CITED_IN]->(s:Source) | s.id + '\u0000' + coalesce(c.excerpt, '')] AS citations`;

/** Every cluster with the fields an import compares, its place, sectors and citations. */
export const EXISTING_CLUSTERS = `
MATCH (n:Cluster)
RETURN n.id AS id, n {.name, .acronym, .aliases, .kind, .countryCode, .website, .description} AS props,
  {location: [(n)-[:LOCATED_IN]->(p) | p.id], sectors: [(n)-[:ACTIVE_IN]->(s:Sector) | s.id]} AS links,
  ${CITATIONS}`;

/** Every agreement with the fields an import compares, its parties, sectors and citations. */
export const EXISTING_AGREEMENTS = `
MATCH (n:Agreement)
RETURN n.id AS id, n {.name, .kind, .status, .signedOn, .endsOn, .summary} AS props,
  {parties: [(c:Cluster)-[:PARTY_TO]->(n) | c.id], sectors: [(n)-[:COVERS]->(s:Sector) | s.id]} AS links,
  ${CITATIONS}`;

/** Every mission with the fields an import compares, its links and citations. */
export const EXISTING_MISSIONS = `
MATCH (n:Mission)
RETURN n.id AS id, n {.name, .status, .startsOn, .endsOn, .smeCount, .summary} AS props,
  {organisers: [(o)-[:ORGANISED]->(n) | o.id], participants: [(c)-[:JOINED]->(n) | c.id],
   met: [(n)-[:MET]->(c) | c.id], visited: [(n)-[:VISITED]->(r) | r.id], sectors: [(n)-[:FOCUSED_ON]->(s) | s.id]} AS links,
  ${CITATIONS}`;

/** Every partnership with the fields an import compares, its targets, sectors, members (id and role) and citations. */
export const EXISTING_PARTNERSHIPS = `
MATCH (n:Partnership)
RETURN n.id AS id, n {.name, .acronym, .programme, .smeCount, .partnerCount} AS props,
  {targets: [(n)-[:TARGETS]->(c:Country) | c.id], sectors: [(n)-[:IN_SECTOR]->(s:Sector) | s.id],
   members: [(c:Cluster)-[m:MEMBER_OF]->(n) | c.id + '\u0000' + coalesce(m.role, '')]} AS links,
  ${CITATIONS}`;

/** Every cited entity with its citations: what a citations import compares. */
export const EXISTING_CITED = `
MATCH (n:Entity) WHERE EXISTS { (n)-[:CITED_IN]->(:Source) }
RETURN n.id AS id, {} AS props, {} AS links, ${CITATIONS}`;

/** A link an imported entity sets: the row's list under `field` replaces the stored links, when given. */
export interface ImportLink {
  field: string;
  type: LinkTypeName;
  direction: 'in' | 'out';
  /** The labels a target may have (from the recorded labels). */
  targets: readonly ('Cluster' | 'Partnership' | 'Region' | 'Country' | 'Sector')[];
}

/** The labels of the entities an import creates or changes row by row. */
export type ImportedLabel = 'Cluster' | 'Agreement' | 'Mission' | 'Partnership';

const arrow = (link: ImportLink, name: string) =>
  link.direction === 'out' ? `-[${name}:${link.type}]->` : `<-[${name}:${link.type}]-`;

/** A row's links of one kind: one relationship per listed target with one of the kind's labels. */
const createLinks = (link: ImportLink) => `CALL (n, row) {
  UNWIND coalesce(row.links.${link.field}, []) AS targetId
  MATCH (t:Entity {id: targetId}) WHERE ${link.targets.map((target) => `t:${target}`).join(' OR ')}
  CREATE (n)${arrow(link, '')}(t)
}`;

/**
 * $rows: [{id, props, links: {field: ids | null}, source, excerpt}], $editor: entities of one
 * label created or changed; a link list that is null keeps the stored links. Label, types and
 * fields come from the allow-listed ImportLink specs of run.ts, never from a file.
 */
export const upsertEntities = (label: ImportedLabel, links: readonly ImportLink[]) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.createdAt = datetime()
SET n:${label}, n += row.props, n.updatedAt = datetime(), n.updatedBy = $editor
WITH n, row
${links
  .map(
    (link) => `CALL (n, row) {
  MATCH (n)${arrow(link, 'old')}() WHERE row.links.${link.field} IS NOT NULL
  DELETE old
}
${createLinks(link)}`,
  )
  .join('\n')}
CALL (n, row) {
  MATCH (s:Source {id: row.source})
  MERGE (n)-[:CITED_IN {excerpt: row.excerpt}]->(s)
}`;

/**
 * $rows as upsertEntities, $editor: entities the graph did not hold when the import read it,
 * created whole. CREATE on the unique id fails the transaction when the id was taken since, so
 * each was absent before; `written` (the relationships of the new nodes) tells the caller whether
 * every link and citation found its target, and `createdAt` is the nodes' creation time: with the
 * rows, what the import needs to record each new entity's state without reading it back.
 */
export const createEntities = (label: ImportedLabel, links: readonly ImportLink[]) => `
UNWIND $rows AS row
CREATE (n:Entity:${label} {id: row.id})
SET n += row.props, n.createdAt = datetime(), n.updatedAt = datetime(), n.updatedBy = $editor
WITH n, row
${links.map(createLinks).join('\n')}
CALL (n, row) {
  MATCH (s:Source {id: row.source})
  CREATE (n)-[:CITED_IN {excerpt: row.excerpt}]->(s)
}
RETURN count(n) AS created, sum(COUNT { (n)--() }) AS written, min(n.createdAt) AS createdAt`;

/** $rows: [{cluster, partnership, role, source, excerpt}], $editor: memberships set, each partnership cited. */
export const UPSERT_MEMBERSHIPS = `
UNWIND $rows AS row
MATCH (p:Entity {id: row.partnership}) WHERE p:Partnership
MATCH (c:Entity {id: row.cluster}) WHERE c:Cluster
MERGE (c)-[m:MEMBER_OF]->(p)
SET m.role = row.role, p.updatedAt = datetime(), p.updatedBy = $editor
WITH p, row
MATCH (s:Source {id: row.source})
MERGE (p)-[:CITED_IN {excerpt: row.excerpt}]->(s)`;

/** $rows: [{entity, source, excerpt}], $editor: citations added to existing entities. */
export const UPSERT_CITATIONS = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.entity})
MATCH (s:Source {id: row.source})
MERGE (n)-[:CITED_IN {excerpt: row.excerpt}]->(s)
SET n.updatedAt = datetime(), n.updatedBy = $editor`;

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
