import { describe, expect, it } from 'vitest';
import { segments } from './highlight';

describe('segments', () => {
  it('cuts the text at every excerpt boundary and keeps overlapping candidates on each stretch', () => {
    const text = 'Aero and Lumen signed an MoU. Then nothing.';
    const result = segments(text, [
      { id: 'agreement', start: 0, end: 29 },
      { id: 'org', start: 9, end: 14 },
    ]);
    expect(result.map((s) => [s.text, s.ids])).toEqual([
      ['Aero and ', ['agreement']],
      ['Lumen', ['agreement', 'org']],
      [' signed an MoU.', ['agreement']],
      [' Then nothing.', []],
    ]);
    expect(result.map((s) => s.text).join('')).toBe(text);
  });

  it('ignores offsets outside the text', () => {
    expect(segments('abc', [{ id: 'x', start: 2, end: 9 }])).toEqual([{ start: 0, end: 3, text: 'abc', ids: [] }]);
  });
});
