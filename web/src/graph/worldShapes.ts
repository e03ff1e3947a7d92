import { geoArea, geoCentroid } from 'd3-geo';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { mapPath, projection } from './projection.ts';

/**
 * The countries of the world atlas (Natural Earth via world-atlas), projected. Run by the build
 * (country-shapes.plugin.ts), not by the page: projecting them took 100–200 ms of the Map view's
 * main thread before its first picture.
 */

export interface CountryShape {
  /** ISO 3166-1 alpha-2, or null for the few shapes without a code (disputed areas). */
  code: string | null;
  name: string;
  d: string;
  /** Where a country's aggregate is drawn: the centre of its largest polygon (France, not French Guiana). */
  anchor: CountryAnchor | null;
}

/** A country's anchor, projected and as lon, lat: arcs start from the latter, never from an inverted projection. */
export interface CountryAnchor {
  x: number;
  y: number;
  lonLat: [number, number];
}

export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

function mainlandCentre(f: CountryFeature): [number, number] {
  if (f.geometry.type === 'Polygon') return geoCentroid(f);
  const largest = f.geometry.coordinates
    .map((rings) => ({ type: 'Polygon' as const, coordinates: rings }))
    .reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  return geoCentroid(largest);
}

/** Every country of the atlas, projected. */
export function projectCountries(topology: WorldTopology): CountryShape[] {
  return feature(topology, topology.objects.countries).features.map((f) => {
    const country = f as CountryFeature;
    const code = f.id == null ? null : (isoCountries.numericToAlpha2(String(f.id)) ?? null);
    const lonLat = mainlandCentre(country);
    const xy = projection(lonLat);
    return {
      code,
      name: country.properties.name,
      d: mapPath(country) ?? '',
      anchor: xy ? { x: xy[0], y: xy[1], lonLat } : null,
    };
  });
}
