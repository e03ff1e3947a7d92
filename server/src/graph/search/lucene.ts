/**
 * User text to a Lucene query for the `entity_search` index. Every word must match, either whole
 * (scored by relevance) or as a prefix (so that suggestions work while typing). Words are folded
 * the way the index's standard-folding analyzer folds them, because prefix (wildcard) terms are not
 * analysed; Lucene's special characters are escaped so that user text is never query syntax.
 * English stop words are not in the index (the analyzer drops them), so they are never required:
 * "Cluster of Applied Earth Sciences" must not ask for an "of" that no entry holds.
 */

/** The stop words of the index's analyzer (Lucene's English stop set). */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every character Lucene's query parser treats as syntax. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Lower-case, accents removed: what the index stores for "Montréal" is "montreal". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, folded; punctuation separates words, as in the index. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Whether a word may be left unmatched: a stop word, or a last word still being typed that could
 * become one ("f" of "for"), which no entry holds either.
 */
function optional(term: string, last: boolean): boolean {
  return STOP_WORDS.has(term) || (last && [...STOP_WORDS].some((stop) => stop.startsWith(term)));
}

/** The Lucene query for a user's text, or null when the text has no word to search for. */
export function toLuceneQuery(text: string): string | null {
  const terms = words(text).slice(0, 12);
  if (terms.length === 0) return null;
  const required = terms.map((term, i) => !optional(term, i === terms.length - 1));
  // Only stop words ("the"): search for them as prefixes of longer words rather than for nothing.
  const anyRequired = required.some(Boolean);
  return terms
    .map((term, i) => `${required[i] || !anyRequired ? '+' : ''}(${escapeLucene(term)}^2 OR ${escapeLucene(term)}*)`)
    .join(' ');
}
