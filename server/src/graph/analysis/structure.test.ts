import { describe, expect, it } from 'vitest';
import {
  adjacencyOf,
  cutIndex,
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
  it('searches the network once: preorder, subtrees and how high each reaches', () => {
    const index = cutIndex(network);
    expect(index.order).toEqual(['a', 'b', 'c', 'd', 'e', 'x']);
    expect(index.size).toEqual([5, 4, 3, 1, 1, 1]);
    expect(index.parent).toEqual([-1, 0, 1, 2, 2, -1]);
    expect(index.root).toEqual([0, 0, 0, 0, 0, 5]);
  });

  it('names who a removal cuts off from the largest piece left', () => {
    const index = cutIndex(network);
    expect(cutOffBy(index, { cluster: 'c' })).toEqual(['d', 'e']);
    expect(cutOffBy(index, { tie: ['a', 'b'] })).toEqual(['a']);
    expect(cutOffBy(index, { cluster: 'x' })).toEqual([]);
    expect(cutOffBy(index, { cluster: 'a' })).toEqual([]);
  });

  it('cuts nothing off where a cycle holds the part together', () => {
    // a - b - c - a, and c - d: only c and the tie c - d cut anyone off.
    const index = cutIndex(
      adjacencyOf({
        nodes: ['a', 'b', 'c', 'd'],
        pairs: [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['c', 'd'],
        ],
      }),
    );
    expect(cutOffBy(index, { cluster: 'b' })).toEqual([]);
    expect(cutOffBy(index, { tie: ['a', 'b'] })).toEqual([]);
    expect(cutOffBy(index, { cluster: 'c' })).toEqual(['d']);
    expect(cutOffBy(index, { tie: ['d', 'c'] })).toEqual(['d']);
  });

  it('names who loses every chain to the other side, and no one who still has one', () => {
    const between = cutOffBetween(cutIndex(network), { left: new Set(['a', 'b']), right: new Set(['d', 'e', 'x']) });
    expect(between({ cluster: 'c' })).toEqual(['a', 'b', 'd', 'e']);
    expect(between({ tie: ['c', 'd'] })).toEqual(['d']);
    // x never reached the other side: it is not cut off by anything.
    expect(between({ tie: ['a', 'b'] })).toEqual(['a']);
  });

  it("cuts the other side off when a side's only member in a part goes, though it splits nothing", () => {
    // b is the left's only member in the part a..e; removing a leaf or b leaves the rest connected.
    const between = cutOffBetween(cutIndex(network), { left: new Set(['b', 'x']), right: new Set(['a', 'd', 'e']) });
    expect(between({ cluster: 'b' })).toEqual(['a', 'd', 'e']);
    expect(between({ cluster: 'e' })).toEqual([]);
    const leaves = cutOffBetween(cutIndex(network), { left: new Set(['a']), right: new Set(['e']) });
    expect(leaves({ cluster: 'e' })).toEqual(['a']);
    expect(leaves({ cluster: 'd' })).toEqual([]);
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
