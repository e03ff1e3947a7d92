import { nodeProjection } from '../entities/labels.js';

/** Full-text search. */

const statements = new Map<string, string>();

/**
 * Ranked hits of the `entity_search` index, each node projected with id, name, labels and the
 * properties in `only` (undefined: every property an entity record is built from), built once per
 * set. $lucene: the query built by toLuceneQuery; $labels: the labels to keep or null for all;
 * $first: how many.
 */
export function searchQuery(only: ReadonlySet<string> | undefined): string {
  const key = only ? [...only].sort().join(',') : '*';
  let cypher = statements.get(key);
  if (!cypher) {
    cypher = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS m, score
WHERE $labels IS NULL OR any(label IN labels(m) WHERE label IN $labels)
RETURN ${nodeProjection('m', undefined, only)} AS node, score
ORDER BY score DESC, m.name
LIMIT toInteger($first)`;
    statements.set(key, cypher);
  }
  return cypher;
}
