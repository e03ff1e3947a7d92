import { badInput } from '../../errors.js';

/**
 * Sides of a comparison, resolved from the filter to sets of country codes. Pure: the graph's
 * answer (which codes exist, which are in the EU) comes in as data, so this is unit-tested.
 */

export interface SideInput {
  countries?: readonly string[] | null;
  eu?: boolean | null;
}

/** What the graph knows about the codes and sectors a filter names. */
export interface FilterCheck {
  unknownCountries: string[];
  unknownSectors: string[];
  euCountries: string[];
}

export const DEFAULT_LEFT: SideInput = { eu: true };
export const DEFAULT_RIGHT: SideInput = { countries: ['CA'] };

const MAX_SIDE_COUNTRIES = 100;

/** Upper-case codes a side names explicitly; a malformed code is refused before any query. */
export function namedCodes(side: SideInput, field: string): string[] {
  const codes = side.countries ?? [];
  if (codes.length > MAX_SIDE_COUNTRIES)
    throw badInput(`\`${field}.countries\` takes at most ${MAX_SIDE_COUNTRIES} codes.`, `${field}.countries`);
  return codes.map((code) => {
    if (!/^[A-Za-z]{2}$/.test(code)) {
      throw badInput(
        `\`${field}.countries\`: "${code.slice(0, 20)}" is not an ISO 3166-1 alpha-2 code; use two letters such as CA or FR.`,
        `${field}.countries`,
      );
    }
    return code.toUpperCase();
  });
}

/** The country codes of one side: its named countries, plus every EU member when `eu` is true. */
export function sideCodes(side: SideInput, options: { field: string; euCountries: readonly string[] }): string[] {
  const codes = new Set(namedCodes(side, options.field));
  if (side.eu === true) for (const code of options.euCountries) codes.add(code);
  if (codes.size === 0) {
    throw badInput(
      `\`${options.field}\` is empty: name countries (\`countries: ["CA"]\`) or the EU bloc (\`eu: true\`).`,
      options.field,
    );
  }
  return [...codes].sort();
}

/** Both sides as code sets; refuses unknown codes and sectors, and sides that overlap. */
export function resolveSides(options: { left: SideInput; right: SideInput; check: FilterCheck }): {
  left: string[];
  right: string[];
} {
  const { check } = options;
  if (check.unknownCountries.length > 0) {
    throw badInput(
      `Unknown country codes: ${check.unknownCountries.join(', ')}. Use codes of countries in the graph (the \`countries\` query lists them).`,
      'filter',
    );
  }
  if (check.unknownSectors.length > 0) {
    throw badInput(
      `Unknown sector ids: ${check.unknownSectors.join(', ')}. Use ids from the \`sectors\` query.`,
      'filter.sectors',
    );
  }
  const left = sideCodes(options.left, { field: 'filter.left', euCountries: check.euCountries });
  const right = sideCodes(options.right, { field: 'filter.right', euCountries: check.euCountries });
  const overlap = left.filter((code) => right.includes(code));
  if (overlap.length > 0) {
    throw badInput(
      `The sides overlap on ${overlap.join(', ')}: a country can be on one side only. Remove it from one side.`,
      'filter',
    );
  }
  return { left, right };
}
