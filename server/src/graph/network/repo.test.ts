import { describe, expect, it } from 'vitest';
import { countTiedPairs, toNetwork, type NodeRow, type ViaRow } from './repo.js';

const node = (id: string): NodeRow => ({ id, name: id.toUpperCase(), countryCode: 'FR', sectors: [] });
const via = (id: string, members: string[], more: Partial<ViaRow> = {}): ViaRow => ({
  id,
  kind: 'AGREEMENT',
  year: null,
  pending: false,
  members,
  ...more,
});

describe('toNetwork', () => {
  it('pairs the clusters of each shared via: one edge per pair and kind, listing every via of that kind', () => {
    const network = toNetwork({
      nodes: ['c', 'a', 'b'].map(node),
      vias: [
        via('agr-2', ['b', 'a'], { year: 2019 }),
        via('agr-1', ['a', 'b', 'c'], { year: 2017 }),
        via('mis-1', ['c', 'a'], { kind: 'MISSION', year: 2017 }),
      ],
    });
    expect(network.edges).toEqual([
      {
        id: 'AGREEMENT:a:b',
        source: 'a',
        target: 'b',
        kind: 'AGREEMENT',
        via: ['agr-1', 'agr-2'],
        years: [2017, 2019],
        weight: 2,
        planned: false,
      },
      {
        id: 'AGREEMENT:a:c',
        source: 'a',
        target: 'c',
        kind: 'AGREEMENT',
        via: ['agr-1'],
        years: [2017],
        weight: 1,
        planned: false,
      },
      {
        id: 'AGREEMENT:b:c',
        source: 'b',
        target: 'c',
        kind: 'AGREEMENT',
        via: ['agr-1'],
        years: [2017],
        weight: 1,
        planned: false,
      },
      {
        id: 'MISSION:a:c',
        source: 'a',
        target: 'c',
        kind: 'MISSION',
        via: ['mis-1'],
        years: [2017],
        weight: 1,
        planned: false,
      },
    ]);
    expect(network.nodes.map((n) => [n.id, n.degree])).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 2],
    ]);
  });

  it('draws a tie as planned only when every agreement behind it is pending', () => {
    const network = toNetwork({
      nodes: ['a', 'b', 'c'].map(node),
      vias: [
        via('agr-1', ['a', 'b'], { pending: true }),
        via('agr-2', ['a', 'b']),
        via('agr-3', ['b', 'c'], { pending: true }),
      ],
    });
    expect(network.edges.map((e) => [e.id, e.planned])).toEqual([
      ['AGREEMENT:a:b', false],
      ['AGREEMENT:b:c', true],
    ]);
  });

  it('leaves a cluster with no shared via untied, and an empty answer empty', () => {
    expect(toNetwork({ nodes: [node('a')], vias: [] })).toEqual({
      nodes: [{ id: 'a', label: 'A', entityKind: 'CLUSTER', country: 'FR', sectors: [], degree: 0 }],
      edges: [],
      omittedClusters: 0,
      omittedTies: 0,
    });
    expect(toNetwork(undefined).edges).toEqual([]);
  });
});

describe('countTiedPairs', () => {
  it('counts each pair of clusters once, however many vias they share, and no cluster with itself', () => {
    expect(countTiedPairs([[10, 20], [20, 10, 30], [40, 40], [30]])).toBe(3);
    expect(countTiedPairs([])).toBe(0);
  });
});
