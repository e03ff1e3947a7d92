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

  it('lists the members of a partnership the paragraph names', () => {
    const text =
      'PIMAP Partnership, launched in 2018, gathers three European clusters: Alpha Cluster (FR), Beta Park (FI) and Gamma (SE).';
    const [partnership] = extractCandidates({ text }, known).filter((c) => c.kind === 'PARTNERSHIP');
    expect(partnership?.name).toBe('PIMAP Partnership');
    expect(partnership?.parties.map((p) => p.name)).toEqual(['Alpha Cluster', 'Beta Park', 'Gamma']);
  });
});

describe('findDates', () => {
  it('never makes a date more precise than the text', () => {
    const dates = (text: string, documentYear?: string) =>
      findDates(text, { offset: 0, ...(documentYear ? { documentYear } : {}) }).map((d) => [
        d.startsOn,
        d.endsOn ?? null,
      ]);
    expect(dates('First signed in 2007, it was updated in February 2013.')).toEqual([
      ['2007', null],
      ['2013-02', null],
    ]);
    expect(dates('The agreement was signed on 31 January 2017.')).toEqual([['2017-01-31', null]]);
    expect(dates('From the 06th to the 11th of November, the delegation visits.')).toEqual([]);
    expect(dates('From the 06th to the 11th of November, the delegation visits.', '2022')).toEqual([
      ['2022-11-06', '2022-11-11'],
    ]);
    expect(dates('See https://example.org/2014/04/release.pdf')).toEqual([]);
  });
});

describe('sentences', () => {
  it('does not end a sentence at a legal form followed by a country code', () => {
    expect(
      sentences('Members: GeoEnergy Celle e.V. (DE), Nanoprogress z.s. (CZ). Next one.').map((s) => s.text),
    ).toEqual(['Members: GeoEnergy Celle e.V. (DE), Nanoprogress z.s. (CZ).', 'Next one.']);
  });
});
