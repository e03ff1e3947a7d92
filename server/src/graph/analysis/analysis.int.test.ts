import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApi } from '../../../test/api.js';
import { connectTestGraph } from '../../../test/graph.js';
import { createLogger } from '../../logger.js';
import { wipeGraph } from '../../seed/load.js';
import { announceGraphChanged } from '../history/events.js';
import { graphVersion } from '../history/repo.js';
import { Analysis } from './refresh.js';
import { readMetrics, readStoredAnalysis } from './repo.js';
import { cutOffBetween, cutOffBy } from './structure.js';
import { cutsBetweenByTraversal, TIED_PAIRS_BY_CYPHER, type TiedPair } from '../../../test/cuts.js';
import { brokersOf, communitiesOf, singlePointsBetween, singlePointsOf } from './views.js';

/**
 * A small network built here: two triangles, France's a1-a2-a3 and Canada's b1-b2-b3, held
 * together only by the German broker x (a3 - x - b1); a planned agreement between a1 and b2, which
 * is no tie; z, tied to nobody.
 */
const CLUSTERS = [
  ['a1', 'FR'],
  ['a2', 'FR'],
  ['a3', 'FR'],
  ['x', 'DE'],
  ['b1', 'CA'],
  ['b2', 'CA'],
  ['b3', 'CA'],
  ['z', 'FR'],
];
const AGREEMENTS = [
  ['ag-a12', 'SIGNED', ['a1', 'a2']],
  ['ag-a23', 'SIGNED', ['a2', 'a3']],
  ['ag-a13', 'ENDED', ['a1', 'a3']],
  ['ag-b12', 'SIGNED', ['b1', 'b2']],
  ['ag-b23', 'SIGNED', ['b2', 'b3']],
  ['ag-b13', 'SIGNED', ['b1', 'b3']],
  ['ag-planned', 'PLANNED', ['a1', 'b2']],
];

const BUILD = `
UNWIND [['FR', true], ['DE', true], ['CA', false]] AS k CREATE (:Country {code: k[0], eu: k[1]})
WITH count(*) AS _
UNWIND $clusters AS c CREATE (:Cluster {id: c[0], name: c[0], countryCode: c[1]})
WITH count(*) AS _
UNWIND $agreements AS a
CREATE (g:Agreement {id: a[0], name: a[0], status: a[1]})
WITH g, a UNWIND a[2] AS party MATCH (c:Cluster {id: party}) CREATE (c)-[:PARTY_TO]->(g)`;

describe('the analysis on a small network', () => {
  const graph = connectTestGraph();
  const analysis = new Analysis({ executor: graph.executor, logger: createLogger('silent'), debounceMs: 10 });

  beforeAll(async () => {
    await wipeGraph(graph.executor);
    await graph.executor.write(async (tx) => {
      await tx.run(BUILD, { clusters: CLUSTERS, agreements: AGREEMENTS });
      // The broker's two ties are of other kinds: an agreement with a3, a partnership with b1.
      await tx.run(`MATCH (a3:Cluster {id: 'a3'}), (x:Cluster {id: 'x'}), (b1:Cluster {id: 'b1'})
        CREATE (a3)-[:PARTY_TO]->(:Agreement {id: 'ag-a3x', name: 'a3x', status: 'SIGNED'})<-[:PARTY_TO]-(x)
        CREATE (x)-[:MEMBER_OF]->(:Partnership {id: 'p-xb1', name: 'xb1'})<-[:MEMBER_OF]-(b1)`);
    });
    await analysis.start();
  });
  afterAll(async () => {
    analysis.stop();
    await graph.close();
  });

  it('finds GDS 2.13.9 and computes fresh results', () => {
    expect(analysis.status()).toMatchObject({ state: 'FRESH', gdsVersion: '2.13.9', message: null });
  });

  it('ranks the broker first, then the clusters at either end of its ties', () => {
    const metrics = analysis.snapshot()!.metrics;
    const ranked = [...metrics].sort((a, b) => b[1].betweenness - a[1].betweenness).map(([id]) => id);
    expect(ranked[0]).toBe('x');
    expect(ranked.slice(1, 3).sort()).toEqual(['a3', 'b1']);
    // x lies on the one chain between each French and each Canadian cluster: 3 x 3 = 9 of the
    // (8-1)(8-2)/2 = 21 pairs of other clusters.
    expect(metrics.get('x')!.betweenness).toBeCloseTo(9 / 21, 6);
    expect(metrics.get('a1')!.betweenness).toBe(0);
    expect(metrics.get('x')).toMatchObject({ degree: 2, articulationPoint: true });
    expect(metrics.get('z')).toMatchObject({ degree: 0, betweenness: 0, community: null, articulationPoint: false });
  });

  it('puts each triangle in its own community', () => {
    const metrics = analysis.snapshot()!.metrics;
    const community = (id: string) => metrics.get(id)!.community;
    expect(new Set(['a1', 'a2', 'a3'].map(community)).size).toBe(1);
    expect(new Set(['b1', 'b2', 'b3'].map(community)).size).toBe(1);
    expect(community('a1')).not.toBe(community('b1'));
    expect(community('a1')).not.toBeNull();
  });

  it('finds the articulation points and bridges, and who each cuts off', () => {
    const snapshot = analysis.snapshot()!;
    const points = [...snapshot.metrics].filter(([, m]) => m.articulationPoint).map(([id]) => id);
    expect(points.sort()).toEqual(['a3', 'b1', 'x']);
    expect(snapshot.bridges.map((pair) => pair.join('-')).sort()).toEqual(['a3-x', 'b1-x']);
    expect(cutOffBy(snapshot.cuts, { cluster: 'a3' })).toEqual(['a1', 'a2']);
    const sides = { left: new Set(['a1', 'a2', 'a3', 'x']), right: new Set(['b1', 'b2', 'b3']) };
    expect(cutOffBetween(snapshot.cuts, sides)({ tie: ['b1', 'x'] })).toEqual([
      'a1',
      'a2',
      'a3',
      'b1',
      'b2',
      'b3',
      'x',
    ]);
  });

  it('stores the measures on the clusters', async () => {
    const [x, z, unknown] = await readMetrics(graph.executor, ['x', 'z', 'no-such-cluster']);
    expect(x).toMatchObject({ degree: 2, articulationPoint: true });
    expect(z).toMatchObject({ degree: 0, community: null });
    expect(unknown).toBeNull();
  });

  it('recomputes after a write: a new tie between the triangles leaves no single point of failure', async () => {
    await graph.executor.write((tx) =>
      tx.run(`MATCH (a:Cluster {id: 'a1'}), (b:Cluster {id: 'b2'})
        CREATE (a)-[:PARTY_TO]->(:Agreement {id: 'ag-a1b2', name: 'a1b2', status: 'SIGNED'})<-[:PARTY_TO]-(b)`),
    );
    // As the write path announces every committed write.
    announceGraphChanged({ changeIds: [], entityIds: ['ag-a1b2'], by: 'test' });
    await vi.waitFor(() => expect(analysis.status().state).toBe('REFRESHING'));
    await analysis.refresh();
    expect(analysis.status().state).toBe('FRESH');
    const [a3, x] = await readMetrics(graph.executor, ['a3', 'x']);
    expect(a3?.articulationPoint).toBe(false);
    expect(x?.articulationPoint).toBe(false);
    expect(analysis.snapshot()!.bridges).toEqual([]);
  });
});

/**
 * Lone members between two sides: France's f1, f2, f3 are the members of one partnership, and f1
 * alone has an agreement with Canada's c1, c1's only tie; France's d1 and Canada's d2 are tied to
 * each other and to nobody else. c1, d1 and d2 are no articulation points (a cluster with a single
 * tie never is), yet each is its side's only link in its part: before lone members were tried,
 * none of the three was listed.
 */
describe('single points of failure between two sides, lone members included', () => {
  const graph = connectTestGraph();
  const analysis = new Analysis({ executor: graph.executor, logger: createLogger('silent'), debounceMs: 10 });

  beforeAll(async () => {
    await wipeGraph(graph.executor);
    await graph.executor.write((tx) =>
      tx.run(
        `${BUILD}
        WITH count(*) AS _
        CREATE (p:Partnership {id: 'p-f', name: 'p-f'})
        WITH p MATCH (f:Cluster) WHERE f.id IN ['f1', 'f2', 'f3'] CREATE (f)-[:MEMBER_OF]->(p)`,
        {
          clusters: [
            ['f1', 'FR'],
            ['f2', 'FR'],
            ['f3', 'FR'],
            ['c1', 'CA'],
            ['d1', 'FR'],
            ['d2', 'CA'],
          ],
          agreements: [
            ['ag-f1c1', 'SIGNED', ['f1', 'c1']],
            ['ag-d1d2', 'ENDED', ['d1', 'd2']],
          ],
        },
      ),
    );
    await analysis.start();
  });
  afterAll(async () => {
    analysis.stop();
    await graph.close();
  });

  it('lists the lone members, and exactly what removing each cluster or tie in turn cuts off', async () => {
    const snapshot = analysis.snapshot()!;
    const cuts = singlePointsBetween(snapshot, { left: ['FR'], right: ['CA'] });
    const listed = new Map(cuts.map((cut) => [[...cut.clusterIds].sort().join('|'), cut.cutOff]));
    expect(Object.fromEntries(listed)).toEqual({
      f1: ['c1', 'f2', 'f3'],
      c1: ['f1', 'f2', 'f3'],
      d1: ['d2'],
      d2: ['d1'],
      'c1|f1': ['c1', 'f1', 'f2', 'f3'],
      'd1|d2': ['d1', 'd2'],
    });
    const pairs = await graph.executor.read<TiedPair>(TIED_PAIRS_BY_CYPHER);
    const sides = { left: new Set(['f1', 'f2', 'f3', 'd1']), right: new Set(['c1', 'd2']) };
    expect(listed).toEqual(cutsBetweenByTraversal(pairs, sides));
  });
});

/**
 * The start-up analysis used to run again at every start, even on a graph unchanged since it was
 * last computed (30-60 s of every core at 10,000 clusters). A start now reuses the run stored in
 * the database when it is of the graph's version, and a change by any process is still noticed.
 */
describe('a start on an unchanged graph reuses the stored run; a change by any process is recomputed', () => {
  const graph = connectTestGraph();
  // Another process on the same database (the import CLI, another server): its writes are not announced here.
  const elsewhere = connectTestGraph();
  const started: Analysis[] = [];
  const startAnalysis = async () => {
    const analysis = new Analysis({ executor: graph.executor, logger: createLogger('silent'), debounceMs: 10 });
    started.push(analysis);
    await analysis.start();
    return analysis;
  };
  const tie = (id: string, parties: [string, string]) =>
    elsewhere.executor.write((tx) =>
      tx.run(
        `MATCH (a:Cluster {id: $parties[0]}), (b:Cluster {id: $parties[1]})
        CREATE (a)-[:PARTY_TO]->(:Agreement {id: $id, name: $id, status: 'SIGNED'})<-[:PARTY_TO]-(b)`,
        { id, parties },
      ),
    );
  let first: Analysis;

  beforeAll(async () => {
    await wipeGraph(graph.executor);
    await graph.executor.write((tx) => tx.run(BUILD, { clusters: CLUSTERS, agreements: AGREEMENTS }));
    first = await startAnalysis();
    first.stop();
  });
  afterAll(async () => {
    for (const analysis of started) analysis.stop();
    await elsewhere.close();
    await graph.close();
  });

  it('stores the run with the graph version it was computed on', async () => {
    const version = await graphVersion(graph.executor);
    expect(first.status()).toMatchObject({ state: 'FRESH', graphVersion: version });
    const stored = await readStoredAnalysis(graph.executor, first.status().gdsVersion!);
    expect(stored).toMatchObject({
      current: true,
      run: { graphVersion: version, computedAt: first.status().computedAt },
    });
  });

  it('a restart on the unchanged graph is FRESH at once with the stored run, computing nothing', async () => {
    const again = await startAnalysis();
    // A run would have its own instant: the same one is the stored run's.
    expect(again.status()).toEqual(first.status());
    const [before, after] = [first.snapshot()!, again.snapshot()!];
    expect(brokersOf(after, 10)).toEqual(brokersOf(before, 10));
    expect(singlePointsOf(after)).toEqual(singlePointsOf(before));
    expect(communitiesOf(after)).toEqual(communitiesOf(before));
    expect(singlePointsBetween(after, { left: ['FR'], right: ['CA'] })).toEqual(
      singlePointsBetween(before, { left: ['FR'], right: ['CA'] }),
    );
  });

  it('a write by another process is never shown as current: REFRESHING at the next request, then recomputed', async () => {
    const analysis = await startAnalysis();
    const api = await createTestApi({ executor: graph.executor, analysis, responseCache: true });
    type Status = { analysis: { state: string; computedAt: string; graphVersion: string; message: string | null } };
    const ask = async () => (await api.execute<Status>(`{ analysis { state computedAt graphVersion message } }`)).data!;
    try {
      const before = await ask();
      expect(before.analysis).toMatchObject({ state: 'FRESH', graphVersion: await graphVersion(graph.executor) });
      await tie('ag-elsewhere', ['a1', 'b2']);
      const after = await ask();
      expect(after.analysis).toMatchObject({ state: 'REFRESHING', graphVersion: before.analysis.graphVersion });
      expect(after.analysis.message).toMatch(/graph changed/);
      await analysis.refresh();
      const now = await graphVersion(graph.executor);
      const refreshed = await ask();
      expect(refreshed.analysis).toMatchObject({ state: 'FRESH', graphVersion: now });
      expect(refreshed.analysis.computedAt).not.toBe(before.analysis.computedAt);
      // The new tie joins the two triangles: x is no longer a single point of failure.
      expect(analysis.snapshot()!.metrics.get('x')?.articulationPoint).toBe(false);
    } finally {
      await api.stop();
      analysis.stop();
    }
  });

  it('a restart after a change made while no server ran computes again, of the new version', async () => {
    const stored = (await readStoredAnalysis(graph.executor, first.status().gdsVersion!))!;
    await tie('ag-while-down', ['a2', 'b3']);
    expect((await readStoredAnalysis(graph.executor, first.status().gdsVersion!))?.current).toBe(false);
    const analysis = await startAnalysis();
    expect(analysis.status()).toMatchObject({ state: 'FRESH', graphVersion: await graphVersion(graph.executor) });
    expect(analysis.status().computedAt).not.toBe(stored.run.computedAt);
    expect(analysis.snapshot()!.metrics.get('a2')?.degree).toBe(
      stored.run.clusters.find((c) => c.id === 'a2')!.metrics.degree + 1,
    );
  });
});
