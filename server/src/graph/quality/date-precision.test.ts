import { describe, expect, it } from 'vitest';
import { missingPart, unsupportedDates } from './date-precision.js';

describe('a date is no more precise than its excerpt', () => {
  it('accepts a date the excerpt gives at that precision', () => {
    expect(missingPart('2017-01-31', 'The agreement was signed on 31 January 2017 during the forum.')).toBeNull();
    expect(
      missingPart('2023-05-29', 'the third and last business mission will take place during 29 May-2 June 2023'),
    ).toBeNull();
    expect(missingPart('2018-06', 'Another trade mission to Québec was organised in June 2018.')).toBeNull();
    expect(missingPart('2013', 'Skywin and Aéro Montréal renewed their MoU in 2013')).toBeNull();
    expect(missingPart('2019-02', 'Interview with Emmanuelle Piron, Pôle Avenia, on 04/02/2019')).toBeNull();
  });

  it('names the part that the excerpt does not give', () => {
    expect(missingPart('2022-11-06', 'From the 06th to the 11th of November, 5 clusters')).toBe('year');
    expect(missingPart('2018-06', 'a trade mission to Québec in 2018')).toBe('month');
    expect(missingPart('2018-06-12', 'a trade mission to Québec in June 2018')).toBe('day');
  });

  it('does not take a word that contains a month name for the month', () => {
    expect(missingPart('2018-03', 'marine renewable energy in 2018')).toBe('month');
  });

  it('is satisfied by any one excerpt, and reports the finest part the best excerpt reaches', () => {
    const fact = { label: 'Mission', id: 'm', excerpts: ['in June', 'in June 2018'], dates: { startsOn: '2018-06' } };
    expect(unsupportedDates(fact)).toEqual([]);
    const invented = { ...fact, excerpts: ['in 2018', 'somewhere'], dates: { startsOn: '2018-06-02', endsOn: null } };
    expect(unsupportedDates(invented)).toEqual([
      { label: 'Mission', id: 'm', field: 'startsOn', date: '2018-06-02', missing: 'month' },
    ]);
  });
});
