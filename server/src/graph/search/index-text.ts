import { words } from './lucene.js';

/**
 * What the `entity_search` index reads beside name and acronym (the `aliasText` property): the
 * aliases, and two more spellings of every name, because the analyzer tokenizes otherwise than
 * people type and than the query splits words (lucene.ts):
 * - run together ("aeromontreal" for "Aéro Montréal"): the analyzer cannot split a run-together
 *   word back into the words it indexed;
 * - spaced where punctuation sits inside a word ("human technology styria" for "Human.technology
 *   Styria", "d excellence" for "d'excellence", "2 0" for "2.0"): the analyzer keeps such a word
 *   whole, while the query splits it at the punctuation.
 * Written by the seed loader and the write path alike.
 */
const INNER_PUNCTUATION = /[\p{L}\p{N}][.'’][\p{L}\p{N}]/u;

export function searchAliasText(entity: {
  name?: string | null;
  acronym?: string | null;
  aliases?: readonly string[] | null;
}): string | undefined {
  const aliases = entity.aliases ?? [];
  const spellings = new Set<string>();
  for (const value of [entity.name, entity.acronym, ...aliases]) {
    const parts = words(value ?? '');
    if (parts.length > 1) spellings.add(parts.join(''));
    if (value && INNER_PUNCTUATION.test(value)) spellings.add(parts.join(' '));
  }
  const text = [...aliases, ...spellings].join(' | ');
  return text === '' ? undefined : text;
}
