import { createHash, timingSafeEqual } from 'node:crypto';
import { AtlasError } from './errors.js';

/**
 * The editor check for writes: `Authorization: Bearer <token>`, either ATLAS_EDITOR_TOKEN (the
 * single-editor shortcut, named "editor") or a named editor's token (`npm run editor:add`). Reads
 * never come here. The shortcut is compared in constant time; named tokens by their scrypt hash.
 */

/** Who wrote: recorded on every change and as `updatedBy` on every node a write touches. */
export interface Editor {
  name: string;
}

export interface EditorCheck {
  /** The request's raw Authorization header, if any. */
  authorization: string | undefined;
  /** The configured ATLAS_EDITOR_TOKEN; undefined when unset. */
  editorToken: string | undefined;
  /** The named editor a token belongs to, or null (unknown, revoked, not an editor token). */
  findNamed: (token: string) => Promise<Editor | null>;
}

/** The name of the ATLAS_EDITOR_TOKEN shortcut. */
export const SHORTCUT_EDITOR = 'editor';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Returns the editor, or throws UNAUTHENTICATED (no token) or FORBIDDEN (no editor has this token). */
export async function requireEditor({ authorization, editorToken, findNamed }: EditorCheck): Promise<Editor> {
  const presented = authorization ? BEARER.exec(authorization.trim())?.[1] : undefined;
  if (!presented) {
    throw new AtlasError(
      'UNAUTHENTICATED',
      'Writes need an editor token: send the header "Authorization: Bearer <token>" with your token from `npm run editor:add -- NAME`, or the value of ATLAS_EDITOR_TOKEN.',
    );
  }
  if (editorToken && sameSecret(presented, editorToken)) return { name: SHORTCUT_EDITOR };
  const named = await findNamed(presented);
  if (named) return named;
  throw new AtlasError(
    'FORBIDDEN',
    editorToken
      ? 'The editor token is wrong (or revoked): send your token from `npm run editor:add -- NAME`, or the value of ATLAS_EDITOR_TOKEN configured on this server.'
      : 'No editor has this token (or it was revoked). To write, get a token with `npm run editor:add -- NAME` on the server, or set ATLAS_EDITOR_TOKEN to a secret of your choice and restart the server.',
  );
}

/** Compares digests, which have equal lengths, so neither content nor length leaks through timing. */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
