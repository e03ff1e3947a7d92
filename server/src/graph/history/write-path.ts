import { createHash, randomUUID } from 'node:crypto';
import type { Editor } from '../../auth.js';
import type { WriteTransaction } from '../../db/executor.js';
import { AtlasError, badInput } from '../../errors.js';
import { announceGraphChanged } from './events.js';
import {
  CLAIM_ENTITY_ID,
  CLAIM_IDEMPOTENCY_KEY,
  LINK_TYPES,
  LOCKED_SNAPSHOT,
  PRUNE_IDEMPOTENCY_KEYS,
  RECORD_CHANGES,
  SNAPSHOT,
  STORE_IDEMPOTENT_RESULT,
  TAKE_LOCK,
} from './queries.js';
import { changedFields, summarise, toSnapshot, type Snapshot, type SnapshotRow } from './snapshot.js';

/**
 * THE write path. Every write to the graph (the API's mutations, imports, reverts, accepted
 * document candidates, ...) is a `recordedWrite`: one transaction that
 *   1. replays the first result when the request's Idempotency-Key was seen (and writes nothing),
 *   2. runs the caller's work, which tells the recorder which entities it is about to change
 *      (`before`, which locks them and reads their state) and which it changed (`changed`),
 *   3. records one Change node per changed entity (who, when, operation, state before and after,
 *      the fields that differ, the sources cited), in the same transaction,
 *   4. keeps the result under the Idempotency-Key,
 * and, after commit, announces "the graph changed" (events.ts). Anything thrown rolls it all back.
 *
 * Usage:
 *   const { id } = await recordedWrite({ writer: executor, editor, work: async (tx, recorder) => {
 *     await recorder.before([id]);                    // lock and read it, before changing it
 *     await tx.run(MY_UPDATE, { id, ... });
 *     recorder.changed({ entityId: id, operation: 'UPDATE', sources: ['some-source'] });
 *     return { id };                                  // must be JSON: it is kept for retries
 *   }});
 * An entity created whole with CREATE may be declared with its state (`createdAs`) instead: no
 * read before or after (see ChangeDeclaration).
 */

export type ChangeOperation = 'CREATE' | 'UPDATE' | 'DELETE' | 'IMPORT' | 'REVERT';

/** What runs a write transaction: the executor, or a request's view of it. */
export interface Writer {
  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T>;
}

/** A request's Idempotency-Key, and the request itself: a retry must repeat the same request. */
export interface Idempotency {
  key: string;
  request: unknown;
}

export interface ChangeDeclaration {
  entityId: string;
  operation: ChangeOperation;
  /** The ids of the sources the write cites for this entity. */
  sources?: string[];
  /** The id of the change a revert undoes. */
  reverts?: string;
  /**
   * The state of an entity this write created whole, when the write knows it without reading it:
   * it used CREATE on the unique id (which fails when the id is taken, so there was none before)
   * and did not touch the entity again. Recorded as is, with no read before or after (a bulk
   * import's new rows). Any other change reads the entity's state.
   */
  createdAs?: Snapshot;
}

export interface Recorder {
  /**
   * Locks the entities and reads their state before this write changes them; call it before
   * changing them. Ids with no node are recorded as absent (a create).
   */
  before(ids: string[]): Promise<void>;
  /** Declares an entity this write changed; returns the id its Change will have. */
  changed(change: ChangeDeclaration): string;
  /** Claims an entity id for a new node (see claimEntityId). */
  claim(id: string): Promise<ClaimResult>;
}

export interface ClaimResult {
  /** True when this write created the (bare) node and so owns the id. */
  mine: boolean;
  /** The domain label of the node that holds the id when it is not ours. */
  label: string | null;
}

export interface RecordedWriteOptions<R> {
  writer: Writer;
  editor: Editor;
  idempotency?: Idempotency | undefined;
  work: (tx: WriteTransaction, recorder: Recorder) => Promise<R>;
}

export async function recordedWrite<R>(options: RecordedWriteOptions<R>): Promise<R> {
  const { writer, editor, idempotency } = options;
  let announcement: { changeIds: string[]; entityIds: string[] } | null = null;
  const result = await writer.write(async (tx) => {
    announcement = null;
    const key = idempotency ? idempotencyKey(editor, idempotency) : null;
    if (key) {
      const replay = await claimIdempotencyKey(tx, key);
      if (replay !== undefined) return replay as R;
    }
    const recorder = new TransactionRecorder(tx);
    const value = await options.work(tx, recorder);
    announcement = await recorder.record(editor);
    if (key) await tx.run(STORE_IDEMPOTENT_RESULT, { key: key.key, result: JSON.stringify(value ?? null) });
    return value;
  });
  const done = announcement as { changeIds: string[]; entityIds: string[] } | null;
  if (done && done.changeIds.length > 0) announceGraphChanged({ ...done, by: editor.name });
  return result;
}

/** Takes a named lock until the transaction ends: writes that take the same name run one at a time. */
export async function takeLock(tx: WriteTransaction, name: string): Promise<void> {
  await tx.run(TAKE_LOCK, { name });
}

/** The state of entities now, for the write path and for reverts. */
export async function readSnapshots(tx: WriteTransaction, ids: string[], locked = false): Promise<Snapshot[]> {
  if (ids.length === 0) return [];
  const rows = await tx.run<SnapshotRow>(locked ? LOCKED_SNAPSHOT : SNAPSHOT, { ids, types: LINK_TYPES });
  return rows.map(toSnapshot);
}

class TransactionRecorder implements Recorder {
  private readonly befores = new Map<string, Snapshot | null>();
  private readonly declared: (ChangeDeclaration & { changeId: string })[] = [];

  constructor(private readonly tx: WriteTransaction) {}

  async before(ids: string[]): Promise<void> {
    const fresh = [...new Set(ids)].filter((id) => !this.befores.has(id));
    const snapshots = await readSnapshots(this.tx, fresh, true);
    const byId = new Map(snapshots.map((snapshot) => [snapshot.id, snapshot]));
    for (const id of fresh) this.befores.set(id, byId.get(id) ?? null);
  }

  changed(change: ChangeDeclaration): string {
    const changeId = randomUUID();
    if (change.createdAs && !this.befores.has(change.entityId)) this.befores.set(change.entityId, null);
    this.declared.push({ ...change, changeId });
    return changeId;
  }

  /**
   * Claims an id for a new entity by MERGE on the unique :Entity(id): of two concurrent writes,
   * the second waits for the first's commit and finds the id taken, instead of failing on the
   * constraint. The owner's node is bare until its write labels and fills it.
   */
  async claim(id: string): Promise<ClaimResult> {
    const claim = randomUUID();
    const [row] = await this.tx.run<{ mine: boolean; label: string | null }>(CLAIM_ENTITY_ID, { id, claim });
    if (row?.mine) this.befores.set(id, null);
    return { mine: row?.mine ?? false, label: row?.label ?? null };
  }

  /** Writes the Change nodes; returns what to announce. */
  async record(editor: Editor): Promise<{ changeIds: string[]; entityIds: string[] }> {
    if (this.declared.length === 0) return { changeIds: [], entityIds: [] };
    const unread = this.declared.map((change) => change.entityId).filter((id) => !this.befores.has(id));
    if (unread.length > 0) {
      throw new Error(`A write changed ${unread.join(', ')} without reading its state first (recorder.before).`);
    }
    const known = this.declared.flatMap((change) => (change.createdAs ? [change.createdAs] : []));
    const unknown = this.declared.filter((change) => !change.createdAs).map((change) => change.entityId);
    // A state read wins over a known one: the write changed the entity again after creating it.
    const afters = new Map(
      [...known, ...(await readSnapshots(this.tx, [...new Set(unknown)]))].map((snapshot) => [snapshot.id, snapshot]),
    );
    const changes = this.declared.map((change) => {
      const before = this.befores.get(change.entityId) ?? null;
      const after = afters.get(change.entityId) ?? null;
      const fields = changedFields(before, after);
      return {
        id: change.changeId,
        operation: change.operation,
        entityId: change.entityId,
        label: (after ?? before)?.label ?? null,
        before: before ? JSON.stringify(before) : null,
        after: after ? JSON.stringify(after) : null,
        fields,
        summary: summarise({ operation: change.operation, before, after, fields, reverts: change.reverts ?? null }),
        reverts: change.reverts ?? null,
        sources: [...new Set(change.sources ?? [])],
      };
    });
    await this.tx.run(RECORD_CHANGES, { changes, by: editor.name });
    return { changeIds: changes.map((change) => change.id), entityIds: changes.map((change) => change.entityId) };
  }
}

/**
 * How long a write's Idempotency-Key is answered with its first result: a day covers any client's
 * retries (they come within seconds or minutes); after it the key is a new request, and expired
 * keys are deleted as writes go by, so they do not pile up.
 */
export const IDEMPOTENCY_TTL = 'P1D';
const PRUNE_EVERY_MS = 10 * 60_000;
const PRUNE_LIMIT = 1000;
let lastPrune = 0;

/** Keys are the editor's own: two editors' requests never share one. */
function idempotencyKey(editor: Editor, idempotency: Idempotency): { key: string; fingerprint: string } {
  if (idempotency.key.length === 0 || idempotency.key.length > 200) {
    throw badInput('The Idempotency-Key header must be 1 to 200 characters: a fresh UUID per request is typical.');
  }
  return {
    key: `${editor.name}\u0000${idempotency.key}`,
    fingerprint: createHash('sha256')
      .update(JSON.stringify(idempotency.request) ?? '')
      .digest('base64url'),
  };
}

/** The stored result of the key's first request (undefined when this is the first). */
async function claimIdempotencyKey(tx: WriteTransaction, key: { key: string; fingerprint: string }): Promise<unknown> {
  if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = Date.now();
    await tx.run(PRUNE_IDEMPOTENCY_KEYS, { ttl: IDEMPOTENCY_TTL, limit: PRUNE_LIMIT });
  }
  const [row] = await tx.run<{ result: string | null; fingerprint: string }>(CLAIM_IDEMPOTENCY_KEY, {
    ...key,
    ttl: IDEMPOTENCY_TTL,
  });
  if (!row || row.result === null) return undefined;
  if (row.fingerprint !== key.fingerprint) {
    throw new AtlasError(
      'CONFLICT',
      'This Idempotency-Key was already used for a different request: send a new key with each new request, and the same key only to retry the same request.',
    );
  }
  return JSON.parse(row.result) as unknown;
}
