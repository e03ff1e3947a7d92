import { describe, expect, it } from 'vitest';
import { toElements } from './elements';
import { COUNTRIES, SECTORS } from './fixtures';
import { communityPalette, UNKNOWN_COLOUR } from './palette';
import type { GraphData } from './types';

// Two clusters with measures from the server's analysis, one without (not computed yet).
const GRAPH: GraphData = {
  nodes: [
    { id: 'a', label: 'A', country: 'FR', sectors: [], degree: 3, metrics: { betweenness: 0, community: 2 } },
    {
      id: 'b',
      label: 'B',
      country: 'CA',
      sectors: [],
      degree: 1,
      metrics: { betweenness: 0.5, community: 1, articulationPoint: true },
    },
    { id: 'c', label: 'C', country: 'CA', sectors: [], degree: 1, metrics: null },
  ],
  edges: [],
};

const elementsBy = (options: Partial<Parameters<typeof toElements>[1]>) =>
  new Map(
    toElements(GRAPH, {
      colourBy: 'community',
      countries: COUNTRIES,
      sectors: SECTORS,
      palette: communityPalette([1, 2]),
      ...options,
    }).map((e) => [e.data['id'] as string, e]),
  );

describe('structure on the canvas', () => {
  it('colours by community, and a cluster in none as unknown', () => {
    const els = elementsBy({});
    expect(els.get('b')?.data['colour']).toBe(communityPalette([1, 2]).get('1')?.colour);
    expect(els.get('a')?.data['colour']).not.toBe(els.get('b')?.data['colour']);
    expect(els.get('c')?.data['colour']).toBe(UNKNOWN_COLOUR);
  });

  it('sizes by betweenness when asked, by partners otherwise', () => {
    const byBrokerage = elementsBy({ sizeBy: 'betweenness' });
    expect(byBrokerage.get('b')?.data['size']).toBeGreaterThan(byBrokerage.get('a')?.data['size'] as number);
    const byDegree = elementsBy({});
    expect(byDegree.get('a')?.data['size']).toBeGreaterThan(byDegree.get('b')?.data['size'] as number);
  });

  it('marks single points of failure', () => {
    expect(elementsBy({}).get('b')?.classes).toContain('cut-point');
    expect(elementsBy({}).get('a')?.classes).not.toContain('cut-point');
  });
});
