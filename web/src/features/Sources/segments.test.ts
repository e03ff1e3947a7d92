import { describe, expect, it } from 'vitest';
import { segmentText } from './segments';

describe('segmentText', () => {
  it('cuts a text at every excerpt boundary, overlapping excerpts included', () => {
    const text = 'Skywin and Aéro Montréal signed a MoU in 2008.';
    const segments = segmentText(text, [{ spans: [{ start: 0, end: 24 }] }, { spans: [{ start: 11, end: 37 }] }]);
    expect(segments.map((s) => [s.text, s.passages])).toEqual([
      ['Skywin and ', [0]],
      ['Aéro Montréal', [0, 1]],
      [' signed a MoU', [1]],
      [' in 2008.', []],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.find((s) => s.starts.includes(1))?.start).toBe(11);
  });

  it('marks every span of an elided excerpt, and leaves a text without excerpts whole', () => {
    const segments = segmentText('abcdef', [
      {
        spans: [
          { start: 0, end: 1 },
          { start: 4, end: 6 },
        ],
      },
    ]);
    expect(segments.filter((s) => s.passages.length).map((s) => s.text)).toEqual(['a', 'ef']);
    expect(segmentText('plain', [])).toEqual([{ start: 0, text: 'plain', passages: [], starts: [] }]);
  });
});
