import { describe, expect, it } from 'vitest';
import { hashSecret, newToken, parseToken, secretMatches } from './tokens.js';

describe('editor tokens', () => {
  it('parse back into the key and secret they were made of', () => {
    const { key, secret, token } = newToken();
    expect(parseToken(token)).toEqual({ key, secret });
    expect(parseToken('some-shared-secret')).toBeNull();
  });

  it('match their scrypt hash, and nothing else does', async () => {
    const { secret } = newToken();
    const stored = await hashSecret(secret);
    expect(stored.hash).not.toContain(secret);
    expect(await secretMatches(secret, stored)).toBe(true);
    expect(await secretMatches(`${secret}x`, stored)).toBe(false);
    expect(await secretMatches(newToken().secret, stored)).toBe(false);
  });
});
