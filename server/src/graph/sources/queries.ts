import { nodeProjection } from '../entities/labels.js';

/** Sources, their texts and excerpts, and what the graph covers. */

const SOURCE_FIELDS = '.id, .title, .publisher, .publishedOn, .file, .url';

/** Every source, by file then id; without the text, which only a source's own page needs. */
export const ALL_SOURCES = `
MATCH (s:Source)
RETURN s {${SOURCE_FIELDS}} AS source
ORDER BY s.file, s.id`;

/** $id: one source with its full text (null when the graph holds none). */
export const SOURCE_BY_ID = `
MATCH (s:Source {id: $id})
RETURN s {${SOURCE_FIELDS}, .text} AS source`;

/** $id: how many entities of each label cite the source. */
export const SOURCE_CONTRIBUTIONS = `
MATCH (s:Source {id: $id})<-[:CITED_IN]-(n:Entity)
WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS label, count(DISTINCT n) AS count
RETURN label, count
ORDER BY label`;

/** $id: each distinct excerpt of the source with the entities it is cited for, by name. */
export const SOURCE_PASSAGES = `
MATCH (s:Source {id: $id})<-[c:CITED_IN]-(n:Entity)
WITH c.excerpt AS excerpt, n
ORDER BY n.name, n.id
RETURN excerpt, collect(DISTINCT ${nodeProjection('n')}) AS entities`;

/**
 * What the graph covers, in one round trip: the sources; clusters in all, per country (every
 * country, with its EU membership, so sides can be resolved) and without one; the first and last
 * year of the dated agreements and missions, and how many have no date.
 */
export const COVERAGE = `
CALL () { MATCH (s:Source) WITH s ORDER BY s.file, s.id RETURN collect(s {${SOURCE_FIELDS}}) AS sources }
CALL () { MATCH (c:Cluster) RETURN count(c) AS clusters, count(c.countryCode) AS placed }
CALL () {
  MATCH (k:Country)
  WITH k ORDER BY k.name
  RETURN collect({country: ${nodeProjection('k', 'Country')}, clusters: COUNT { (:Cluster {countryCode: k.code}) }}) AS countries
}
CALL () {
  MATCH (f) WHERE f:Agreement OR f:Mission
  WITH CASE WHEN f:Agreement THEN f.signedOn ELSE f.startsOn END AS date
  RETURN min(left(date, 4)) AS firstYear, max(left(date, 4)) AS lastYear, count(*) - count(date) AS undated
}
RETURN sources, clusters, clusters - placed AS withoutCountry, countries, firstYear, lastYear, undated`;
