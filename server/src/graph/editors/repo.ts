import { createHash } from 'node:crypto';
import type { Editor } from '../../auth.js';
import type { Executor } from '../../db/executor.js';
import { badInput, conflict } from '../../errors.js';
import { CREATE_EDITOR, EDITOR_BY_KEY, LIST_EDITORS, REVOKE_EDITOR } from './queries.js';
import { hashSecret, newToken, parseToken, secretMatches } from './tokens.js';

/** The named editors: add (the token is returned once), list, revoke, and find one by token. */

export interface EditorListing {
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

/** "editor" is the ATLAS_EDITOR_TOKEN shortcut's name; no named editor may take it. */
const RESERVED = 'editor';
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._'-]{0,63}$/u;

export async function addEditor(executor: Executor, name: string): Promise<{ name: string; token: string }> {
  const trimmed = name.trim();
  if (!NAME.test(trimmed)) {
    throw badInput('An editor name is 1 to 64 letters, digits, spaces, dots, hyphens or apostrophes.', 'name');
  }
  if (trimmed.toLowerCase() === RESERVED) {
    throw badInput('"editor" is the name of the ATLAS_EDITOR_TOKEN shortcut: choose another name.', 'name');
  }
  const { key, secret, token } = newToken();
  const stored = await hashSecret(secret);
  try {
    await executor.write((tx) => tx.run(CREATE_EDITOR, { name: trimmed, key, ...stored }));
  } catch (error) {
    if (error instanceof Error && 'code' in error && (error as { code: unknown }).code === 'CONFLICT') {
      throw conflict(`An editor named "${trimmed}" exists: choose another name, or revoke it first.`);
    }
    throw error;
  }
  return { name: trimmed, token };
}

export async function listEditors(executor: Executor): Promise<EditorListing[]> {
  return executor.read<EditorListing>(LIST_EDITORS);
}

/** True when an editor of that name existed (it is revoked now). */
export async function revokeEditor(executor: Executor, name: string): Promise<boolean> {
  const rows = await executor.write((tx) => tx.run(REVOKE_EDITOR, { name: name.trim() }));
  return rows.length > 0;
}

/**
 * Tokens already checked by scrypt, by digest: scrypt is slow on purpose, and a signed-in tab
 * sends its token with every write. The editor's row is still read each time, so a revoked
 * editor is refused at once.
 */
const verified = new Map<string, string>();
const VERIFIED_LIMIT = 1000;

/** The named editor whose token this is, or null (unknown, revoked, wrong secret, not our format). */
export async function findEditorByToken(executor: Executor, token: string): Promise<Editor | null> {
  const parts = parseToken(token);
  if (!parts) return null;
  const [row] = await executor.read<{ name: string; salt: string; hash: string }>(EDITOR_BY_KEY, { key: parts.key });
  if (!row) return null;
  const digest = createHash('sha256').update(`${row.hash}:${token}`).digest('base64url');
  if (verified.get(digest) === row.name) return { name: row.name };
  if (!(await secretMatches(parts.secret, row))) return null;
  if (verified.size >= VERIFIED_LIMIT) verified.clear();
  verified.set(digest, row.name);
  return { name: row.name };
}
