import { describe, expect, it } from 'vitest';
import { readTokenHeaders, refusedForToken, storedReadToken, storeReadToken } from './readToken';

/** Regression (issue 11 item 5): with ATLAS_READ_TOKEN set, the web app could not send a token and was locked out. */
describe('the read token of the web app', () => {
  it('is kept for the tab and sent as a bearer token', () => {
    const values = new Map<string, string>();
    const storage = {
      getItem: (k: string) => values.get(k) ?? null,
      setItem: (k: string, v: string) => void values.set(k, v),
    };
    expect(readTokenHeaders(storedReadToken(storage))).toEqual({});
    storeReadToken('  s3cret ', storage);
    expect(readTokenHeaders(storedReadToken(storage))).toEqual({ authorization: 'Bearer s3cret' });
  });

  it('is asked for when the API refuses a read as UNAUTHENTICATED or FORBIDDEN, and only then', () => {
    expect(refusedForToken(['UNAUTHENTICATED'])).toBe(true);
    expect(refusedForToken(['FORBIDDEN'])).toBe(true);
    expect(refusedForToken(['BAD_USER_INPUT', undefined])).toBe(false);
  });
});
