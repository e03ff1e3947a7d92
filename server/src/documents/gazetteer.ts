/**
 * A small bundled gazetteer, written for this project from public facts (ISO 3166-1 codes and
 * English names, the international vehicle registration codes that European lists put in
 * parentheses, demonyms, and a few large cities): it lets the extractor tell a country or city
 * from an organisation and state an organisation's country when the text implies it. Places the
 * graph knows (regions with their aliases) are added to it at run time.
 */

export interface GazetteerCountry {
  code: string;
  names: string[];
  /** Adjectives and demonyms: "French cluster" implies France. */
  adjectives: string[];
  /** Other codes lists use in parentheses: vehicle codes ("B", "F", "D") and "UK". */
  codes?: string[];
}

export const COUNTRIES: GazetteerCountry[] = [
  { code: 'AT', names: ['Austria'], adjectives: ['Austrian'], codes: ['A'] },
  { code: 'BE', names: ['Belgium'], adjectives: ['Belgian', 'Walloon', 'Flemish'], codes: ['B'] },
  { code: 'BG', names: ['Bulgaria'], adjectives: ['Bulgarian'] },
  { code: 'HR', names: ['Croatia'], adjectives: ['Croatian'] },
  { code: 'CY', names: ['Cyprus'], adjectives: ['Cypriot'] },
  { code: 'CZ', names: ['Czechia', 'Czech Republic'], adjectives: ['Czech'] },
  { code: 'DK', names: ['Denmark'], adjectives: ['Danish'] },
  { code: 'EE', names: ['Estonia'], adjectives: ['Estonian'], codes: ['EST'] },
  { code: 'FI', names: ['Finland'], adjectives: ['Finnish'], codes: ['FIN'] },
  { code: 'FR', names: ['France'], adjectives: ['French'], codes: ['F'] },
  { code: 'DE', names: ['Germany'], adjectives: ['German'], codes: ['D'] },
  { code: 'GR', names: ['Greece'], adjectives: ['Greek'], codes: ['EL'] },
  { code: 'HU', names: ['Hungary'], adjectives: ['Hungarian'], codes: ['H'] },
  { code: 'IE', names: ['Ireland'], adjectives: ['Irish'], codes: ['IRL'] },
  { code: 'IT', names: ['Italy'], adjectives: ['Italian'], codes: ['I'] },
  { code: 'LV', names: ['Latvia'], adjectives: ['Latvian'] },
  { code: 'LT', names: ['Lithuania'], adjectives: ['Lithuanian'] },
  { code: 'LU', names: ['Luxembourg'], adjectives: [], codes: ['L'] },
  { code: 'MT', names: ['Malta'], adjectives: ['Maltese'], codes: ['M'] },
  { code: 'NL', names: ['Netherlands', 'the Netherlands', 'Holland'], adjectives: ['Dutch'] },
  { code: 'PL', names: ['Poland'], adjectives: ['Polish'] },
  { code: 'PT', names: ['Portugal'], adjectives: ['Portuguese'], codes: ['P'] },
  { code: 'RO', names: ['Romania'], adjectives: ['Romanian'] },
  { code: 'SK', names: ['Slovakia'], adjectives: ['Slovak'] },
  { code: 'SI', names: ['Slovenia'], adjectives: ['Slovenian'], codes: ['SLO'] },
  { code: 'ES', names: ['Spain'], adjectives: ['Spanish', 'Basque', 'Catalan', 'Galician'], codes: ['E'] },
  { code: 'SE', names: ['Sweden'], adjectives: ['Swedish'], codes: ['S'] },
  {
    code: 'GB',
    names: ['United Kingdom', 'UK', 'Great Britain', 'Scotland', 'England', 'Wales'],
    adjectives: ['British', 'Scottish'],
    codes: ['UK'],
  },
  { code: 'NO', names: ['Norway'], adjectives: ['Norwegian'], codes: ['N'] },
  { code: 'CH', names: ['Switzerland'], adjectives: ['Swiss'] },
  { code: 'TR', names: ['Turkey', 'Türkiye'], adjectives: ['Turkish'] },
  { code: 'CA', names: ['Canada'], adjectives: ['Canadian', 'Quebec', 'Québec', 'Ontario'] },
  { code: 'US', names: ['United States', 'USA', 'United States of America', 'America'], adjectives: ['American'] },
  { code: 'MX', names: ['Mexico'], adjectives: ['Mexican'] },
  { code: 'BR', names: ['Brazil'], adjectives: ['Brazilian'] },
  { code: 'CN', names: ['China'], adjectives: ['Chinese'] },
  { code: 'IN', names: ['India'], adjectives: ['Indian'] },
  { code: 'JP', names: ['Japan'], adjectives: ['Japanese'] },
  { code: 'KR', names: ['South Korea', 'Republic of Korea'], adjectives: ['Korean'] },
  { code: 'SG', names: ['Singapore'], adjectives: [] },
  { code: 'AE', names: ['United Arab Emirates', 'UAE'], adjectives: ['Emirati'] },
  { code: 'AU', names: ['Australia'], adjectives: ['Australian'] },
];

/** Large cities and regions that cluster documents name, with their country. */
export const PLACES: { name: string; country: string }[] = [
  { name: 'Toronto', country: 'CA' },
  { name: 'Montreal', country: 'CA' },
  { name: 'Ottawa', country: 'CA' },
  { name: 'Vancouver', country: 'CA' },
  { name: 'Calgary', country: 'CA' },
  { name: 'Quebec', country: 'CA' },
  { name: 'Ontario', country: 'CA' },
  { name: 'British Columbia', country: 'CA' },
  { name: 'Alberta', country: 'CA' },
  { name: 'New York', country: 'US' },
  { name: 'San Francisco', country: 'US' },
  { name: 'Boston', country: 'US' },
  { name: 'Paris', country: 'FR' },
  { name: 'Toulouse', country: 'FR' },
  { name: 'Lyon', country: 'FR' },
  { name: 'Brussels', country: 'BE' },
  { name: 'Wallonia', country: 'BE' },
  { name: 'Flanders', country: 'BE' },
  { name: 'Berlin', country: 'DE' },
  { name: 'Munich', country: 'DE' },
  { name: 'Madrid', country: 'ES' },
  { name: 'Barcelona', country: 'ES' },
  { name: 'Basque Country', country: 'ES' },
  { name: 'Lisbon', country: 'PT' },
  { name: 'Rome', country: 'IT' },
  { name: 'Milan', country: 'IT' },
  { name: 'Turin', country: 'IT' },
  { name: 'Amsterdam', country: 'NL' },
  { name: 'Copenhagen', country: 'DK' },
  { name: 'Stockholm', country: 'SE' },
  { name: 'Helsinki', country: 'FI' },
  { name: 'Vienna', country: 'AT' },
  { name: 'Warsaw', country: 'PL' },
  { name: 'London', country: 'GB' },
  { name: 'Guadalajara', country: 'MX' },
  { name: 'Mexico City', country: 'MX' },
  { name: 'Singapore', country: 'SG' },
  { name: 'Dubai', country: 'AE' },
  { name: 'Tokyo', country: 'JP' },
];

/** The country a code in parentheses stands for: ISO first, then the vehicle codes. */
export function countryOfCode(code: string): string | undefined {
  const upper = code.toUpperCase();
  if (COUNTRIES.some((country) => country.code === upper)) return upper;
  return COUNTRIES.find((country) => country.codes?.includes(upper))?.code;
}
