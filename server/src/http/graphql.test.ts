import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badInput, databaseUnavailable } from '../errors.js';
import { bearerToken, checkReadAccess, formatError, INTERNAL_MESSAGE } from './graphql.js';

const wrapped = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['cluster'] });

describe('formatError', () => {
  it('masks an internal error: no message, stack or driver text', () => {
    const original = new Error('Neo.ClientError.Statement.SyntaxError: Invalid input MATCH (n:Cluster)');
    const formatted = formatError(
      {
        message: original.message,
        path: ['cluster'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      wrapped(original),
    );
    expect(formatted).toEqual({
      message: INTERNAL_MESSAGE,
      path: ['cluster'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps the message and code of an API error, without a stack', () => {
    const original = badInput('`first` must be between 0 and 200.', 'first');
    const formatted = formatError(
      { message: original.message, extensions: { code: 'BAD_USER_INPUT', field: 'first', stacktrace: ['at x'] } },
      wrapped(original),
    );
    expect(formatted).toEqual({ message: original.message, extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('keeps DATABASE_UNAVAILABLE', () => {
    const original = databaseUnavailable();
    expect(
      formatError({ message: original.message, extensions: { code: 'DATABASE_UNAVAILABLE' } }, wrapped(original))
        .extensions?.code,
    ).toBe('DATABASE_UNAVAILABLE');
  });
});

describe('read access', () => {
  it('reads bearer tokens', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer  abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it("is open without a read token, and needs the read, editor or a named editor's token with one", async () => {
    await expect(checkReadAccess({ header: undefined, editorToken: undefined, readToken: undefined })).resolves.toBe(
      undefined,
    );
    const auth = { editorToken: 'e', readToken: 'r' };
    await expect(checkReadAccess({ header: undefined, ...auth })).rejects.toEqual(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
    await expect(checkReadAccess({ header: 'Bearer x', ...auth })).rejects.toEqual(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
    await expect(checkReadAccess({ header: 'Bearer r', ...auth })).resolves.toBe(undefined);
    await expect(checkReadAccess({ header: 'Bearer e', ...auth })).resolves.toBe(undefined);
    const named = async (token: string) => (token === 'ada-token' ? { name: 'Ada' } : null);
    await expect(checkReadAccess({ header: 'Bearer ada-token', ...auth }, named)).resolves.toBe(undefined);
    await expect(checkReadAccess({ header: 'Bearer x', ...auth }, named)).rejects.toBeDefined();
  });
});
