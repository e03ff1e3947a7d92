import { describe, expect, it } from 'vitest';
import { comparePartialDates, isPartialDate, parsePartialDate, yearOf } from './partial-date.js';

describe('parsePartialDate', () => {
  it('keeps a year, a month or a day, and nothing more than the source gives', () => {
    expect(parsePartialDate('2007')).toEqual({ year: 2007 });
    expect(parsePartialDate('2018-06')).toEqual({ year: 2018, month: 6 });
    expect(parsePartialDate('2017-01-31')).toEqual({ year: 2017, month: 1, day: 31 });
  });

  it.each([
    '',
    '18',
    '2018-6',
    '2018-13',
    '2018-00',
    '2019-02-29',
    '2018-06-31',
    '2018/06',
    '2018-06-01T00:00',
    ' 2018',
  ])('rejects %j', (value) => {
    expect(parsePartialDate(value)).toBeNull();
    expect(isPartialDate(value)).toBe(false);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
  });

  it('gives the year of any precision', () => {
    expect(yearOf('2013-06-27')).toBe(2013);
    expect(yearOf('nonsense')).toBeNull();
  });
});

describe('comparePartialDates', () => {
  it('orders by the precision both dates share', () => {
    expect(comparePartialDates('2018', '2019')).toBeLessThan(0);
    expect(comparePartialDates('2018-07', '2018-06')).toBeGreaterThan(0);
    expect(comparePartialDates('2018', '2018-06')).toBe(0);
    expect(comparePartialDates('2023-05-29', '2023-06-02')).toBeLessThan(0);
  });

  it('refuses a value that is not a partial date', () => {
    expect(() => comparePartialDates('2018', 'June')).toThrow(/not a partial date: June/);
  });
});

describe('year zero (issue 11 item 5)', () => {
  it('rejects "0000" and any year before 1000 as a year, so a typo cannot date a fact to antiquity', () => {
    for (const value of ['0000', '0000-01', '0000-01-01', '0999']) {
      expect(parsePartialDate(value)).toBeNull();
      expect(isPartialDate(value)).toBe(false);
    }
    expect(parsePartialDate('1000')).toEqual({ year: 1000 });
  });
});
