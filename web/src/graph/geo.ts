import type { GeoPermissibleObjects } from 'd3-geo';
import shapes from 'virtual:country-shapes';
import { MAX_ZOOM, MIN_ZOOM, WORLD_VIEW, type MapView } from './mapView';
import { MAP_HEIGHT, MAP_WIDTH, mapPath as path, projection } from './projection';
import type { GraphData, TieKind } from './types';
import type { CountryAnchor, CountryShape } from './worldShapes';

/**
 * The Map view's pure part: the world's countries (Natural Earth via world-atlas, drawn offline),
 * where clusters and their ties go on it, and how they aggregate per country when zoomed out.
 * Points come from the server's gazetteer; nothing here guesses a position.
 */

export { MAP_HEIGHT, MAP_WIDTH, projection };
/** From this zoom on, clusters are drawn one by one at their cities; below, per country. */
export const PLACES_ZOOM = 2;

/** Every country of the world atlas, projected by the build. */
export const COUNTRY_SHAPES: readonly CountryShape[] = shapes;

/** The outline of the globe, for the sea. */
export const SPHERE_PATH = path({ type: 'Sphere' }) ?? '';

/** The great-circle arc between two points (lon, lat), projected. */
export function arcPath(from: readonly [number, number], to: readonly [number, number]): string {
  const line: GeoPermissibleObjects = { type: 'LineString', coordinates: [[...from], [...to]] };
  return path(line) ?? '';
}

export interface GeoPointData {
  name: string;
  lat: number;
  lon: number;
}

export interface ClusterPlaceData {
  clusterId: string;
  country?: string | null;
  region?: string | null;
  point?: GeoPointData | null;
  unplacedBecause?: string | null;
}

export interface PlacedCluster {
  id: string;
  label: string;
  country: string | null;
  /** The city's projected position. */
  x: number;
  y: number;
  /** Where on a ring around the city, in screen pixels at any zoom, when the city holds several clusters. */
  dx: number;
  dy: number;
  place: string;
}

export interface MapArc {
  id: string;
  kind: TieKind;
  d: string;
  source: string;
  target: string;
}

export interface UnplacedCluster {
  id: string;
  label: string;
  reason: string;
}

export interface CountryBubble {
  code: string;
  /** The clusters of the network known only by this country. */
  ids: string[];
  labels: string[];
  x: number;
  y: number;
}

export interface PlacesLayer {
  clusters: PlacedCluster[];
  /** Per country, the clusters whose city is not known: drawn as one circle at the country, never at a made-up point. */
  countryOnly: CountryBubble[];
  arcs: MapArc[];
  /** Clusters with no city and no country on the atlas (bodies of the EU, say), each with why. */
  unplaced: UnplacedCluster[];
  /** The clusters drawn at their country only, each with why. */
  withoutCity: UnplacedCluster[];
  /** Ties whose two ends are at one point (one city, one country) or not on the map: in the lists, not drawn. */
  undrawnTies: number;
}

/** How far apart, in screen pixels, the dots of one city's clusters are on their ring. */
const SPACING = 10;

/** Each country's anchor (its mainland's centre), by code. */
const ANCHORS: ReadonlyMap<string, CountryAnchor> = new Map(
  COUNTRY_SHAPES.flatMap((s) => (s.code && s.anchor ? [[s.code, s.anchor] as const] : [])),
);

/**
 * The network's clusters at their gazetteer points (or, without a known city, in one circle at
 * their country), and its ties as great-circle arcs between those.
 */
export function placesLayer(graph: GraphData, places: readonly ClusterPlaceData[]): PlacesLayer {
  const placeOf = new Map(places.map((p) => [p.clusterId, p]));
  const byPoint = new Map<string, { point: GeoPointData; ids: string[] }>();
  const byCountry = new Map<string, CountryBubble>();
  const unplaced: UnplacedCluster[] = [];
  const withoutCity: UnplacedCluster[] = [];
  /** Where each drawn cluster's ties start: lon, lat, and the key of the point it shares. */
  const ends = new Map<string, { lonLat: [number, number]; key: string }>();
  for (const node of graph.nodes) {
    const place = placeOf.get(node.id);
    if (place?.point) {
      const key = `${place.point.lat},${place.point.lon}`;
      const entry = byPoint.get(key) ?? { point: place.point, ids: [] };
      entry.ids.push(node.id);
      byPoint.set(key, entry);
      ends.set(node.id, { lonLat: [place.point.lon, place.point.lat], key });
      continue;
    }
    const reason = place ? (place.unplacedBecause ?? 'Its city is not known.') : 'Its place is being looked up.';
    const code = place?.country ?? node.country ?? null;
    const anchor = code ? ANCHORS.get(code) : undefined;
    if (!code || !anchor) {
      unplaced.push({ id: node.id, label: node.label, reason });
      continue;
    }
    withoutCity.push({ id: node.id, label: node.label, reason });
    const bubble = byCountry.get(code) ?? { code, ids: [], labels: [], x: anchor.x, y: anchor.y };
    bubble.ids.push(node.id);
    bubble.labels.push(node.label);
    byCountry.set(code, bubble);
    ends.set(node.id, { lonLat: anchor.lonLat, key: `country:${code}` });
  }
  const label = new Map(graph.nodes.map((n) => [n.id, n]));
  const clusters: PlacedCluster[] = [];
  for (const { point, ids } of byPoint.values()) {
    const centre = projection([point.lon, point.lat]);
    if (!centre) continue;
    ids.sort();
    ids.forEach((id, i) => {
      // Several clusters of one city on a small ring, in a stable order, so each can be picked.
      const angle = (2 * Math.PI * i) / ids.length;
      const r = ids.length > 1 ? Math.max(SPACING, (ids.length * SPACING) / (2 * Math.PI)) : 0;
      const node = label.get(id);
      clusters.push({
        id,
        label: node?.label ?? id,
        country: node?.country ?? null,
        x: centre[0],
        y: centre[1],
        dx: r * Math.cos(angle),
        dy: r * Math.sin(angle),
        place: point.name,
      });
    });
  }
  const arcs: MapArc[] = [];
  for (const edge of graph.edges) {
    const a = ends.get(edge.source);
    const b = ends.get(edge.target);
    if (!a || !b || a.key === b.key) continue;
    arcs.push({
      id: edge.id,
      kind: edge.kind,
      d: arcPath(a.lonLat, b.lonLat),
      source: edge.source,
      target: edge.target,
    });
  }
  const byLabel = (x: UnplacedCluster, y: UnplacedCluster) => x.label.localeCompare(y.label);
  return {
    clusters,
    countryOnly: [...byCountry.values()],
    arcs,
    unplaced: unplaced.sort(byLabel),
    withoutCity: withoutCity.sort(byLabel),
    undrawnTies: graph.edges.length - arcs.length,
  };
}

export interface CountryGroup {
  id: string;
  label: string;
  clusters: number;
}

export interface CountryLink {
  id: string;
  source: string;
  target: string;
  ties: number;
}

export interface CountryAggregate {
  code: string;
  label: string;
  clusters: number;
  x: number;
  y: number;
}

export interface CountriesLayer {
  aggregates: CountryAggregate[];
  links: (CountryLink & { d: string })[];
  /** Groups without a shape on the world atlas (the EU's bodies, clusters without a country). */
  unmapped: CountryGroup[];
}

/** Clusters and ties per country (the server's overview), at each country's mainland. */
export function countriesLayer(groups: readonly CountryGroup[], links: readonly CountryLink[]): CountriesLayer {
  const aggregates: CountryAggregate[] = [];
  const unmapped: CountryGroup[] = [];
  for (const g of groups) {
    const anchor = ANCHORS.get(g.id);
    if (anchor) aggregates.push({ code: g.id, label: g.label, clusters: g.clusters, x: anchor.x, y: anchor.y });
    else unmapped.push(g);
  }
  return {
    aggregates,
    links: links.flatMap((l) => {
      const a = ANCHORS.get(l.source);
      const b = ANCHORS.get(l.target);
      return a && b && l.source !== l.target ? [{ ...l, d: arcPath(a.lonLat, b.lonLat) }] : [];
    }),
    unmapped,
  };
}

/** Five shades from few to many clusters: how present the atlas is in each country. */
export const PRESENCE_SHADES = ['#dbe9f6', '#a6c8e4', '#6fa3cf', '#3b7db8', '#1a5593'] as const;
export const NO_PRESENCE = '#f1efe9';

/** The shade of a country with `clusters` when the most present one has `most`. */
export function presenceShade(clusters: number, most: number): string {
  if (clusters <= 0 || most <= 0) return NO_PRESENCE;
  // A log scale: a few clusters still show, and one big country does not flatten the rest.
  const step = Math.floor((Math.log1p(clusters) / Math.log1p(most)) * (PRESENCE_SHADES.length - 1));
  return PRESENCE_SHADES[Math.min(step, PRESENCE_SHADES.length - 1)] ?? NO_PRESENCE;
}

/** The SVG transform that shows `view`: its centre point in the middle, scaled by its zoom. */
export function viewTransform(view: MapView): string {
  const [cx, cy] = projection([view.lon, view.lat]) ?? [MAP_WIDTH / 2, MAP_HEIGHT / 2];
  return `translate(${MAP_WIDTH / 2} ${MAP_HEIGHT / 2}) scale(${view.zoom}) translate(${-cx} ${-cy})`;
}

/** The view moved by a fraction of the screen (keyboard arrows, drags) or zoomed by a factor. */
export function moveView(view: MapView, move: { dx?: number; dy?: number; factor?: number }): MapView {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom * (move.factor ?? 1)));
  const [cx, cy] = projection([view.lon, view.lat]) ?? [MAP_WIDTH / 2, MAP_HEIGHT / 2];
  const x = Math.min(MAP_WIDTH, Math.max(0, cx + ((move.dx ?? 0) * MAP_WIDTH) / view.zoom));
  const y = Math.min(MAP_HEIGHT, Math.max(0, cy + ((move.dy ?? 0) * MAP_HEIGHT) / view.zoom));
  const [lon, lat] = projection.invert?.([x, y]) ?? [view.lon, view.lat];
  return { zoom: round(zoom, 2), lon: round(lon, 2), lat: round(lat, 2) };
}

/** The view centred on a projected point at a zoom. */
export function viewAt(point: { x: number; y: number }, zoom: number): MapView {
  const [lon, lat] = projection.invert?.([point.x, point.y]) ?? [0, 0];
  return { zoom, lon: round(lon, 2), lat: round(lat, 2) };
}

/** The view that frames some projected points, for "fit". */
export function fitView(points: readonly { x: number; y: number }[]): MapView {
  if (points.length === 0) return WORLD_VIEW;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const zoom = Math.min(
    MAX_ZOOM,
    Math.max(MIN_ZOOM, 0.8 * Math.min(MAP_WIDTH / (x1 - x0 || 1), MAP_HEIGHT / (y1 - y0 || 1))),
  );
  const [lon, lat] = projection.invert?.([(x0 + x1) / 2, (y0 + y1) / 2]) ?? [0, 0];
  return { zoom: round(zoom, 2), lon: round(lon, 2), lat: round(lat, 2) };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
