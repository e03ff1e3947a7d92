import type { GraphQLResolveInfo } from 'graphql';
import { requireEditor, type Editor } from '../../auth.js';
import type { Context } from '../../context.js';
import { savedNotReadBack } from '../../errors.js';
import { findEditorByToken } from '../../graph/editors/repo.js';
import { Relations } from '../../graph/entities/repo.js';
import type { Idempotency, Writer } from '../../graph/history/write-path.js';

/** What every mutation resolver needs before it writes: who the caller is, and its Idempotency-Key. */

/** The caller as an editor, or UNAUTHENTICATED / FORBIDDEN before anything is written. */
export function editorOf(context: Context): Promise<Editor> {
  return requireEditor({
    authorization: context.auth.header,
    editorToken: context.auth.editorToken,
    findNamed: (token) => findEditorByToken(context.executor, token),
  });
}

/**
 * The request's Idempotency-Key for this mutation field: keyed by the field's response name too,
 * so an operation with two mutations under one header keeps them apart; the arguments make the
 * fingerprint a retry must match.
 */
export function idempotencyOf(context: Context, info: GraphQLResolveInfo, args: unknown): Idempotency | undefined {
  if (context.idempotencyKey === undefined) return undefined;
  const field = String(info.path.key);
  return { key: `${context.idempotencyKey}\u0000${field}`, request: { field: info.fieldName, args } };
}

/** What a recorded write takes from the request: the executor, the editor (checked first), the Idempotency-Key. */
export async function writeRequest(
  context: Context,
  info: GraphQLResolveInfo,
  args: unknown,
): Promise<{ writer: Writer; editor: Editor; idempotency: Idempotency | undefined }> {
  return { writer: context.executor, editor: await editorOf(context), idempotency: idempotencyOf(context, info, args) };
}

/**
 * Drops what this request's loaders cached before the write: a later read in the same operation
 * (this payload, or a second mutation) must see the graph as it is now.
 */
export function forgetReads(context: Context): void {
  context.relations = new Relations(context.executor);
}

/**
 * Reads what a write has just committed, for the mutation's answer. The write is saved whatever
 * happens here: a read that fails (Neo4j went away right after the commit, the request's time ran
 * out) says SAVED_NOT_READ_BACK, not a failure. Nothing found right after the commit is a bug.
 */
export async function readAfterCommit<T>(
  context: Context,
  written: { kind: string; id: string; read: () => Promise<T | null | undefined> },
): Promise<T> {
  forgetReads(context);
  let value: T | null | undefined;
  try {
    value = await written.read();
  } catch (error) {
    context.logger.warn({ err: error, kind: written.kind, id: written.id }, 'A committed write could not be read back');
    throw savedNotReadBack(written);
  }
  if (value === null || value === undefined)
    throw new Error(`The ${written.kind} ${written.id} just written could not be read back.`);
  return value;
}
