import { describe, expect, it } from 'vitest';
import { FORCE_NODE_THRESHOLD, forcePositions, initialPosition } from '../../../../web/src/graph/forceLayout.js';
import type { GraphRecord, NetworkEdgeRecord, NetworkNodeRecord } from '../model.js';
import { layOutNetwork } from './layout.js';

const EU = new Map([
  ['FR', true],
  ['CA', false],
]);

function network(tied: number, untied = 0): GraphRecord {
  const node = (i: number): NetworkNodeRecord => ({
    id: `c${i}`,
    label: `Cluster ${i}`,
    entityKind: 'CLUSTER',
    country: i % 3 ? 'FR' : i % 5 ? 'CA' : null,
    sectors: [],
    degree: 2,
  });
  const nodes = Array.from({ length: tied + untied }, (_, i) => node(i));
  const edges = Array.from({ length: tied }, (_, i): NetworkEdgeRecord => ({
    id: `AGREEMENT:c${i}:c${(i * 7 + 1) % tied}`,
    source: `c${i}`,
    target: `c${(i * 7 + 1) % tied}`,
    kind: 'AGREEMENT',
    via: [],
    years: [],
    weight: 1,
    planned: false,
  }));
  return { nodes, edges };
}

describe('positions computed ahead', () => {
  it('leaves small networks to the browser', async () => {
    expect(await layOutNetwork(network(FORCE_NODE_THRESHOLD), EU)).toBeNull();
  });

  it('places the tied clusters of a large network where the layout worker would, EU left', async () => {
    const graph = network(FORCE_NODE_THRESHOLD + 40, 5);
    const positions = await layOutNetwork(graph, EU);
    expect(positions?.map((p) => p.id)).toEqual(graph.nodes.slice(0, FORCE_NODE_THRESHOLD + 40).map((n) => n.id));
    // The page's own computation, from the sides and start positions the page gives its worker.
    const side = (n: NetworkNodeRecord) => (n.country === 'FR' ? 'eu' : n.country === 'CA' ? 'non-eu' : 'unknown');
    const tied = graph.nodes.slice(0, FORCE_NODE_THRESHOLD + 40);
    const worker = forcePositions({
      nodes: tied.map((n) => ({ id: n.id, side: side(n), position: initialPosition(n.id, side(n)) })),
      edges: graph.edges,
    });
    for (const p of positions ?? []) {
      expect(p.x).toBeCloseTo(worker[p.id]!.x, 0);
      expect(p.y).toBeCloseTo(worker[p.id]!.y, 0);
    }
    const meanX = (country: string) => {
      const xs = (positions ?? []).filter((p) => graph.nodes.find((n) => n.id === p.id)?.country === country);
      return xs.reduce((sum, p) => sum + p.x, 0) / xs.length;
    };
    expect(meanX('FR')).toBeLessThan(meanX('CA'));
  });
});
