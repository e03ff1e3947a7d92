import { words } from './lucene.js';

/**
 * What the `entity_search` index reads beside name and acronym (the `aliasText` property): the
 * aliases, and every name written without its spaces and punctuation ("aeromontreal" for "Aéro
 * Montréal"), because people type names that way and the analyzer cannot split a run-together
 * word back into the words it indexed. Written by the seed loader and the write path alike.
 */
export function searchAliasText(entity: {
  name?: string | null;
  acronym?: string | null;
  aliases?: readonly string[] | null;
}): string | undefined {
  const aliases = entity.aliases ?? [];
  const compact = [entity.name, entity.acronym, ...aliases]
    .map((value) => words(value ?? ''))
    .filter((parts) => parts.length > 1)
    .map((parts) => parts.join(''));
  const text = [...aliases, ...new Set(compact)].join(' | ');
  return text === '' ? undefined : text;
}
