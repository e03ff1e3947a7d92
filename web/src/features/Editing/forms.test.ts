import { describe, expect, it } from 'vitest';
import { EMPTY_CITATION, fieldOf, initialValues, problemsFrom, toWriteInput } from './forms';

const cited = { ...EMPTY_CITATION, source: { id: 'src', name: 'A source' }, excerpt: ' They signed. ' };

describe('the editing forms', () => {
  it('create an agreement: empty fields left out, parties by id, the citation of a stored source', () => {
    const values = {
      ...initialValues('Agreement', null),
      name: 'Pact',
      parties: [{ id: 'a', name: 'A' }],
      signedOn: '2024-06',
    };
    expect(toWriteInput({ kind: 'Agreement', id: null, values, citation: cited })).toEqual({
      problems: {},
      input: {
        name: 'Pact',
        agreementKind: 'MOU',
        status: 'SIGNED',
        parties: ['a'],
        signedOn: '2024-06',
        citations: [{ source: { id: 'src' }, excerpt: 'They signed.' }],
      },
    });
  });

  it('update: what the form shows is kept, an emptied optional field is cleared, lists replace', () => {
    const stored = {
      name: 'Pact',
      agreementKind: 'MOU',
      status: 'SIGNED',
      summary: 'Old',
      parties: [],
      sectors: [],
      partnership: { id: 'p', name: 'P' },
    };
    const values = { ...initialValues('Agreement', stored), summary: '', partnership: [] };
    const { input } = toWriteInput({ kind: 'Agreement', id: 'pact', values, citation: cited });
    expect(input).toMatchObject({ name: 'Pact', summary: null, partnership: null, sectors: [], signedOn: null });
  });

  it('a new source goes with its title, URL and only the details given; no source chosen is said before sending', () => {
    const fresh = {
      ...cited,
      mode: 'new' as const,
      title: 'Press release',
      url: 'https://example.org/pr',
      publisher: ' ',
    };
    const values = { ...initialValues('Cluster', null), name: 'C', countryCode: 'CA', foundedYear: 'soon' };
    expect(toWriteInput({ kind: 'Cluster', id: null, values, citation: fresh }).problems).toEqual({
      foundedYear: 'must be a whole number',
    });
    const ok = toWriteInput({ kind: 'Cluster', id: null, values: { ...values, foundedYear: '1999' }, citation: fresh });
    expect(ok.input?.['citations']).toEqual([
      { source: { new: { title: 'Press release', url: 'https://example.org/pr' } }, excerpt: 'They signed.' },
    ]);
    expect(toWriteInput({ kind: 'Cluster', id: null, values, citation: EMPTY_CITATION }).problems['source']).toMatch(
      /choose the source/,
    );
  });

  it('a partnership: target countries and sectors picked with the search box go by id, counts as numbers', () => {
    const stored = { name: 'ECERP', targets: [{ id: 'fr', name: 'France' }], sectors: [] };
    const values = { ...initialValues('Partnership', stored), partnerCount: '12' };
    expect(toWriteInput({ kind: 'Partnership', id: 'ecerp', values, citation: cited }).input).toMatchObject({
      name: 'ECERP',
      targets: ['fr'],
      sectors: [],
      partnerCount: 12,
      acronym: null,
    });
  });

  it("puts the API's problems beside their fields, and the rest on the form", () => {
    const error = {
      message: '[GraphQL] refused',
      graphQLErrors: [
        {
          message: 'refused',
          extensions: {
            problems: [
              { field: 'parties', message: 'an agreement needs at least two distinct parties' },
              { field: 'citations.0.source.new.url', message: 'must be an http:// or https:// URL' },
              { field: 'citations.0.excerpt', message: 'must not be blank' },
              { field: 'somewhere', message: 'odd' },
            ],
          },
        },
      ],
    };
    expect(problemsFrom(error, ['parties', 'source.url', 'excerpt'])).toEqual({
      parties: 'an agreement needs at least two distinct parties',
      'source.url': 'must be an http:// or https:// URL',
      excerpt: 'must not be blank',
      form: 'somewhere: odd',
    });
    expect(problemsFrom({ message: '[GraphQL] Unexpected answer' }, [])).toEqual({ form: 'Unexpected answer' });
    // No answer at all: the write may be saved, and saving again is safe (the same Idempotency-Key).
    const lost = { message: '[Network] Failed to fetch', networkError: new TypeError('Failed to fetch') };
    expect(problemsFrom(lost, []).form).toMatch(/may have been saved\. Save again: it will be saved once/);
    expect(fieldOf('parties.1')).toBe('parties');
  });
});
