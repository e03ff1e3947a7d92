import { describe, expect, it } from 'vitest';
import { COUNTRY_SHAPES, countriesLayer, fitView, moveView, placesLayer, presenceShade, NO_PRESENCE } from './geo';
import type { GraphData } from './types';

const montreal = { name: 'Montréal', lat: 45.50884, lon: -73.58781 };
const graph: GraphData = {
  nodes: [
    { id: 'aero-montreal', label: 'Aéro Montréal', country: 'CA', sectors: [], degree: 2 },
    { id: 'medteq', label: 'MEDTEQ', country: 'CA', sectors: [], degree: 1 },
    { id: 'skywin', label: 'Skywin', country: 'BE', sectors: [], degree: 1 },
    { id: 'easme', label: 'EASME', country: 'EU', sectors: [], degree: 0 },
  ],
  edges: [
    { id: 'e1', source: 'aero-montreal', target: 'skywin', kind: 'AGREEMENT', via: ['a'], years: [2019], weight: 1 },
    { id: 'e2', source: 'aero-montreal', target: 'medteq', kind: 'MISSION', via: ['m'], years: [], weight: 1 },
  ],
};

describe('the map', () => {
  it('knows every country of the atlas by its ISO code', () => {
    const codes = new Set(COUNTRY_SHAPES.map((s) => s.code));
    for (const code of ['CA', 'FR', 'BE', 'US', 'DE']) expect(codes.has(code)).toBe(true);
  });

  it('puts a cluster at its city, one known by its country only in its country’s circle, and lists the rest', () => {
    const layer = placesLayer(graph, [
      { clusterId: 'aero-montreal', country: 'CA', point: montreal },
      { clusterId: 'medteq', country: 'CA', point: null, unplacedBecause: 'Québec is an area.' },
      { clusterId: 'skywin', country: 'BE', point: null, unplacedBecause: 'Wallonia is an area.' },
      { clusterId: 'easme', country: 'EU', point: null, unplacedBecause: 'Only its country is known.' },
    ]);
    expect(layer.clusters.map((c) => [c.id, c.place])).toEqual([['aero-montreal', 'Montréal']]);
    expect(layer.countryOnly.map((b) => [b.code, b.ids])).toEqual([
      ['CA', ['medteq']],
      ['BE', ['skywin']],
    ]);
    expect(layer.unplaced).toEqual([{ id: 'easme', label: 'EASME', reason: 'Only its country is known.' }]);
    // Both ties are arcs: Montréal to Belgium, and Montréal to Canada's circle.
    expect(layer.arcs.map((a) => [a.id, a.kind])).toEqual([
      ['e1', 'AGREEMENT'],
      ['e2', 'MISSION'],
    ]);
    expect(layer.arcs[0]!.d).toMatch(/^M[\d.-]+,[\d.-]+L/);
  });

  it('draws nothing for a cluster whose place has not arrived, rather than listing it as unplaceable', () => {
    const layer = placesLayer(graph, []);
    expect(layer.clusters).toHaveLength(0);
    expect(new Set([...layer.withoutCity, ...layer.unplaced].map((u) => u.reason))).toEqual(
      new Set(['Its place is being looked up.']),
    );
  });

  it('aggregates per country with links between them, and keeps groups without a shape apart', () => {
    const layer = countriesLayer(
      [
        { id: 'CA', label: 'Canada', clusters: 29 },
        { id: 'FR', label: 'France', clusters: 19 },
        { id: 'EU', label: 'European Union', clusters: 4 },
      ],
      [{ id: 'CA|FR', source: 'CA', target: 'FR', ties: 12 }],
    );
    expect(layer.aggregates.map((a) => a.code)).toEqual(['CA', 'FR']);
    expect(layer.unmapped.map((g) => g.id)).toEqual(['EU']);
    expect(layer.links).toHaveLength(1);
    // France's circle is in Europe (its mainland), not between it and French Guiana.
    const france = layer.aggregates.find((a) => a.code === 'FR')!;
    const canada = layer.aggregates.find((a) => a.code === 'CA')!;
    expect(france.x).toBeGreaterThan(canada.x + 200);
    // The link runs from one circle to the other.
    const points = [...layer.links[0]!.d.matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(points[0]![0]).toBeCloseTo(canada.x, 1);
    expect(points[0]![1]).toBeCloseTo(canada.y, 1);
    expect(points.at(-1)![0]).toBeCloseTo(france.x, 1);
    expect(points.at(-1)![1]).toBeCloseTo(france.y, 1);
  });

  it('shades countries by presence, none apart', () => {
    expect(presenceShade(0, 30)).toBe(NO_PRESENCE);
    expect(presenceShade(1, 30)).not.toBe(presenceShade(30, 30));
  });

  it('zooms within its bounds and frames points', () => {
    expect(moveView({ zoom: 32, lon: 0, lat: 0 }, { factor: 2 }).zoom).toBe(32);
    expect(moveView({ zoom: 1, lon: 0, lat: 0 }, { factor: 0.5 }).zoom).toBe(1);
    expect(moveView({ zoom: 2, lon: 0, lat: 0 }, { dx: 0.1 }).lon).toBeGreaterThan(0);
    expect(fitView([]).zoom).toBe(1);
    expect(
      fitView([
        { x: 100, y: 100 },
        { x: 200, y: 150 },
      ]).zoom,
    ).toBeGreaterThan(2);
  });
});
