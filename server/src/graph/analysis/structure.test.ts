import { describe, expect, it } from 'vitest';
import {
  adjacencyOf,
  aloneForTheirSide,
  components,
  cutOffBetween,
  cutOffBy,
  normaliseBetweenness,
  numberCommunities,
} from './structure.js';

// a - b - c - d, and c - e: cutting c leaves {a, b} and {d} and {e}; e alone is apart from x.
const network = adjacencyOf({
  nodes: ['a', 'b', 'c', 'd', 'e', 'x'],
  pairs: [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['c', 'e'],
  ],
});

describe('the structure of a tie network', () => {
  it('finds connected parts, with a cluster or a tie removed', () => {
    const parts = components(network);
    expect(parts.get('a')).toBe(parts.get('e'));
    expect(parts.get('x')).not.toBe(parts.get('a'));
    const withoutTie = components(network, { tie: ['c', 'b'] });
    expect(withoutTie.get('a')).toBe(withoutTie.get('b'));
    expect(withoutTie.get('a')).not.toBe(withoutTie.get('c'));
    expect(components(network, { cluster: 'c' }).has('c')).toBe(false);
  });

  it('names who a removal cuts off from the largest piece left', () => {
    expect(cutOffBy(network, { cluster: 'c' })).toEqual(['d', 'e']);
    expect(cutOffBy(network, { tie: ['a', 'b'] })).toEqual(['a']);
    expect(cutOffBy(network, { cluster: 'x' })).toEqual([]);
  });

  it('names who loses every chain to the other side, and no one who still has one', () => {
    const sides = { left: new Set(['a', 'b']), right: new Set(['d', 'e', 'x']) };
    expect(cutOffBetween(network, sides, { cluster: 'c' })).toEqual(['a', 'b', 'd', 'e']);
    expect(cutOffBetween(network, sides, { tie: ['c', 'd'] })).toEqual(['d']);
    // x never reached the other side: it is not cut off by anything.
    expect(cutOffBetween(network, sides, { tie: ['a', 'b'] })).toEqual(['a']);
  });

  it("names each side's only member in a part that holds the other side too", () => {
    // b is the left's only member in the part a..e, which holds the right's a, d, e; x's part has none of the right.
    const sides = { left: new Set(['b', 'x']), right: new Set(['a', 'd', 'e']) };
    expect(aloneForTheirSide(network, sides)).toEqual(['b']);
    expect(aloneForTheirSide(network, { left: new Set(['a', 'b']), right: new Set(['d', 'e', 'x']) })).toEqual([]);
    expect(aloneForTheirSide(network, { left: new Set(['a']), right: new Set(['e']) })).toEqual(['a', 'e']);
  });

  it('normalises betweenness by the pairs of other clusters', () => {
    expect(normaliseBetweenness(3, 4)).toBe(1);
    expect(normaliseBetweenness(1.5, 4)).toBe(0.5);
    expect(normaliseBetweenness(0, 2)).toBe(0);
  });

  it('numbers communities by size, leaving untied clusters out', () => {
    const raw = new Map([
      ['a', 7],
      ['b', 7],
      ['c', 3],
      ['d', 3],
      ['e', 3],
      ['z', 9],
    ]);
    const degree = new Map([...raw.keys()].map((id) => [id, id === 'z' ? 0 : 1]));
    expect(Object.fromEntries(numberCommunities(raw, degree))).toEqual({ a: 2, b: 2, c: 1, d: 1, e: 1, z: null });
  });
});
