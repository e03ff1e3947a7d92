/**
 * User text to a Lucene query for the `entity_search` index. Every word must match, either whole
 * (scored by relevance) or as a prefix (so that suggestions work while typing). Words are folded
 * the way the index's standard-folding analyzer folds them, because prefix (wildcard) terms are not
 * analysed; Lucene's special characters are escaped so that user text is never query syntax.
 */

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

/** The Lucene query for a user's text, or null when the text has no word to search for. */
export function toLuceneQuery(text: string): string | null {
  const terms = words(text).slice(0, 12);
  if (terms.length === 0) return null;
  return terms.map((term) => `+(${escapeLucene(term)}^2 OR ${escapeLucene(term)}*)`).join(' ');
}
