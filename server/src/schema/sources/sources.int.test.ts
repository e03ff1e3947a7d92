import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../../test/api.js';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';

/** sources, source (its text with every excerpt placed) and coverage, on the seed. */

const graph = connectTestGraph();
let api: TestApi;
beforeAll(async () => {
  await resetToSeed(graph.executor);
  api = await createTestApi({ executor: graph.executor });
});
afterAll(async () => {
  await api?.stop();
  await graph.close();
});

interface Passage {
  excerpt: string | null;
  spans: { start: number; end: number }[];
  entities: { id: string; entityKind: string }[];
}

describe('sources', () => {
  it('lists the five seed documents with what each contributes', async () => {
    const { data, errors } = await api.execute<{
      sources: { id: string; file: string; contributes: { label: string; count: number }[] }[];
    }>('{ sources { id file contributes { label count } } }');
    expect(errors).toBeUndefined();
    expect(data?.sources.map((s) => s.file.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    for (const source of data?.sources ?? []) expect(source.contributes.length).toBeGreaterThan(0);
  });

  it('opens every seed document with its text, each excerpt placed at words of that text', async () => {
    const list = await api.execute<{ sources: { id: string }[] }>('{ sources { id } }');
    let excerpts = 0;
    for (const { id } of list.data?.sources ?? []) {
      const { data, errors } = await api.execute<{ source: { text: string | null; passages: Passage[] } }>(
        'query($id: ID!) { source(id: $id) { text passages { excerpt spans { start end } entities { id entityKind } } } }',
        { variables: { id } },
      );
      expect(errors).toBeUndefined();
      const text = data?.source.text ?? '';
      expect(text.length).toBeGreaterThan(1000);
      for (const passage of data?.source.passages ?? []) {
        excerpts += 1;
        expect(passage.entities.length).toBeGreaterThan(0);
        expect(passage.spans.length, passage.excerpt ?? '').toBeGreaterThan(0);
        const first = passage.excerpt?.split('…')[0]?.trim().split(/\s+/)[0];
        const [span] = passage.spans;
        expect(span && text.slice(span.start, span.end).startsWith(first ?? '')).toBe(true);
      }
    }
    expect(excerpts).toBeGreaterThan(100);
  });

  it('answers null for an unknown source', async () => {
    const { data } = await api.execute<{ source: unknown }>('{ source(id: "no-such-source") { id } }');
    expect(data?.source).toBeNull();
  });
});

describe('entities', () => {
  it('gives entities by id in the order asked, null for an unknown id, in one round trip per level', async () => {
    const { data, errors, roundTrips } = await api.execute<{
      entities: ({ id: string; citations: unknown[] } | null)[];
    }>('{ entities(ids: ["skywin", "no-such-id", "aero-montreal"]) { id citations { excerpt } } }');
    expect(errors).toBeUndefined();
    expect(data?.entities.map((e) => e?.id ?? null)).toEqual(['skywin', null, 'aero-montreal']);
    expect(data?.entities[0]?.citations.length).toBeGreaterThan(0);
    expect(roundTrips).toBe(2);
  });
});

describe('coverage', () => {
  it('says what the graph covers: sources, years, clusters per country and per side', async () => {
    const { data, errors } = await api.execute<{
      coverage: {
        sources: { id: string }[];
        clusters: number;
        withoutCountry: number;
        countries: { country: { code: string; eu: boolean }; clusters: number }[];
        firstYear: number | null;
        lastYear: number | null;
        undated: number;
        sides: { clusters: number; countries: number }[];
      };
    }>(
      `{ coverage(sides: [{eu: true}, {countries: ["CA"]}]) {
          sources { id } clusters withoutCountry countries { country { code eu } clusters }
          firstYear lastYear undated sides { clusters countries } } }`,
    );
    expect(errors).toBeUndefined();
    const c = data?.coverage;
    expect(c?.sources).toHaveLength(5);
    const perCountry = c?.countries.reduce((sum, x) => sum + x.clusters, 0) ?? 0;
    expect(perCountry + (c?.withoutCountry ?? 0)).toBe(c?.clusters);
    const eu = c?.countries.filter((x) => x.country.eu).reduce((sum, x) => sum + x.clusters, 0);
    const canada = c?.countries.find((x) => x.country.code === 'CA')?.clusters;
    expect(c?.sides).toEqual([
      { clusters: eu, countries: c?.countries.filter((x) => x.country.eu).length },
      { clusters: canada, countries: 1 },
    ]);
    expect(c?.firstYear).toBeLessThanOrEqual(c?.lastYear ?? 0);
    expect(c?.undated).toBeGreaterThanOrEqual(0);
  });

  it('refuses a side that is not a country code', async () => {
    const { errors } = await api.execute('{ coverage(sides: [{countries: ["Canada"]}]) { clusters } }');
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
