import { describe, expect, it } from 'vitest';
import { locateExcerpt } from './locate.js';

const TEXT = 'MoU signed between Aéro Montréal and Skywin,\nthe Aerospace cluster from Wallonia. First signed in 2008.';

describe('locateExcerpt', () => {
  it('finds an excerpt that wraps differently from the document', () => {
    const [span] = locateExcerpt(TEXT, 'Skywin, the Aerospace cluster');
    expect(span && TEXT.slice(span.start, span.end)).toBe('Skywin,\nthe Aerospace cluster');
  });

  it('gives one span per part of an excerpt that elides words with …', () => {
    const spans = locateExcerpt(TEXT, 'MoU signed between Aéro Montréal … First signed in 2008.');
    expect(spans.map((s) => TEXT.slice(s.start, s.end))).toEqual([
      'MoU signed between Aéro Montréal',
      'First signed in 2008.',
    ]);
  });

  it('finds a part quoted before an earlier one', () => {
    const spans = locateExcerpt(TEXT, 'First signed … Skywin');
    expect(spans.map((s) => TEXT.slice(s.start, s.end))).toEqual(['First signed', 'Skywin']);
  });

  it('places nothing when a part is not in the text, and treats regex characters as text', () => {
    expect(locateExcerpt(TEXT, 'Skywin … not in the document')).toEqual([]);
    expect(locateExcerpt('a (b) c.* d', '(b) c.*')).toEqual([{ start: 2, end: 9 }]);
  });
});
