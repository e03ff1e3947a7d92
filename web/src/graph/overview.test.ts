import { describe, expect, it } from 'vitest';
import { autoGrouping, ELEMENT_BUDGET, groupIdOf, omissionNote, overviewElements, overviewNote } from './overview';
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
