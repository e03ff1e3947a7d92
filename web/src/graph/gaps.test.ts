import { describe, expect, it } from 'vitest';
import {
  candidatesToCsv,
  DEFAULT_LEFT,
  DEFAULT_RIGHT,
  answerTo,
  GAP_SHARE_BINS,
  missingPairsText,
  NO_PAIRS_BIN,
  pairConnection,
  questionKey,
  shareBin,
  sideLabel,
  sideOverlap,
  toGapFilter,
  type GapCandidateRow,
} from './gaps';
import type { CountryInfo, GraphData } from './types';

const COUNTRIES: CountryInfo[] = [
  { code: 'FR', name: 'France', eu: true },
  { code: 'BE', name: 'Belgium', eu: true },
  { code: 'CA', name: 'Canada', eu: false },
  { code: 'NO', name: 'Norway', eu: false },
];

describe('gap filter', () => {
  it('sends both sides explicitly, sorted, with sectors only when chosen', () => {
    expect(toGapFilter(DEFAULT_LEFT, DEFAULT_RIGHT, [])).toEqual({
      left: { eu: true },
      right: { countries: ['CA'] },
    });
    expect(
      toGapFilter({ eu: true, countries: ['NO'] }, { eu: false, countries: ['US', 'CA'] }, ['space', 'aerospace']),
    ).toEqual({
      left: { eu: true, countries: ['NO'] },
      right: { countries: ['CA', 'US'] },
      sectors: ['aerospace', 'space'],
    });
  });
  it('asks for planned agreements as ties only when the switch is on', () => {
    expect(toGapFilter(DEFAULT_LEFT, DEFAULT_RIGHT, [])).not.toHaveProperty('includePlanned');
    expect(toGapFilter(DEFAULT_LEFT, DEFAULT_RIGHT, [], { includePlanned: true })?.includePlanned).toBe(true);
  });

  it('is null when a side is empty, so no query runs', () => {
    expect(toGapFilter(DEFAULT_LEFT, { eu: false, countries: [] }, [])).toBeNull();
  });
  it('finds countries on both sides, the EU bloc expanded', () => {
    expect(sideOverlap(DEFAULT_LEFT, { eu: false, countries: ['FR', 'CA'] }, COUNTRIES)).toEqual(['FR']);
    expect(sideOverlap(DEFAULT_LEFT, DEFAULT_RIGHT, COUNTRIES)).toEqual([]);
  });
  it('names sides in words', () => {
    expect(sideLabel(DEFAULT_LEFT, COUNTRIES)).toBe('the EU');
    expect(sideLabel(DEFAULT_RIGHT, COUNTRIES)).toBe('Canada');
    expect(sideLabel({ eu: true, countries: ['NO'] }, COUNTRIES)).toBe('the EU, Norway');
  });
});

describe('gap heatmap scale', () => {
  it('is one fixed 0–1 scale, with a neutral bin when no pair is possible', () => {
    expect(shareBin(null)).toBe(NO_PAIRS_BIN);
    expect(shareBin(0)).toBe(GAP_SHARE_BINS[0]);
    expect(shareBin(0.2)).toBe(GAP_SHARE_BINS[0]);
    expect(shareBin(0.21)).toBe(GAP_SHARE_BINS[1]);
    expect(shareBin(1)).toBe(GAP_SHARE_BINS[4]);
    expect(GAP_SHARE_BINS.at(-1)?.to).toBe(1);
  });

  it('writes missing pairs out of possible pairs', () => {
    expect(missingPairsText({ missingPairs: 13, possiblePairs: 18, gapShare: 0.722 })).toBe('13 of 18 (72 %)');
    expect(missingPairsText({ missingPairs: 0, possiblePairs: 0, gapShare: null })).toBe('—');
  });
});

describe('the question a result answers', () => {
  const question = toGapFilter(DEFAULT_LEFT, DEFAULT_RIGHT, []);
  const swapped = toGapFilter(DEFAULT_RIGHT, DEFAULT_LEFT, []);

  it('keeps the data of a result that answers this question', () => {
    const result = { data: { n: 1 }, operation: { variables: { filter: question, first: 20 } } };
    expect(answerTo(result, questionKey(question))).toEqual({ n: 1 });
  });

  it("drops the previous question's data while the next one loads", () => {
    const previous = { data: { n: 1 }, operation: { variables: { filter: question } } };
    expect(answerTo(previous, questionKey(swapped))).toBeUndefined();
    expect(answerTo({ operation: { variables: { filter: swapped } } }, questionKey(swapped))).toBeUndefined();
    expect(answerTo({ data: { n: 1 } }, questionKey(swapped))).toBeUndefined();
  });
});

const candidate = (over: Partial<GapCandidateRow> = {}): GapCandidateRow => ({
  left: { id: 'skywin', name: 'Skywin', country: { code: 'BE' } },
  right: {
    id: 'aero-montreal',
    name: 'Aéro Montréal',
    country: { code: 'CA' },
  },
  sector: { id: 'aerospace', name: 'Aerospace' },
  score: 3.14159,
  reasons: ['both in Aerospace', '2 common partners: CRIAQ, Aerospace Valley'],
  ...over,
});

describe('candidates as CSV', () => {
  it('writes a header and one row per candidate in rank order', () => {
    const lines = candidatesToCsv([candidate()]).split('\r\n');
    expect(lines[0]).toBe('rank,score,left_id,left,left_country,right_id,right,right_country,sector_id,sector,reasons');
    expect(lines[1]).toBe(
      '1,3.142,skywin,Skywin,BE,aero-montreal,Aéro Montréal,CA,aerospace,Aerospace,"both in Aerospace | 2 common partners: CRIAQ, Aerospace Valley"',
    );
    expect(lines[2]).toBe('');
  });
  it('escapes quotes, commas, newlines and spreadsheet formulas', () => {
    const csv = candidatesToCsv([
      candidate({
        left: { id: 'a', name: 'The "A", Cluster', country: null },
        right: { id: 'b', name: '=HYPERLINK("x")', country: { code: 'CA' } },
        reasons: ['line one\nline two'],
      }),
    ]);
    const row = csv.split('\r\n').slice(1).join('\r\n');
    expect(row).toContain('"The ""A"", Cluster"');
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row).toContain('"line one\nline two"');
    expect(row).toContain(',a,');
    expect(row).toContain('Cluster",,b,');
  });
});

describe('the chosen pair on the canvas', () => {
  const path: GraphData = {
    nodes: [
      { id: 'skywin', label: 'Skywin', sectors: [], degree: 2 },
      { id: 'av', label: 'Aerospace Valley', sectors: [], degree: 5 },
      { id: 'aero-montreal', label: 'Aéro Montréal', sectors: [], degree: 4 },
    ],
    edges: [
      {
        id: 'e1',
        source: 'skywin',
        target: 'av',
        kind: 'AGREEMENT',
        via: [],
        years: [],
        weight: 1,
      },
      {
        id: 'e2',
        source: 'av',
        target: 'aero-montreal',
        kind: 'AGREEMENT',
        via: [],
        years: [],
        weight: 1,
      },
    ],
  };
  const c = candidate();
  it('draws and highlights the path when there is one', () => {
    const p = pairConnection(c.left, c.right, path, []);
    expect(p.kind).toBe('path');
    expect(p.graph).toEqual(path);
    expect(p.highlighted.sort()).toEqual(['aero-montreal', 'av', 'e1', 'e2', 'skywin'].sort());
  });
  it('falls back to both neighbourhoods, and always includes both clusters', () => {
    const left: GraphData = {
      nodes: [
        { id: 'skywin', label: 'Skywin', sectors: [], degree: 1 },
        { id: 'x', label: 'X', sectors: [], degree: 1 },
      ],
      edges: [
        {
          id: 'e3',
          source: 'skywin',
          target: 'x',
          kind: 'MISSION',
          via: [],
          years: [],
          weight: 1,
        },
      ],
    };
    const p = pairConnection(c.left, c.right, null, [left]);
    expect(p.kind).toBe('neighbourhoods');
    expect(p.graph.nodes.map((n) => n.id)).toEqual(['skywin', 'x', 'aero-montreal']);
    expect(p.graph.nodes.at(-1)).toMatchObject({
      label: 'Aéro Montréal',
      country: 'CA',
    });
    expect(p.highlighted).toEqual(expect.arrayContaining(['skywin', 'aero-montreal', 'x', 'e3']));
  });
});
