/**
 * The document cut at every candidate's start and end, so that each stretch knows which
 * candidates cover it: overlapping excerpts (an organisation and the agreement of the same
 * sentence) both stay visible and clickable.
 */

export interface Highlightable {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The candidates whose excerpt covers this stretch, in the order given. */
  ids: string[];
}

export function segments(text: string, candidates: readonly Highlightable[]): Segment[] {
  const valid = candidates.filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((c) => [c.start, c.end])])].sort((a, b) => a - b);
  const result: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const ids = valid.filter((c) => c.start <= start && end <= c.end).map((c) => c.id);
    result.push({ start, end, text: text.slice(start, end), ids });
  }
  return result;
}
