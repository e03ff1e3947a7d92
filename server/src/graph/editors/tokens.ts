import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Editor tokens: `atlas_<key>_<secret>`. The key (public, random) finds the editor; only an scrypt
 * hash of the secret is stored, so a copy of the database gives no token away.
 */

export interface TokenParts {
  key: string;
  secret: string;
}

export interface StoredSecret {
  salt: string;
  hash: string;
}

const TOKEN = /^atlas_([0-9a-f]{16})_([A-Za-z0-9_-]{32,})$/;
const KEY_LENGTH = 32;

/** A new token and its parts; the token is shown once and never stored. */
export function newToken(): TokenParts & { token: string } {
  const key = randomBytes(8).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  return { key, secret, token: `atlas_${key}_${secret}` };
}

/** The key and secret of a token of ours, or null for any other string. */
export function parseToken(token: string): TokenParts | null {
  const match = TOKEN.exec(token);
  return match ? { key: match[1] as string, secret: match[2] as string } : null;
}

export async function hashSecret(secret: string): Promise<StoredSecret> {
  const salt = randomBytes(16).toString('base64url');
  return { salt, hash: (await derive(secret, salt)).toString('base64url') };
}

/** True when the secret is the one hashed; compares in constant time. */
export async function secretMatches(secret: string, stored: StoredSecret): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64url');
  const actual = await derive(secret, stored.salt);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function derive(secret: string, salt: string): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, KEY_LENGTH, (error, key) => (error ? reject(error) : resolve(key))),
  );
}
