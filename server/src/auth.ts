import { createHash, timingSafeEqual } from 'node:crypto';
import { AtlasError } from './errors.js';

/**
 * The editor check for writes: `Authorization: Bearer <token>` against ATLAS_EDITOR_TOKEN. Reads
 * never come here. The comparison takes the same time whatever the guess, so a caller cannot
 * learn the token a character at a time.
 */

/** Who wrote: recorded as `updatedBy` on every node a write touches. */
export interface Editor {
  label: string;
}

export interface EditorCheck {
  /** The request's raw Authorization header, if any. */
  authorization: string | undefined;
  /** The configured ATLAS_EDITOR_TOKEN; undefined means writes are disabled. */
  editorToken: string | undefined;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Returns the editor, or throws UNAUTHENTICATED (no token) or FORBIDDEN (wrong token, writes disabled). */
export function requireEditor({ authorization, editorToken }: EditorCheck): Editor {
  if (!editorToken) {
    throw new AtlasError(
      'FORBIDDEN',
      'Writes are disabled on this server: set ATLAS_EDITOR_TOKEN to a secret of your choice, restart the server, and send it as "Authorization: Bearer <token>".',
    );
  }
  const presented = authorization ? BEARER.exec(authorization.trim())?.[1] : undefined;
  if (!presented) {
    throw new AtlasError(
      'UNAUTHENTICATED',
      'Writes need the editor token: send the header "Authorization: Bearer <token>" with the value of ATLAS_EDITOR_TOKEN.',
    );
  }
  if (!sameSecret(presented, editorToken)) {
    throw new AtlasError(
      'FORBIDDEN',
      'The editor token is wrong: send the value of ATLAS_EDITOR_TOKEN configured on this server.',
    );
  }
  return { label: 'editor' };
}

/** Compares digests, which have equal lengths, so neither content nor length leaks through timing. */
export function sameSecret(presented: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
