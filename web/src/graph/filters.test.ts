import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, relaxHints, sectorTree, shownCounts, toExpansionFilter, toNetworkFilter } from './filters';
import { NETWORK, SECTORS } from './fixtures';
import { pathSteps, pathText, tieLabel } from './path';

describe('filters to query variables', () => {
  it('sends nothing when nothing is filtered', () => {
    expect(toNetworkFilter(EMPTY_FILTERS)).toBeUndefined();
  });
  it('omits tie kinds when all are selected, and sorts lists so cache keys are stable', () => {
    expect(
      toNetworkFilter({
        countries: ['FR', 'CA'],
        sectors: [],
        tieKinds: ['PARTNERSHIP', 'AGREEMENT', 'MISSION'],
        fromYear: 2010,
        toYear: null,
        includePlanned: false,
      }),
    ).toEqual({ countries: ['CA', 'FR'], fromYear: 2010 });
    expect(toNetworkFilter({ ...EMPTY_FILTERS, tieKinds: ['MISSION', 'AGREEMENT'] })).toEqual({
      tieKinds: ['AGREEMENT', 'MISSION'],
    });
  });
  it('asks for planned and initiated agreements only when the switch is on', () => {
    expect(toNetworkFilter({ ...EMPTY_FILTERS, includePlanned: true })).toEqual({ includePlanned: true });
    expect(toNetworkFilter({ ...EMPTY_FILTERS, includePlanned: false })).toBeUndefined();
  });
  it('expands across countries and sectors but keeps tie kinds and years', () => {
    expect(
      toExpansionFilter({
        countries: ['CA'],
        sectors: ['health'],
        tieKinds: ['MISSION'],
        fromYear: null,
        toYear: 2020,
        includePlanned: true,
      }),
    ).toEqual({
      tieKinds: ['MISSION'],
      toYear: 2020,
      includePlanned: true,
    });
  });
  it('says which filters to relax', () => {
    const hints = relaxHints({
      countries: ['CA'],
      sectors: [],
      tieKinds: ['MISSION'],
      fromYear: 2030,
      toYear: null,
      includePlanned: false,
    });
    expect(hints[0]).toContain('2030');
    expect(hints.join(' ')).toContain('CA');
    expect(hints.join(' ')).toContain('mission');
    expect(relaxHints(EMPTY_FILTERS)).toEqual([]);
  });
});

describe('counts and sector tree', () => {
  it('counts what is shown, a sector including its subsectors', () => {
    const c = shownCounts(NETWORK, SECTORS);
    expect(c.clusters).toBe(5);
    expect(c.ties).toBe(4);
    expect(c.byCountry.get('CA')).toBe(2);
    expect(c.bySector.get('aerospace')).toBe(3);
    expect(c.bySector.get('drones')).toBe(1);
    expect(c.byTieKind.get('AGREEMENT')).toBe(2);
  });
  it('builds the sector tree', () => {
    const tree = sectorTree(SECTORS);
    expect(tree.map((t) => t.id)).toEqual(['aerospace', 'health']);
    expect(tree[0]?.children.map((t) => t.id)).toEqual(['drones']);
  });
});

describe('path steps', () => {
  const path = {
    nodes: NETWORK.nodes.filter((n) => ['skywin', 'aero-montreal', 'aerospace-valley'].includes(n.id)),
    edges: [NETWORK.edges[0]!, NETWORK.edges[1]!],
  };
  it('writes a path as steps with the kind and year of each tie', () => {
    const vias = new Map([
      [
        'mou-1',
        {
          id: 'mou-1',
          name: 'MoU',
          entityKind: 'AGREEMENT',
          agreementKind: 'MOU',
          signedOn: '2013-05',
        },
      ],
      [
        'mou-2',
        {
          id: 'mou-2',
          name: 'MoU',
          entityKind: 'AGREEMENT',
          agreementKind: 'MOU',
        },
      ],
    ]);
    const steps = pathSteps(path, vias);
    expect(steps).toHaveLength(2);
    expect(pathText(steps)).toBe('Skywin —MoU 2013— Aéro Montréal —MoU— Aerospace Valley');
  });
  it('falls back to the tie kind before the agreements are known, and finds reversed edges', () => {
    const reversed = {
      nodes: [...path.nodes].reverse(),
      edges: [...path.edges].reverse(),
    };
    expect(pathText(pathSteps(reversed))).toBe('Aerospace Valley —Agreement— Aéro Montréal —Agreement 2013— Skywin');
    expect(tieLabel(NETWORK.edges[2], { id: 'm', name: 'M', entityKind: 'MISSION' })).toBe('Mission 2018');
  });
});
