/**
 * A document cut into runs of text for display: each run carries the passages (excerpts) that
 * cover it, so overlapping excerpts highlight correctly. Pure: no React.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  text: string;
  /** Indexes of the passages covering this run, ascending; empty for plain text. */
  passages: number[];
  /** Passages whose first span starts here: the anchor a passage's "in the text" link goes to. */
  starts: number[];
}

export function segmentText(text: string, passages: readonly { spans: readonly Span[] }[]): Segment[] {
  const cuts = new Set([0, text.length]);
  passages.forEach((p) =>
    p.spans.forEach((s) => {
      cuts.add(Math.max(0, Math.min(text.length, s.start)));
      cuts.add(Math.max(0, Math.min(text.length, s.end)));
    }),
  );
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering: number[] = [];
    const starts: number[] = [];
    passages.forEach((p, index) => {
      if (p.spans.some((s) => s.start <= start && end <= s.end)) covering.push(index);
      if (p.spans[0]?.start === start) starts.push(index);
    });
    segments.push({ start, text: text.slice(start, end), passages: covering, starts });
  }
  return segments;
}
