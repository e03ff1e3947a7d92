import { describe, expect, it } from 'vitest';
import { AtlasError } from '../../errors.js';
import {
  checkDateOrder,
  createAgreementInput,
  parseInput,
  slugify,
  updateAgreementInput,
  upsertClusterInput,
} from './inputs.js';

const citations = [{ source: { id: 'some-source' }, excerpt: 'They signed.' }];
const agreement = { name: 'A pact', agreementKind: 'MOU', status: 'SIGNED', parties: ['a', 'b'], citations };

/** The problems a refused input reports, as "field: message". */
function problems(work: () => unknown): string[] {
  try {
    work();
  } catch (error) {
    if (!(error instanceof AtlasError) || error.code !== 'BAD_USER_INPUT') throw error;
    return (error.extensions['problems'] as { field: string; message: string }[]).map(
      (p) => `${p.field}: ${p.message}`,
    );
  }
  throw new Error('the input was accepted');
}

describe('write inputs', () => {
  it('accepts a complete agreement and drops repeated parties', () => {
    const parsed = parseInput(createAgreementInput, { ...agreement, parties: ['a', 'b', 'a'], signedOn: '2018-06' });
    expect(parsed.parties).toEqual(['a', 'b']);
  });

  it('refuses an agreement with one party, or the same party twice', () => {
    expect(problems(() => parseInput(createAgreementInput, { ...agreement, parties: ['a'] }))).toEqual([
      'parties: an agreement needs at least two distinct parties: list two or more cluster ids',
    ]);
    expect(problems(() => parseInput(createAgreementInput, { ...agreement, parties: ['a', 'a'] }))[0]).toMatch(
      /at least two distinct parties/,
    );
  });

  it('refuses a write that names no source', () => {
    expect(problems(() => parseInput(createAgreementInput, { ...agreement, citations: [] }))[0]).toMatch(
      /^citations: name at least one source/,
    );
  });

  it('refuses a source given both as an id and as new, and a new source without an http URL', () => {
    const both = [{ source: { id: 'x', new: { title: 'T', url: 'https://example.org' } }, excerpt: 'e' }];
    expect(problems(() => parseInput(createAgreementInput, { ...agreement, citations: both }))[0]).toMatch(
      /exactly one of id/,
    );
    const ftp = [{ source: { new: { title: 'T', url: 'ftp://example.org/x' } }, excerpt: 'e' }];
    expect(problems(() => parseInput(createAgreementInput, { ...agreement, citations: ftp }))).toEqual([
      'citations.0.source.new.url: must be an http:// or https:// URL',
    ]);
  });

  it('names every bad field at once: a bad date, a bad slug, a blank name', () => {
    const found = problems(() =>
      parseInput(createAgreementInput, { ...agreement, id: 'Not A Slug', name: '  ', signedOn: '2018-13' }),
    );
    expect(found).toEqual([
      'id: must be a slug: lower-case letters and digits joined by single hyphens, such as "aero-montreal"',
      'name: must not be blank',
      'signedOn: must be a partial date: 2007, 2018-06 or 2017-01-31',
    ]);
  });

  it('lets an update clear optional fields with null but not required ones', () => {
    expect(parseInput(updateAgreementInput, { summary: null, citations }, ['name']).summary).toBeNull();
    expect(problems(() => parseInput(updateAgreementInput, { name: null, citations }, ['name']))).toEqual([
      'name: cannot be cleared: leave it out to keep the stored value',
    ]);
  });

  it('upper-cases a cluster country code and refuses one that is not two letters', () => {
    expect(parseInput(upsertClusterInput, { countryCode: 'ca', citations }).countryCode).toBe('CA');
    expect(problems(() => parseInput(upsertClusterInput, { countryCode: 'CAN', citations }))[0]).toMatch(
      /^countryCode: must be an ISO 3166-1 alpha-2 code/,
    );
  });
});

describe('checkDateOrder', () => {
  const order = (start: string | null, end: string | null) => () =>
    checkDateOrder({ start, end, startField: 'signedOn', endField: 'endsOn' });

  it('accepts ordered dates, shared precision and missing ends', () => {
    for (const [start, end] of [
      ['2017', '2018'],
      ['2018', '2018-06'],
      ['2018-06-30', '2018-07'],
      ['2018', null],
      [null, '2018'],
    ] as const) {
      expect(order(start, end)).not.toThrow();
    }
  });

  it('refuses a start after the end, naming both', () => {
    expect(problems(order('2019-02', '2018'))).toEqual([
      'endsOn: 2018 is before signedOn 2019-02: the end must not be before the start',
    ]);
  });
});

describe('slugify', () => {
  it('folds accents, joins words with hyphens and trims', () => {
    expect(slugify('  Aéro Montréal – CRIAQ MoU (2019)! ')).toBe('aero-montreal-criaq-mou-2019');
    expect(slugify('¡¿')).toBe('');
  });
});
