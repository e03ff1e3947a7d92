/**
 * Where a cited excerpt sits in its document. Excerpts are copied verbatim but may elide words
 * with "…" and may wrap differently (the documents were extracted from PDFs and web pages), so
 * each part is matched with any run of whitespace standing for any other. Pure: unit-tested on strings.
 */

export interface TextSpan {
  start: number;
  end: number;
}

const ELISION = '…';

function partPattern(part: string): RegExp {
  const words = part.split(/\s+/).filter(Boolean);
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
}

function find(text: string, part: string, from: number): TextSpan | null {
  const pattern = partPattern(part);
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/**
 * The spans of the excerpt's parts in `text`, in order; each part is looked for after the previous
 * one first, then anywhere (an excerpt may quote a later sentence before an earlier one). Empty
 * when a part is not in the text: the excerpt is then shown without a place rather than misplaced.
 */
export function locateExcerpt(text: string, excerpt: string): TextSpan[] {
  const parts = excerpt
    .split(ELISION)
    .map((p) => p.trim())
    .filter(Boolean);
  const spans: TextSpan[] = [];
  let from = 0;
  for (const part of parts) {
    const span = find(text, part, from) ?? find(text, part, 0);
    if (!span) return [];
    spans.push(span);
    from = span.end;
  }
  return spans;
}
