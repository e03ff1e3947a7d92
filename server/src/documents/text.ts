import { fold } from '../graph/search/lucene.js';
import type { Span } from './types.js';

/**
 * The text as the rules read it: sentences with their offsets, and names found the way search
 * matches them (accents, case, hyphens and punctuation ignored), always mapped back to offsets
 * into the original string so that every excerpt is the document's own words.
 */

/** A name folded for comparison: "Aéro-Montréal" and "aero montreal" are the same key. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface Sentence extends Span {
  text: string;
  /** Sentences of one line (a paragraph or a list item) share it. */
  paragraph: number;
}

/**
 * Sentences, one line at a time: extracted web pages and PDFs put list items and table rows on
 * lines of their own, and a sentence never runs across a line break in them.
 */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  const lines = /[^\n]+/g;
  let paragraph = 0;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    paragraph += 1;
    // A full stop ends a sentence when a capital, a digit or a quote follows after a space;
    // "e.V. (DE)" and "z.s. (CZ)" are left whole: a parenthesis follows them, not a capital.
    const ends = /[.!?](?=\s+["“'‘]?[\p{Lu}\d])/gu;
    let from = 0;
    const push = (start: number, end: number) => {
      const raw = line[0].slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body.length === 0) return;
      const s = line.index + start + lead;
      result.push({ start: s, end: s + body.length, text: body, paragraph });
    };
    for (let end = ends.exec(line[0]); end; end = ends.exec(line[0])) {
      push(from, end.index + 1);
      from = end.index + 1;
    }
    push(from, line[0].length);
  }
  return result;
}

/** The text folded character by character, with the offset in the original of each folded one. */
export interface FoldedText {
  folded: string;
  origin: number[];
}

export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(code);
    const f = fold(char).replace(/[^\p{L}\p{N}]/gu, ' ');
    for (const c of f) {
      folded += c;
      origin.push(i);
    }
    if (char.length === 2) i += 1;
  }
  return { folded, origin };
}

/** Every occurrence of a name in the text, as whole words, whatever its accents, case or hyphens. */
export function findName(text: FoldedText, name: string, original: string): Span[] {
  const key = nameKey(name);
  if (key.length < 2) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${key.split(' ').map(escape).join(' +')}(?![\\p{L}\\p{N}])`, 'gu');
  const spans: Span[] = [];
  for (let m = pattern.exec(text.folded); m; m = pattern.exec(text.folded)) {
    const start = text.origin[m.index] ?? 0;
    const last = text.origin[m.index + m[0].length - 1] ?? start;
    const end = last + (original.codePointAt(last)! > 0xffff ? 2 : 1);
    spans.push({ start, end });
  }
  return spans;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
