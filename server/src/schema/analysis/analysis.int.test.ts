import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../../test/api.js';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import { Analysis } from '../../graph/analysis/refresh.js';
import { createLogger } from '../../logger.js';
import { cutsBetweenByTraversal, TIED_PAIRS_BY_CYPHER, type TiedPair } from '../../../test/cuts.js';

/**
 * The structure queries on the seed graph, each answer checked against the graph itself: the
 * single points of failure between the EU and Canada against every cluster and every tie removed
 * in turn from the ties read with plain Cypher (no GDS), and a search from each cluster.
 */

/** The two default sides, read from the clusters' countries. */
const SIDES = `
MATCH (c:Cluster) OPTIONAL MATCH (k:Country {code: c.countryCode})
RETURN collect(CASE WHEN k.eu THEN c.id END) AS eu, collect(CASE WHEN c.countryCode = 'CA' THEN c.id END) AS canada`;

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

  it('names the single points of failure between the EU and Canada, exactly those a search finds', async () => {
    const { data, errors } = await api!.execute<{
      singlePointsOfFailure: {
        clusters: { cluster: { id: string }; cutOff: { id: string }[] }[];
        ties: { source: { id: string }; target: { id: string }; cutOff: { id: string }[] }[];
      };
    }>(`{ singlePointsOfFailure(between: {}, first: 100) {
        clusters { cluster { id } cutOff { id } }
        ties { source { id } target { id } cutOff { id } } } }`);
    expect(errors).toBeUndefined();
    const cuts = data!.singlePointsOfFailure;
    const listed = new Map([
      ...cuts.clusters.map((cut) => [cut.cluster.id, cut.cutOff.map((c) => c.id).sort()] as const),
      ...cuts.ties.map(
        (cut) => [[cut.source.id, cut.target.id].sort().join('|'), cut.cutOff.map((c) => c.id).sort()] as const,
      ),
    ]);
    const pairs = await graph.executor.read<TiedPair>(TIED_PAIRS_BY_CYPHER);
    const [sides] = await graph.executor.read<{ eu: string[]; canada: string[] }>(SIDES);
    const expected = cutsBetweenByTraversal(pairs, { left: new Set(sides!.eu), right: new Set(sides!.canada) });
    expect(expected.size).toBeGreaterThan(0);
    expect(listed).toEqual(expected);
    // The lone members the first version missed: a Canadian cluster whose single tie is a French one's only link to Canada.
    expect(listed.get('saint-hyacinthe-technopole')).toContain('valorial');
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

  it("reads an expanded neighbourhood's measures with its nodes: one statement, the loader's measures", async () => {
    type Measured = { id: string; metrics: Record<string, unknown> | null };
    const fields = 'id metrics { degree betweenness pageRank community articulationPoint }';
    const expanded = await api!.execute<{ neighbourhood: { nodes: Measured[] } }>(
      `query ($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { ${fields} } } }`,
      { variables: { id: 'aero-montreal' } },
    );
    expect(expanded.errors).toBeUndefined();
    expect(expanded.roundTrips).toBe(1);
    // The network's nodes read theirs through the metrics loader.
    const network = await api!.execute<{ network: { nodes: Measured[] } }>(`{ network { nodes { ${fields} } } }`);
    const loaded = new Map(network.data!.network.nodes.map((n) => [n.id, n.metrics]));
    const nodes = expanded.data!.neighbourhood.nodes;
    expect(nodes.length).toBeGreaterThan(2);
    expect(nodes.every((n) => n.metrics !== null)).toBe(true);
    for (const n of nodes) expect(n.metrics, n.id).toEqual(loaded.get(n.id));
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

  it("dates each agreement's signing, update and end as its source does, and nothing undated", async () => {
    const { data, errors } = await api!.execute<{
      agreementEvents: {
        event: string;
        on: string;
        year: number;
        agreement: { id: string; endsOn: string | null; updatedBy: { id: string }[] };
        by: { id: string; signedOn: string | null; updates: { id: string } | null } | null;
      }[];
    }>(
      `{ agreementEvents { event on year agreement { id endsOn updatedBy { id } } by { id signedOn updates { id } } } }`,
    );
    expect(errors).toBeUndefined();
    const [stored] = await graph.executor.read<{ signed: number; ends: number }>(
      `MATCH (a:Agreement) RETURN count(a.signedOn) AS signed, count(a.endsOn) AS ends`,
    );
    const events = data!.agreementEvents;
    expect(events.filter((e) => e.event === 'SIGNED')).toHaveLength(stored!.signed);
    expect(events.filter((e) => e.event === 'ENDS')).toHaveLength(stored!.ends);
    // The seed's one update, "First signed in 2007, the Memorandum of Understanding between Skywin
    // and Aero Montreal was updated in 2013" (001), dated by the 2013 agreement.
    const updates = events.filter((e) => e.event === 'UPDATED');
    expect(updates.map((e) => [e.agreement.id, e.on, e.by?.id])).toEqual([
      ['mou-skywin-aero-montreal-2007', '2013', 'mou-skywin-aero-montreal-2013'],
    ]);
    for (const e of updates) {
      expect(e.by?.signedOn).toBe(e.on);
      expect(e.by?.updates?.id).toBe(e.agreement.id);
      expect(e.agreement.updatedBy.map((u) => u.id)).toContain(e.by?.id);
    }
    expect(events.filter((e) => e.event !== 'UPDATED').every((e) => e.by === null)).toBe(true);
    for (const e of events) expect(e.year).toBe(Number(e.on.slice(0, 4)));
    expect(events.filter((e) => e.event === 'ENDS').every((e) => e.agreement.endsOn === e.on)).toBe(true);
  });

  it('gives only the steps asked for, as the whole list has them (the timeline asks for its marks alone)', async () => {
    type Events = { agreementEvents: { event: string; on: string; agreement: { id: string } }[] };
    const all = await api!.execute<Events>(`{ agreementEvents { event on agreement { id } } }`);
    const marked = await api!.execute<Events>(
      `{ agreementEvents(events: [UPDATED, ENDS]) { event on agreement { id } } }`,
    );
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.agreementEvents.length).toBeGreaterThan(0);
    expect(marked.data!.agreementEvents).toEqual(all.data!.agreementEvents.filter((e) => e.event !== 'SIGNED'));
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
