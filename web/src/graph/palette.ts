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

export function countryPalette(countries: readonly CountryInfo[]): Map<string, Swatch> {
  return makePalette(countries.map((c) => ({ key: c.code, label: c.name })));
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
