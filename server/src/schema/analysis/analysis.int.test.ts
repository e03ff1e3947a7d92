import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../../test/api.js';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import { Analysis } from '../../graph/analysis/refresh.js';
import { createLogger } from '../../logger.js';

/**
 * The structure queries on the seed graph, each answer checked against the graph itself: the
 * single points of failure between the EU and Canada by a traversal of the ties read with plain
 * Cypher (no GDS), without the cluster or tie in question.
 */

/** Tied pairs by the tie rule, read without Graph Data Science. */
const TIED_PAIRS = `
MATCH (a:Cluster)-[:PARTY_TO|MEMBER_OF|ORGANISED|JOINED|MET]-(v)-[:PARTY_TO|MEMBER_OF|ORGANISED|JOINED|MET]-(b:Cluster)
WHERE a.id < b.id AND (v:Mission OR v:Partnership OR (v:Agreement AND v.status IN ['SIGNED', 'ENDED']))
RETURN DISTINCT a.id AS a, b.id AS b`;

const CANADA = `MATCH (c:Cluster {countryCode: 'CA'}) RETURN collect(c.id) AS ids`;

/** Clusters reachable from `start` over `pairs`, never through `without` nor across `cut`. */
function reachable(pairs: { a: string; b: string }[], start: string, without: { cluster?: string; tie?: string[] }) {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const at = queue.shift()!;
    for (const { a, b } of pairs) {
      const next = a === at ? b : b === at ? a : null;
      if (!next || seen.has(next) || next === without.cluster) continue;
      if (without.tie?.includes(a) && without.tie.includes(b)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

describe('structure through GraphQL on the seed graph', () => {
  const graph = connectTestGraph();
  const analysis = new Analysis({ executor: graph.executor, logger: createLogger('silent') });
  let api: TestApi | undefined;

  beforeAll(async () => {
    await resetToSeed(graph.executor);
    await analysis.start();
    api = await createTestApi({ executor: graph.executor, analysis });
  });
  afterAll(async () => {
    await api?.stop();
    analysis.stop();
    await graph.close();
  });

  it('lists brokers by betweenness, with the measures Cluster.metrics serves', async () => {
    const { data, errors } = await api!.execute<{
      analysis: { state: string };
      brokers: { cluster: { id: string; metrics: { betweenness: number } }; metrics: { betweenness: number } }[];
    }>(
      `{ analysis { state } brokers(first: 5) { cluster { id metrics { betweenness degree community articulationPoint } } metrics { betweenness } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.analysis.state).toBe('FRESH');
    const brokers = data!.brokers;
    expect(brokers).toHaveLength(5);
    const scores = brokers.map((b) => b.metrics.betweenness);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const b of brokers) expect(b.cluster.metrics.betweenness).toBeCloseTo(b.metrics.betweenness, 9);
  });

  it('names the single points of failure between the EU and Canada, each true by a traversal', async () => {
    const { data, errors } = await api!.execute<{
      singlePointsOfFailure: {
        clusters: { cluster: { id: string }; cutOff: { id: string; country: { eu: boolean } | null }[] }[];
        ties: { source: { id: string }; target: { id: string }; cutOff: { id: string }[] }[];
      };
    }>(`{ singlePointsOfFailure(between: {}, first: 50) {
        clusters { cluster { id } cutOff { id country { eu } } }
        ties { source { id } target { id } cutOff { id } } } }`);
    expect(errors).toBeUndefined();
    const cuts = data!.singlePointsOfFailure;
    expect(cuts.clusters.length + cuts.ties.length).toBeGreaterThan(0);
    const pairs = await graph.executor.read<{ a: string; b: string }>(TIED_PAIRS);
    const [canada] = await graph.executor.read<{ ids: string[] }>(CANADA);
    const reachesCanada = (id: string, without: { cluster?: string; tie?: string[] }) =>
      canada!.ids.some((ca) => ca !== id && reachable(pairs, id, without).has(ca));
    for (const cut of cuts.clusters) {
      for (const lost of cut.cutOff.filter((c) => c.country?.eu)) {
        expect(reachesCanada(lost.id, {})).toBe(true);
        expect(reachesCanada(lost.id, { cluster: cut.cluster.id })).toBe(false);
      }
    }
    for (const cut of cuts.ties) {
      const tie = [cut.source.id, cut.target.id];
      const lostEu = cut.cutOff.filter((c) => !canada!.ids.includes(c.id));
      for (const lost of lostEu) expect(reachesCanada(lost.id, { tie })).toBe(false);
    }
  });

  it('draws bridges and measures on the network', async () => {
    const { data, errors } = await api!.execute<{
      network: { nodes: { metrics: { community: number | null } | null }[]; edges: { bridge: boolean | null }[] };
    }>(`{ network { nodes { metrics { community } } edges { bridge } } }`);
    expect(errors).toBeUndefined();
    expect(data!.network.nodes.every((n) => n.metrics !== null)).toBe(true);
    expect(data!.network.edges.some((e) => e.bridge === true)).toBe(true);
    expect(data!.network.edges.some((e) => e.bridge === false)).toBe(true);
  });

  it('says when the analysis is not running, rather than an empty list that looks complete', async () => {
    const bare = await createTestApi({ executor: graph.executor });
    const { data } = await bare.execute<{ analysis: { state: string; message: string } }>(
      `{ analysis { state message } }`,
    );
    await bare.stop();
    expect(data?.analysis.state).toBe('PENDING');
    expect(data?.analysis.message).toMatch(/does not run/);
  });

  it("dates each agreement's signing and end as its source does, and nothing undated", async () => {
    const { data, errors } = await api!.execute<{
      agreementEvents: { event: string; on: string; year: number; agreement: { id: string; endsOn: string | null } }[];
    }>(`{ agreementEvents { event on year agreement { id endsOn } } }`);
    expect(errors).toBeUndefined();
    const [stored] = await graph.executor.read<{ signed: number; ends: number }>(
      `MATCH (a:Agreement) RETURN count(a.signedOn) AS signed, count(a.endsOn) AS ends`,
    );
    const events = data!.agreementEvents;
    expect(events.filter((e) => e.event === 'SIGNED')).toHaveLength(stored!.signed);
    expect(events.filter((e) => e.event === 'ENDS')).toHaveLength(stored!.ends);
    for (const e of events) expect(e.year).toBe(Number(e.on.slice(0, 4)));
    expect(events.filter((e) => e.event === 'ENDS').every((e) => e.agreement.endsOn === e.on)).toBe(true);
  });

  // Last: it deletes a cluster of the seed behind the analysis's back.
  it('leaves out a broker or single point deleted before the measures are refreshed, rather than failing the list', async () => {
    const before = await api!.execute<{ brokers: { cluster: { id: string } }[] }>(
      `{ brokers(first: 5) { cluster { id } } }`,
    );
    const gone = before.data!.brokers[0]!.cluster.id;
    // A delete the analysis does not hear of: the latest run still names the cluster, as in the debounce window.
    await graph.executor.write((tx) => tx.run('MATCH (c:Cluster {id: $id}) DETACH DELETE c', { id: gone }));
    const { data, errors } = await api!.execute<{
      brokers: { cluster: { id: string } }[];
      singlePointsOfFailure: { clusters: { cluster: { id: string } }[]; ties: { source: { id: string } }[] };
    }>(`{ brokers(first: 5) { cluster { id } }
          singlePointsOfFailure(first: 50) { clusters { cluster { id } } ties { source { id } target { id } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.brokers.map((b) => b.cluster.id)).toEqual(before.data!.brokers.slice(1).map((b) => b.cluster.id));
    expect(data!.singlePointsOfFailure.clusters.map((c) => c.cluster.id)).not.toContain(gone);
  });
});
