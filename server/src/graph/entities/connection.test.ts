import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './connection.js';

describe('cursors', () => {
  it('round-trip a (name, id) key', () => {
    expect(decodeCursor(encodeCursor({ name: 'Aéro Montréal', id: 'aero-montreal' }))).toEqual({
      name: 'Aéro Montréal',
      id: 'aero-montreal',
    });
  });

  it.each([
    '',
    'abc',
    Buffer.from('["v2","a","b"]').toString('base64url'),
    Buffer.from('{"x":1}').toString('base64url'),
  ])('reject %j with BAD_USER_INPUT', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});
