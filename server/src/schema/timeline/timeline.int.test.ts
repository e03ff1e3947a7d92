import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../../test/api.js';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';

/** The timeline and "compare two dates" on the seed graph, each checked against the graph. */

describe('time through GraphQL on the seed graph', () => {
  const graph = connectTestGraph();
  let api: TestApi | undefined;

  beforeAll(async () => {
    await resetToSeed(graph.executor);
    api = await createTestApi({ executor: graph.executor });
  });
  afterAll(async () => {
    await api?.stop();
    await graph.close();
  });

  it('counts every agreement, mission and partnership once, the undated ones apart', async () => {
    const { data, errors } = await api!.execute<{
      timeline: { year: number | null; kind: string; status: string | null; count: number }[];
    }>(`{ timeline { year kind status count } }`);
    expect(errors).toBeUndefined();
    const [counts] = await graph.executor.read<{ facts: number; undated: number }>(
      `RETURN COUNT { (v:Agreement|Mission|Partnership) } AS facts,
        COUNT { (v:Agreement|Mission|Partnership) WHERE v.year IS NULL } AS undated`,
    );
    const bars = data!.timeline;
    expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(counts!.facts);
    expect(bars.filter((bar) => bar.year === null).reduce((sum, bar) => sum + bar.count, 0)).toBe(counts!.undated);
  });

  it('compares 2013 and 2019: every signed agreement of those years, and nothing outside them', async () => {
    const { data, errors } = await api!.execute<{
      tieChanges: {
        appeared: { via: { id: string }; kind: string; year: number; parties: { id: string }[] }[];
        ended: { via: { id: string }; year: number }[];
        undated: number;
      };
    }>(
      `{ tieChanges(from: 2013, to: 2019) { appeared { via { id } kind year parties { id } } ended { via { id } year } undated } }`,
    );
    expect(errors).toBeUndefined();
    const changes = data!.tieChanges;
    const signed = await graph.executor.read<{ id: string }>(
      `MATCH (a:Agreement) WHERE a.status IN ['SIGNED', 'ENDED'] AND 2013 <= a.year <= 2019
         AND COUNT { (a)<-[:PARTY_TO]-(:Cluster) } >= 2
       RETURN a.id AS id ORDER BY id`,
    );
    const agreements = changes.appeared.filter((c) => c.kind === 'AGREEMENT').map((c) => c.via.id);
    expect(agreements.sort()).toEqual(signed.map((r) => r.id));
    expect(agreements.length).toBeGreaterThan(0);
    for (const change of [...changes.appeared, ...changes.ended]) {
      expect(change.year).toBeGreaterThanOrEqual(2013);
      expect(change.year).toBeLessThanOrEqual(2019);
    }
    expect(changes.appeared.every((c) => c.parties.length >= 2)).toBe(true);
    expect(changes.undated).toBeGreaterThanOrEqual(0);
  });

  it('refuses a range that runs backwards', async () => {
    const { errors } = await api!.execute(`{ tieChanges(from: 2019, to: 2013) { undated } }`);
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
