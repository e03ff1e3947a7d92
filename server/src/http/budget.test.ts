import { describe, expect, it } from 'vitest';
import { jsonLengthBound } from './budget.js';

describe('jsonLengthBound', () => {
  it('is never under the length of the JSON, escapes and non-ASCII text included', () => {
    const values: unknown[] = [
      null,
      true,
      -Number.MIN_VALUE,
      Number.MAX_SAFE_INTEGER,
      '',
      'plain',
      '"quoted"\n\t\\ and \u0001 control',
      'Aéro Montréal 😀',
      [],
      {},
      { network: { nodes: [{ id: 'a', label: 'Ä', sectors: ['x', 'y'], degree: 3 }], edges: [] }, empty: null },
      [[[[['deep']]]]],
    ];
    for (const value of values)
      expect(jsonLengthBound(value, Infinity)).toBeGreaterThanOrEqual(JSON.stringify(value).length);
  });

  it('stops once past the limit, and cannot bound what is not JSON', () => {
    const long = Array.from({ length: 100_000 }, (_, i) => ({ id: `item-${i}` }));
    expect(jsonLengthBound(long, 1000)).toBeGreaterThan(1000);
    expect(jsonLengthBound(long, 1000)).toBeLessThan(2000);
    expect(jsonLengthBound({ at: new Date(0) }, Infinity)).toBe(Infinity);
    expect(jsonLengthBound({ f: () => 1 }, Infinity)).toBe(Infinity);
  });
});
