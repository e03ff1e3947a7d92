import type { Executor, Params } from '../../db/executor.js';
import { badInput } from '../../errors.js';
import type { EntityKind, EntityRecord, PageRecord } from '../model.js';
import { toLuceneQuery } from '../search/lucene.js';
import { entitiesOf, type EntityLabel, type NodeRow } from './labels.js';

/**
 * Relay connections over one label, ordered by (name, id), with keyset cursors: a cursor is the
 * (name, id) of an edge, opaque to clients (base64url JSON), so pages stay right when nodes are
 * added before the cursor.
 */

interface CursorKey {
  name: string;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(['v1', key.name, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value[0] === 'v1' &&
      typeof value[1] === 'string' &&
      typeof value[2] === 'string'
    ) {
      return { name: value[1], id: value[2] };
    }
  } catch {
    // Falls through to the error below: any malformed cursor gets the same answer.
  }
  throw badInput(
    '`after` is not a cursor of this API: pass the `endCursor` of a previous page, or omit it to start at the beginning.',
    'after',
  );
}

/**
 * The page statement for a label and a filter (a WHERE fragment over `n` using only parameters).
 * With `text`, candidates come from the full-text index ($lucene) instead of a label scan.
 * $afterName, $afterId: the cursor or nulls; $limit: page size + 1, to tell whether more follow.
 */
export function connectionQuery(options: { label: EntityLabel; where: string; text: boolean }): string {
  const source = options.text
    ? `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS n\nWITH n WHERE n:${options.label} AND ${options.where}`
    : `MATCH (n:${options.label})\nWHERE ${options.where}`;
  return `
${source}
WITH n ORDER BY n.name, n.id
WITH collect(n) AS matched
RETURN size(matched) AS totalCount,
  [m IN [x IN matched WHERE $afterName IS NULL OR x.name > $afterName OR (x.name = $afterName AND x.id > $afterId)][0..toInteger($limit)]
    | m {.*, labels: labels(m)}] AS page`;
}

/** A pair of statements for one connection: with and without a text filter. */
export interface ConnectionQueries {
  scan: string;
  text: string;
}

export function connectionQueries(label: EntityLabel, where: string): ConnectionQueries {
  return { scan: connectionQuery({ label, where, text: false }), text: connectionQuery({ label, where, text: true }) };
}

/** Runs a connection statement and cuts the page: one round trip, count included. */
export async function readConnection<K extends EntityKind>(
  executor: Executor,
  options: {
    kind: K;
    queries: ConnectionQueries;
    params: Params;
    text: string | null | undefined;
    first: number;
    after: string | null | undefined;
  },
): Promise<PageRecord<Extract<EntityRecord, { entityKind: K }>>> {
  const after = options.after ? decodeCursor(options.after) : null;
  const lucene = options.text ? toLuceneQuery(options.text) : null;
  if (options.text && !lucene)
    return toPage([], { totalCount: 0, hasNextPage: false, hasPreviousPage: after !== null });
  const [row] = await executor.read<{ totalCount: number; page: NodeRow[] }>(
    lucene ? options.queries.text : options.queries.scan,
    {
      ...options.params,
      lucene,
      afterName: after?.name ?? null,
      afterId: after?.id ?? null,
      limit: options.first + 1,
    },
  );
  const nodes = entitiesOf(options.kind, row?.page ?? []);
  return toPage(nodes.slice(0, options.first), {
    totalCount: row?.totalCount ?? 0,
    hasNextPage: nodes.length > options.first,
    hasPreviousPage: after !== null,
  });
}

function toPage<T extends { id: string; name: string }>(
  nodes: T[],
  options: { totalCount: number; hasNextPage: boolean; hasPreviousPage: boolean },
): PageRecord<T> {
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: options.hasNextPage,
      hasPreviousPage: options.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: options.totalCount,
  };
}
