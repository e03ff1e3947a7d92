/** Full-text search. */

/**
 * Ranked hits of the `entity_search` index. $lucene: the query built by toLuceneQuery; $labels:
 * the labels to keep or null for all; $first: how many.
 */
export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS m, score
WHERE $labels IS NULL OR any(label IN labels(m) WHERE label IN $labels)
RETURN m {.*, labels: labels(m)} AS node, score
ORDER BY score DESC, m.name
LIMIT toInteger($first)`;
