import { describe, expect, it } from 'vitest';
import { escapeLucene, toLuceneQuery, words } from './lucene.js';

describe('toLuceneQuery', () => {
  it('folds accents and case and makes every word required, whole or as a prefix', () => {
    expect(toLuceneQuery('Aéro Montréal')).toBe('+(aero^2 OR aero*) +(montreal^2 OR montreal*)');
  });

  it('never lets user text become query syntax', () => {
    const query = toLuceneQuery('C++ (AI) AND "x" OR y~ title:z* \\ /');
    expect(query).toBe(
      '+(c^2 OR c*) +(ai^2 OR ai*) (and^2 OR and*) +(x^2 OR x*) (or^2 OR or*) +(y^2 OR y*) +(title^2 OR title*) +(z^2 OR z*)',
    );
  });

  it('never requires a stop word, which the index does not hold', () => {
    expect(toLuceneQuery('Institute for Competitiveness')).toBe(
      '+(institute^2 OR institute*) (for^2 OR for*) +(competitiveness^2 OR competitiveness*)',
    );
    // While typing: "f" may become "for".
    expect(toLuceneQuery('Institute f')).toBe('+(institute^2 OR institute*) (f^2 OR f*)');
    expect(toLuceneQuery('the')).toBe('+(the^2 OR the*)');
  });

  it('returns null when there is no word', () => {
    expect(toLuceneQuery('  ?! ')).toBeNull();
  });

  it('splits on punctuation like the index', () => {
    expect(words('Pôle-Mer_Méditerranée')).toEqual(['pole', 'mer', 'mediterranee']);
  });
});

describe('escapeLucene', () => {
  it('escapes each special character', () => {
    expect(escapeLucene('a+b-c:(d)*?"e"\\/')).toBe('a\\+b\\-c\\:\\(d\\)\\*\\?\\"e\\"\\\\\\/');
  });
});
