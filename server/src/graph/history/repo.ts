import type { Editor } from '../../auth.js';
import type { Executor, WriteTransaction } from '../../db/executor.js';
import { AtlasError, badInput, notFound } from '../../errors.js';
import type { SourceRecord } from '../model.js';
import {
  changesPage,
  CHANGE_FILTERS,
  dropLinks,
  DROP_ENTITY,
  GRAPH_VERSION,
  LATEST_CHANGE_OF,
  LOAD_CHANGE,
  OWNED_LINKS,
  RESTORE_CITATIONS,
  restoreLinks,
  restoreNode,
  type Direction,
  type LinkTypeName,
} from './queries.js';
import { ownedLinks, type Snapshot, type SnapshotLink } from './snapshot.js';
import { recordedWrite, type ChangeOperation, type Idempotency, type Writer } from './write-path.js';

/** The history: pages of changes, newest first, and the revert of a change (a new change). */

export interface ChangeRecord {
  id: string;
  at: string;
  by: string;
  operation: ChangeOperation;
  entityId: string;
  label: string | null;
  summary: string;
  fields: string[];
  before: string | null;
  after: string | null;
  reverts: string | null;
  source: SourceRecord | null;
}

export interface ChangePage {
  edges: { cursor: string; node: ChangeRecord }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const pageQueries = new Map<string, string>();

/** A page of changes, newest first; for one entity and/or by one editor. */
export async function listChanges(
  executor: Executor,
  options: { entity?: string | null; by?: string | null; first: number; after?: string | null },
): Promise<ChangePage> {
  if (options.first < 0 || options.first > 500) throw badInput('`first` must be between 0 and 500.', 'first');
  const after = options.after ? decodeChangeCursor(options.after) : null;
  const filters = (Object.keys(CHANGE_FILTERS) as (keyof typeof CHANGE_FILTERS)[]).filter((key) =>
    key === 'after' ? after !== null : Boolean(options[key]),
  );
  const cacheKey = filters.join(',');
  const cypher = pageQueries.get(cacheKey) ?? changesPage(filters);
  pageQueries.set(cacheKey, cypher);
  const [row] = await executor.read<{ page: ChangeRecord[]; totalCount: number }>(cypher, {
    entity: options.entity ?? null,
    by: options.by ?? null,
    afterAt: after?.at ?? null,
    afterId: after?.id ?? null,
    limit: options.first + 1,
  });
  const nodes = (row?.page ?? []).map((change) => ({ ...change, fields: change.fields ?? [] }));
  const edges = nodes.slice(0, options.first).map((node) => ({ cursor: encodeChangeCursor(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: nodes.length > options.first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: row?.totalCount ?? 0,
  };
}

/** The graph's version (see GRAPH_VERSION): equal versions, equal graphs. */
export async function graphVersion(executor: Executor): Promise<string> {
  const [row] = await executor.read<GraphCounts>(GRAPH_VERSION);
  return versionOf(row ?? { changes: 0, nodes: 0, relationships: 0 });
}

/** GRAPH_VERSION's row. */
export interface GraphCounts {
  changes: number;
  nodes: number;
  relationships: number;
}

/** The version string of GRAPH_VERSION's row: changes, nodes and relationships. */
export const versionOf = (row: GraphCounts) => `${row.changes}:${row.nodes}:${row.relationships}`;

export async function loadChange(executor: Executor, id: string): Promise<ChangeRecord | null> {
  const [row] = await executor.read<{ change: ChangeRecord }>(LOAD_CHANGE, { id });
  return row?.change ?? null;
}

/**
 * Reverts a change: the entity goes back to its state before it (a create is undone by a delete, a
 * delete by re-creating the entity with its fields, links and citations), as a new REVERT change.
 * Only the newest change of an entity can be reverted (CONFLICT otherwise: revert the newer ones
 * first), so a revert never silently drops later work. Links to entities deleted since are left
 * out (the entity they pointed to is gone).
 */
export async function revertChange(options: {
  writer: Writer;
  editor: Editor;
  changeId: string;
  idempotency?: Idempotency | undefined;
}): Promise<{ changeId: string; entityId: string }> {
  const { writer, editor, changeId, idempotency } = options;
  return recordedWrite({
    writer,
    editor,
    idempotency,
    work: async (tx, recorder) => {
      const [row] = await tx.run<{ change: ChangeRecord }>(LOAD_CHANGE, { id: changeId });
      if (!row) throw notFound('change', changeId);
      const change = row.change;
      await recorder.before([change.entityId]);
      const [latest] = await tx.run<{ id: string }>(LATEST_CHANGE_OF, { entityId: change.entityId });
      if (latest && latest.id !== change.id) {
        throw new AtlasError(
          'CONFLICT',
          `"${change.entityId}" has changed since (change ${latest.id}): revert the newer changes first, newest first.`,
          { latest: latest.id },
        );
      }
      const target = change.before ? (JSON.parse(change.before) as Snapshot) : null;
      if (target) await restore(tx, { snapshot: target, editor, recreated: change.after === null });
      else await tx.run(DROP_ENTITY, { id: change.entityId });
      const newId = recorder.changed({
        entityId: change.entityId,
        operation: 'REVERT',
        reverts: change.id,
        sources: target?.citations.map((citation) => citation.source) ?? [],
      });
      return { changeId: newId, entityId: change.entityId };
    },
  });
}

/**
 * Puts an entity back as a snapshot had it: its fields, its citations, and its links — the ones it
 * owns when it still exists, every one when it is re-created after a delete.
 */
async function restore(
  tx: WriteTransaction,
  options: { snapshot: Snapshot; editor: Editor; recreated: boolean },
): Promise<void> {
  const { snapshot, editor, recreated } = options;
  await tx.run(restoreNode(snapshot.label), {
    id: snapshot.id,
    props: snapshot.props,
    createdAt: snapshot.createdAt,
    editor: editor.name,
  });
  if (!recreated) {
    for (const link of OWNED_LINKS[snapshot.label])
      await tx.run(dropLinks(link.type, link.direction), { id: snapshot.id });
  }
  const links = recreated ? snapshot.links : ownedLinks(snapshot);
  const groups = new Map<string, { type: LinkTypeName; direction: Direction; links: SnapshotLink[] }>();
  for (const link of links) {
    const key = `${link.type}:${link.direction}`;
    const group = groups.get(key) ?? { type: link.type, direction: link.direction, links: [] };
    group.links.push(link);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    await tx.run(restoreLinks(group.type, group.direction), {
      id: snapshot.id,
      links: group.links.map((link) => ({ target: link.target, props: link.props })),
    });
  }
  await tx.run(RESTORE_CITATIONS, { id: snapshot.id, citations: snapshot.citations });
}

function encodeChangeCursor(change: { at: string; id: string }): string {
  return Buffer.from(JSON.stringify(['c1', change.at, change.id])).toString('base64url');
}

function decodeChangeCursor(cursor: string): { at: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value[0] === 'c1' && typeof value[1] === 'string' && typeof value[2] === 'string') {
      return { at: value[1], id: value[2] };
    }
  } catch {
    // Falls through: any malformed cursor gets the same answer.
  }
  throw badInput('`after` is not a cursor of this list: pass the `endCursor` of a previous page.', 'after');
}
