import { COUNTRIES, PLACES, countryOfCode } from './gazetteer.js';
import { findName, nameKey, type FoldedText } from './text.js';
import type { KnownEntity, Span } from './types.js';

/**
 * Places: the graph's countries and regions (with their aliases) and the bundled gazetteer, one
 * lookup. The rules use it both ways: a place is never an organisation, and a place in or beside
 * an organisation's name gives its country.
 */

export interface Place {
  name: string;
  country: string;
  /** The graph's region or country id, when the graph knows the place. */
  id?: string;
  kind: 'COUNTRY' | 'REGION';
}

export interface PlaceMention extends Span {
  place: Place;
}

export class Places {
  private readonly byKey = new Map<string, Place>();
  private readonly adjectives = new Map<string, string>();
  private readonly sectors = new Set<string>();

  constructor(known: KnownEntity[]) {
    for (const country of COUNTRIES) {
      for (const name of country.names) this.add({ name, country: country.code, kind: 'COUNTRY' });
      for (const adjective of country.adjectives) this.adjectives.set(nameKey(adjective), country.code);
    }
    for (const place of PLACES) this.add({ name: place.name, country: place.country, kind: 'REGION' });
    for (const entity of known) {
      if (entity.kind === 'SECTOR') for (const name of entity.names) this.sectors.add(nameKey(name));
      if ((entity.kind !== 'COUNTRY' && entity.kind !== 'REGION') || entity.country === undefined) continue;
      // Every alias finds the place; the place keeps the graph's own name.
      const place: Place = { name: entity.names[0]!, country: entity.country, id: entity.id, kind: entity.kind };
      for (const alias of entity.names) this.add(place, { key: alias, replace: true });
    }
  }

  private add(place: Place, options: { key?: string; replace?: boolean } = {}): void {
    const { replace = false } = options;
    const key = nameKey(options.key ?? place.name);
    if (key.length < 2 || (!replace && this.byKey.has(key))) return;
    // Two-letter keys ("CA", "UK") are codes, not names a sentence uses for a place.
    if (key.length === 2 && key !== 'uk') return;
    this.byKey.set(key, place);
  }

  /** The place a name is, or undefined. */
  lookup(name: string): Place | undefined {
    return this.byKey.get(nameKey(name).replace(/^the /, ''));
  }

  /** True when the name is a sector the graph knows ("Manufacturing", "ICT"). */
  isSector(name: string): boolean {
    return this.sectors.has(nameKey(name));
  }

  /** The country a code in parentheses stands for: "(FR)", "(B)", "(UK)". */
  countryOfCodeText(code: string): string | undefined {
    return countryOfCode(code);
  }

  /** The country a demonym or regional adjective implies ("French", "Basque"). */
  countryOfAdjective(word: string): string | undefined {
    return this.adjectives.get(nameKey(word));
  }

  /** Every place named in the text, longest names first, never overlapping. */
  findAll(text: FoldedText, original: string): PlaceMention[] {
    const found: PlaceMention[] = [];
    const keys = [...this.byKey.entries()].sort((a, b) => b[0].length - a[0].length);
    for (const [key, place] of keys) {
      for (const span of findName(text, key, original)) {
        if (found.some((f) => span.start < f.end && f.start < span.end)) continue;
        found.push({ ...span, place });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /** The country a name implies through a place or adjective in it ("Aerospace Cluster of Wallonia"). */
  countryInName(name: string): string | undefined {
    const words = nameKey(name).split(' ');
    for (let size = words.length; size >= 1; size -= 1) {
      for (let at = 0; at + size <= words.length; at += 1) {
        const phrase = words.slice(at, at + size).join(' ');
        const place = this.byKey.get(phrase);
        if (place) return place.country;
        const adjective = size === 1 ? this.adjectives.get(phrase) : undefined;
        if (adjective) return adjective;
      }
    }
    return undefined;
  }
}
