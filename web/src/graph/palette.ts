import type { CountryInfo, SectorInfo } from './types';

// Colour-blind-friendly categorical palette (Okabe–Ito extended with Tableau tones): a key keeps
// its colour across filters because it is indexed by its place in the full, sorted key list.
export const PALETTE: readonly string[] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#8C6D31',
  '#7F3C8D',
  '#11A579',
  '#3969AC',
  '#E73F74',
  '#80BA5A',
  '#F2B701',
  '#A5AA99',
  '#008695',
  '#CF1C90',
];
export const UNKNOWN_COLOUR = '#9AA0A6';

export interface Swatch {
  key: string;
  label: string;
  colour: string;
}

/** A stable key → colour map over every key the data can have, not only the visible ones. */
export function makePalette(entries: readonly { key: string; label: string }[]): Map<string, Swatch> {
  const sorted = [...entries].sort((a, b) => a.key.localeCompare(b.key));
  return new Map(
    sorted.map((e, i) => [
      e.key,
      {
        key: e.key,
        label: e.label,
        colour: PALETTE[i % PALETTE.length] ?? UNKNOWN_COLOUR,
      },
    ]),
  );
}

/** Communities are numbered 1.. by size: the largest get the first, most distinct colours. */
export function communityPalette(communities: readonly number[]): Map<string, Swatch> {
  const sorted = [...new Set(communities)].sort((a, b) => a - b);
  return new Map(
    sorted.map((c, i) => [
      String(c),
      { key: String(c), label: `Community ${c}`, colour: PALETTE[i % PALETTE.length] ?? UNKNOWN_COLOUR },
    ]),
  );
}

/**
 * Okabe–Ito without its yellow and black, with a brown and a plum: eight hues that stay apart for
 * colour-blind readers. More than this many country colours cannot be told apart on a canvas.
 */
export const DISTINCT_COLOURS: readonly string[] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#8C6D31',
  '#7F3C8D',
];
export const OTHER_COLOUR = '#D3D7DD';
export const OTHER_COUNTRIES = 'Other countries';

/**
 * Colours per country. Given how many clusters each country holds in the graph, the countries
 * with the most get one distinct colour each and the rest share "Other countries": a key a reader
 * can use, and stable across filters because the counts are the whole graph's.
 */
export function countryPalette(
  countries: readonly CountryInfo[],
  clusters: ReadonlyMap<string, number>,
): Map<string, Swatch> {
  const ranked = [...countries].sort(
    (a, b) => (clusters.get(b.code) ?? 0) - (clusters.get(a.code) ?? 0) || a.code.localeCompare(b.code),
  );
  return new Map(
    ranked.map((c, i) => {
      const colour = DISTINCT_COLOURS[i];
      return [
        c.code,
        colour ? { key: c.code, label: c.name, colour } : { key: c.code, label: OTHER_COUNTRIES, colour: OTHER_COLOUR },
      ];
    }),
  );
}

/** Sectors are coloured by their top-level ancestor: a dozen colours read, a hundred do not. */
export function sectorRoots(sectors: readonly SectorInfo[]): Map<string, string> {
  const parent = new Map(sectors.map((s) => [s.id, s.parent?.id ?? null]));
  const roots = new Map<string, string>();
  for (const s of sectors) {
    let id = s.id;
    const seen = new Set<string>();
    for (let p = parent.get(id); p && !seen.has(p); p = parent.get(id)) {
      seen.add(id);
      id = p;
    }
    roots.set(s.id, id);
  }
  return roots;
}

export function sectorPalette(sectors: readonly SectorInfo[]): Map<string, Swatch> {
  const roots = new Set(sectorRoots(sectors).values());
  return makePalette(sectors.filter((s) => roots.has(s.id)).map((s) => ({ key: s.id, label: s.name })));
}
