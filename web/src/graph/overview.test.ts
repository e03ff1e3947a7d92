import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { layoutOptions } from './layout';
import {
  autoGrouping,
  ELEMENT_BUDGET,
  groupIdOf,
  omissionNote,
  overviewElements,
  overviewNote,
  ringOf,
} from './overview';
import { makePalette } from './palette';

const overview = {
  clusters: 3000,
  ties: 9000,
  groups: [
    { id: 'FR', label: 'France', clusters: 2000, ties: 6000 },
    { id: 'CA', label: 'Canada', clusters: 1000, ties: 2000 },
  ],
  links: [{ id: 'CA|FR', source: 'CA', target: 'FR', ties: 1000 }],
};

describe('level of detail', () => {
  it('groups by country past the element budget only', () => {
    expect(autoGrouping({ clusters: 500, ties: ELEMENT_BUDGET - 500 })).toBe('clusters');
    expect(autoGrouping({ clusters: 500, ties: ELEMENT_BUDGET })).toBe('country');
  });

  it('draws a node per group and an edge per link, with ids no cluster can have', () => {
    const elements = overviewElements(overview, makePalette([{ key: 'FR', label: 'France' }]));
    const nodes = elements.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.id)).toEqual(['group:FR', 'group:CA']);
    expect(nodes[0]?.data['label']).toBe('France · 2,000');
    expect(elements.find((e) => e.group === 'edges')?.data).toMatchObject({ source: 'group:CA', target: 'group:FR' });
    expect(groupIdOf('group:FR')).toBe('FR');
    expect(groupIdOf('technomontreal')).toBeNull();
  });

  it('says what is aggregated and what a budget left out', () => {
    expect(overviewNote(overview, 'country')).toContain('3,000 clusters and 9,000 ties shown as 2 countries');
    expect(omissionNote({ nodes: [], omittedClusters: 0, omittedTies: 0 })).toBeNull();
    expect(omissionNote({ nodes: [1, 2], omittedClusters: 8, omittedTies: 30 })).toBe(
      'Showing the 2 most connected of 10 clusters: 8 more clusters and 30 ties left out.',
    );
  });
});

describe('the overview drawn in rings', () => {
  it('puts the largest group in the middle and the next 6, 12, 18 in rings around it', () => {
    expect([0, 1, 6, 7, 18, 19, 36].map(ringOf)).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });

  it('spreads 30 countries of distinct sizes over a few rings, not a column of one ring each', () => {
    const groups = Array.from({ length: 30 }, (_, i) => ({
      id: `C${i}`,
      label: `Country ${i}`,
      clusters: 1500 - i * 47,
      ties: 100,
    }));
    const links = groups.slice(1).map((g) => ({ id: `C0|${g.id}`, source: 'C0', target: g.id, ties: 10 }));
    const elements = overviewElements({ clusters: 30_000, ties: 3_000, groups, links }, makePalette([]));
    const cy = cytoscape({ headless: true, styleEnabled: true, elements });
    cy.layout(layoutOptions({ name: 'concentric', nodes: [] })).run();
    const xs = cy.nodes().map((n) => n.position('x'));
    const ys = cy.nodes().map((n) => n.position('y'));
    const middle = cy.getElementById('group:C0').position();
    // A column (the defect): every group at one x. Rings: as wide as they are tall, the largest at their centre.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.5 * (Math.max(...ys) - Math.min(...ys)));
    expect(middle.x).toBeCloseTo((Math.max(...xs) + Math.min(...xs)) / 2, 0);
  });
});
