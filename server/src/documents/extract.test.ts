import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { extractCandidates } from './extract.js';
import { sentences } from './text.js';
import type { KnownEntity } from './types.js';

const known: KnownEntity[] = [
  { id: 'ca', kind: 'COUNTRY', names: ['Canada'], country: 'CA' },
  { id: 'fr', kind: 'COUNTRY', names: ['France'], country: 'FR' },
  { id: 'montreal', kind: 'REGION', names: ['Montréal', 'Montreal'], country: 'CA' },
  { id: 'aero-montreal', kind: 'CLUSTER', names: ['Aéro Montréal', 'Aero Montreal'], country: 'CA' },
  { id: 'skywin', kind: 'CLUSTER', names: ['Skywin'], country: 'BE' },
  {
    id: 'mou-skywin-aero-montreal',
    kind: 'AGREEMENT',
    names: ['MoU'],
    parties: ['skywin', 'aero-montreal'],
    agreementKind: 'MOU',
  },
];

describe('extractCandidates', () => {
  const release =
    'MONTREAL, March 3, 2026 - Aero-Montreal and Lumen Valley (Lyon, France) signed a memorandum of understanding on aerospace photonics. The MoU will run until 2029.';

  it('recognises a known cluster whatever its accents and hyphens, and proposes the new one with its country', () => {
    const orgs = extractCandidates({ text: release }, known).filter((c) => c.kind === 'ORGANISATION');
    expect(orgs.map((o) => [o.name, o.match, o.country])).toEqual([
      ['Aero-Montreal', 'aero-montreal', 'CA'],
      ['Lumen Valley', undefined, 'FR'],
    ]);
  });

  it('proposes the agreement with its parties, status and dates at the precision the text gives', () => {
    const [agreement] = extractCandidates({ text: release }, known).filter((c) => c.kind === 'AGREEMENT');
    expect(agreement).toMatchObject({
      agreementKind: 'MOU',
      agreementStatus: 'SIGNED',
      startsOn: '2026-03-03',
      endsOn: '2029',
      parties: [{ name: 'Aero-Montreal', match: 'aero-montreal' }, { name: 'Lumen Valley' }],
    });
  });

  it('gives every candidate its excerpt verbatim at its offsets', () => {
    for (const candidate of extractCandidates({ text: release }, known)) {
      expect(release.slice(candidate.start, candidate.end)).toBe(candidate.excerpt);
    }
  });

  it('recognises an agreement the graph already holds instead of proposing it again', () => {
    const text = 'A MoU was signed between Skywin and Aéro Montréal.';
    const [agreement] = extractCandidates({ text }, known).filter((c) => c.kind === 'AGREEMENT');
    expect(agreement?.match).toBe('mou-skywin-aero-montreal');
  });

  it('keeps a planned agreement planned, without a signing date', () => {
    const text = 'Skywin and the Canadian Geothermal Association (CANGEA) plan to sign a partnership in June 2019.';
    const [agreement] = extractCandidates({ text }, known).filter((c) => c.kind === 'AGREEMENT');
    expect(agreement).toMatchObject({
      agreementStatus: 'PLANNED',
      parties: [{ name: 'Skywin', match: 'skywin' }, { name: 'Canadian Geothermal Association' }],
    });
    expect(agreement?.startsOn).toBeUndefined();
  });

  it('proposes an agreement updated on a later date as a second one', () => {
    const text =
      'First signed in 2007, the Memorandum of Understanding between Skywin and Lumen Valley was updated in 2013.';
    const agreements = extractCandidates({ text }, known).filter((c) => c.kind === 'AGREEMENT');
    expect(agreements.map((a) => a.startsOn)).toEqual(['2007', '2013']);
  });

  it('takes the partnership a paragraph is about as the side the text leaves unnamed', () => {
    const text =
      'GEO Europe gathers three European clusters: Alpha Cluster (FR), Beta Park (FI) and Gamma (SE). It was approached by the Canadian Geothermal Association (CANGEA). The two parties plan to sign a partnership.';
    const [agreement] = extractCandidates({ text }, known).filter((c) => c.kind === 'AGREEMENT');
    expect(agreement).toMatchObject({ agreementStatus: 'PLANNED', partnership: 'GEO Europe' });
    expect(agreement?.parties.map((p) => p.name)).toEqual(['Canadian Geothermal Association']);
  });

  it('splits one sentence that states two missions, each with its own dates and place', () => {
    const text =
      'Two business missions took place in 2023: the first 20-24 February to Singapore and the second 20-24 March to Montreal.';
    const missions = extractCandidates({ text }, known).filter((c) => c.kind === 'MISSION');
    expect(missions.map((m) => [m.startsOn, m.endsOn, m.places])).toEqual([
      ['2023-02-20', '2023-02-24', ['Singapore']],
      ['2023-03-20', '2023-03-24', ['Montréal']],
    ]);
  });

  it('proposes missions dated without a year undated, each with the places nearest to it', () => {
    const text =
      'This will be our third mission after our mission to Singapore in May and the mission to Montreal in September.';
    const missions = extractCandidates({ text, publishedOn: '2022-10-01' }, known).filter((c) => c.kind === 'MISSION');
    expect(missions.map((m) => [m.startsOn ?? null, m.places])).toEqual([
      [null, ['Singapore']],
      [null, ['Montréal']],
    ]);
  });

  it('lists the members of a partnership the paragraph names', () => {
    const text =
      'PIMAP Partnership, launched in 2018, gathers three European clusters: Alpha Cluster (FR), Beta Park (FI) and Gamma (SE).';
    const [partnership] = extractCandidates({ text }, known).filter((c) => c.kind === 'PARTNERSHIP');
    expect(partnership?.name).toBe('PIMAP Partnership');
    expect(partnership?.parties.map((p) => p.name)).toEqual(['Alpha Cluster', 'Beta Park', 'Gamma']);
  });
});

describe('findDates', () => {
  const dates = (text: string) => findDates(text, { offset: 0 }).map((d) => [d.startsOn ?? null, d.endsOn ?? null]);

  it('never makes a date more precise than the text', () => {
    expect(dates('First signed in 2007, it was updated in February 2013.')).toEqual([
      ['2007', null],
      ['2013-02', null],
    ]);
    expect(dates('The agreement was signed on 31 January 2017.')).toEqual([['2017-01-31', null]]);
    expect(dates('The mission runs 29 May-2 June 2023.')).toEqual([['2023-05-29', '2023-06-02']]);
    expect(dates('See https://example.org/2014/04/release.pdf')).toEqual([]);
  });

  it('finds a day or month without a year but gives it no date', () => {
    const [november] = findDates('From the 06th to the 11th of November, the delegation visits.', { offset: 0 });
    expect(november).toEqual({ start: 5, end: 37, withoutYear: '--11-06' });
    expect(dates('The cluster visited Lyon in May.')).toEqual([[null, null]]);
  });

  it('takes a year only from the sentence that frames the day or month, never from another year', () => {
    expect(dates('Three missions took place in 2023, the first 20-24 February.')).toEqual([
      ['2023', null],
      ['2023-02-20', '2023-02-24'],
    ]);
    // Two years in the sentence: which one "in May" belongs to is not written.
    expect(dates('Signed in 2015 and renewed in 2019, it led to a mission in May.')).toEqual([
      ['2015', null],
      ['2019', null],
      [null, null],
    ]);
    // A year after the day and month is another fact's.
    expect(dates('The visit in May followed the agreement of 2019.')).toEqual([
      [null, null],
      ['2019', null],
    ]);
  });
});

describe('sentences', () => {
  it('does not end a sentence at a legal form followed by a country code', () => {
    expect(
      sentences('Members: GeoEnergy Celle e.V. (DE), Nanoprogress z.s. (CZ). Next one.').map((s) => s.text),
    ).toEqual(['Members: GeoEnergy Celle e.V. (DE), Nanoprogress z.s. (CZ).', 'Next one.']);
  });
});
