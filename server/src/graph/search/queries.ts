import { nodeProjection, type EntityLabel } from '../entities/labels.js';

/** Full-text search. */

const statements = new Map<string, string>();

/**
 * Ranked hits of the `entity_search` index of the given labels (every entity label: null), each
 * node projected with id, name and the properties in `only` (undefined: every property an
 * entity record is built from), built once per set of labels and properties. The labels are
 * literals from the allow-list: `labels(m)` checked against a parameter cost Neo4j ~10% more CPU
 * per search than a label test; for one label, the projection carries none (the reader passes it).
 * $lucene: the query built by toLuceneQuery; $first: how many.
 */
export function searchQuery(labels: readonly EntityLabel[] | null, only: ReadonlySet<string> | undefined): string {
  const key = `${labels ? [...labels].sort().join('|') : '*'};${only ? [...only].sort().join(',') : '*'}`;
  let cypher = statements.get(key);
  if (!cypher) {
    const [single] = labels?.length === 1 ? labels : [];
    cypher = `
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS m, score${labels ? `\nWHERE m:${labels.join('|')}` : ''}
RETURN ${nodeProjection('m', single, only)} AS node, score
ORDER BY score DESC, m.name
LIMIT toInteger($first)`;
    statements.set(key, cypher);
  }
  return cypher;
}
