import type { Executor, Params } from '../../db/executor.js';
import { badInput } from '../../errors.js';
import type { EntityKind, EntityRecord, PageRecord } from '../model.js';
import { toLuceneQuery } from '../search/lucene.js';
import { entitiesOf, type EntityLabel, type NodeRow } from './labels.js';
import { aheadKey, NOTHING_AHEAD, projectionAhead, type Ahead } from './prefetch.js';
import type { Relations } from './repo.js';

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

/** Where the page starts: at the beginning, or after the cursor ($afterName, $afterId). */
type PageStart = 'first' | 'after';

/**
 * The page statement of a label and a filter (a WHERE fragment over `n` using only parameters),
 * without text: nodes in (name, id) order, $limit of them (page size + 1, to tell whether more
 * follow). `n.name IS NOT NULL` and the cursor as a range on the name let the planner read a name
 * index in order and stop after the page, instead of sorting every node of the label. The total
 * comes from the count store when nothing filters ($filtered false), else from its own count.
 * Each node comes with the relations of `plan` read ahead (prefetch.ts).
 */
function pageQuery(options: {
  label: EntityLabel;
  where: string;
  start: PageStart;
  filtered: boolean;
  ahead: Ahead;
}): string {
  const after =
    options.start === 'after' ? '\n    AND n.name >= $afterName AND (n.name > $afterName OR n.id > $afterId)' : '';
  const count = options.filtered
    ? `MATCH (n:${options.label}) WHERE ${options.where} RETURN count(n) AS totalCount`
    : `RETURN COUNT { (:${options.label}) } AS totalCount`;
  return `
CALL () {
  MATCH (n:${options.label})
  WHERE n.name IS NOT NULL AND ${options.where}${after}
  WITH n ORDER BY n.name, n.id LIMIT toInteger($limit)
  RETURN collect(${projectionAhead({ variable: 'n', label: options.label, ...options.ahead })}) AS page
}
CALL () {
  ${count}
}
RETURN totalCount, page`;
}

/**
 * The page statement with a text filter: candidates come from the full-text index ($lucene), all
 * of them are counted, and the page is cut from them in (name, id) order.
 */
function textPageQuery(options: { label: EntityLabel; where: string; ahead: Ahead }): string {
  return `
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS n
WITH n WHERE n:${options.label} AND ${options.where}
WITH n ORDER BY n.name, n.id
WITH collect(n) AS matched
RETURN size(matched) AS totalCount,
  [n IN [x IN matched WHERE $afterName IS NULL OR x.name > $afterName OR (x.name = $afterName AND x.id > $afterId)][0..toInteger($limit)]
    | ${projectionAhead({ variable: 'n', label: options.label, ...options.ahead })}] AS page`;
}

/** Which statement of a connection: where the page starts, whether a filter is set, or by text. */
type Variant = `${PageStart}:${'filtered' | 'unfiltered'}` | 'text';

/** The statements of one connection, built once per variant and plan of relations read ahead. */
export interface ConnectionQueries {
  statement(variant: Variant, ahead: Ahead): string;
}

export function connectionQueries(label: EntityLabel, where: string): ConnectionQueries {
  const built = new Map<string, string>();
  return {
    statement(variant, ahead) {
      const key = `${variant}|${aheadKey(ahead)}`;
      let cypher = built.get(key);
      if (!cypher) {
        const [start, filter] = variant.split(':') as [PageStart, string];
        cypher =
          variant === 'text'
            ? textPageQuery({ label, where, ahead })
            : pageQuery({ label, where, start, filtered: filter === 'filtered', ahead });
        built.set(key, cypher);
      }
      return cypher;
    },
  };
}

/** What to read ahead for every node of a page, and the loader to put it in. */
export interface ReadAhead extends Ahead {
  relations: Pick<Relations, 'prime'>;
}

/** Runs a connection statement: one round trip, count included. */
export async function readConnection<K extends EntityKind>(
  executor: Executor,
  options: {
    kind: K;
    queries: ConnectionQueries;
    params: Params;
    text: string | null | undefined;
    first: number;
    after: string | null | undefined;
    ahead?: ReadAhead | undefined;
  },
): Promise<PageRecord<Extract<EntityRecord, { entityKind: K }>>> {
  const after = options.after ? decodeCursor(options.after) : null;
  const lucene = options.text ? toLuceneQuery(options.text) : null;
  if (options.text && !lucene)
    return toPage([], { totalCount: 0, hasNextPage: false, hasPreviousPage: after !== null });
  // Every filter parameter is null for "any": when all are, the where fragment keeps every node.
  const filtered = Object.values(options.params).some((value) => value !== null && value !== undefined);
  const variant: Variant = lucene ? 'text' : `${after ? 'after' : 'first'}:${filtered ? 'filtered' : 'unfiltered'}`;
  const ahead = options.ahead ?? NOTHING_AHEAD;
  const plan = ahead.plan;
  const [row] = await executor.read<{ totalCount: number; page: NodeRow[] }>(
    options.queries.statement(variant, ahead),
    {
      ...options.params,
      lucene,
      afterName: after?.name ?? null,
      afterId: after?.id ?? null,
      limit: options.first + 1,
    },
  );
  if (plan.size > 0) for (const node of row?.page ?? []) options.ahead?.relations.prime(node, plan);
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
