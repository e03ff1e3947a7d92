import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../../test/api.js';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';

/**
 * The tie rule (tie-rule.ts) on the seed graph: a planned or initiated agreement is no tie in the
 * network, a neighbourhood, a path, a cluster's ties, the stats, the matrix or the gaps, unless
 * the caller includes planned ones. The seed's two unsigned agreements have one party facing a
 * partnership; the test adds its own planned agreement between two named clusters (ids "tie-rule-").
 */

const graph = connectTestGraph();
let api: TestApi;

/** A planned agreement $id between clusters $left and $right, covering $sector, cited. */
const PLANNED_FIXTURE = `
MATCH (a:Cluster {id: $left}), (b:Cluster {id: $right}), (s:Sector {id: $sector}), (src:Source)
WITH a, b, s, src LIMIT 1
CREATE (v:Entity:Agreement {id: $id, name: 'A planned pact', kind: 'MOU', status: 'PLANNED'})
CREATE (a)-[:PARTY_TO]->(v), (b)-[:PARTY_TO]->(v), (v)-[:COVERS]->(s), (v)-[:CITED_IN {excerpt: 'test'}]->(src)`;

/** Two Montréal clusters that no tie joins in the seed. */
const LEFT = 'technomontreal';
const RIGHT = 'aero-montreal';

beforeAll(async () => {
  await resetToSeed(graph.executor);
  api = await createTestApi({ executor: graph.executor });
});
afterAll(async () => {
  await api?.stop();
  await graph.close();
});

async function read<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.execute<T>(query, variables ? { variables } : {});
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

type Edge = { id: string; kind: string; via: string[]; planned: boolean };

describe('the seed', () => {
  it('names only the counterpart as the party of an agreement with a partnership, and keeps INITIATED', async () => {
    const { geo, dia } = await read<{
      geo: { status: string; parties: { id: string }[]; partnership: { id: string } };
      dia: { status: string; parties: { id: string }[]; partnership: { id: string } };
    }>(`{
      geo: node(id: "partnership-agreement-geo-energy-europe-cangea") { ... on Agreement { status parties { id } partnership { id } } }
      dia: node(id: "partnership-dia-city-of-surrey") { ... on Agreement { status parties { id } partnership { id } } }
    }`);
    expect(geo).toEqual({ status: 'PLANNED', parties: [{ id: 'cangea' }], partnership: { id: 'geo-energy-europe' } });
    expect(dia).toEqual({ status: 'INITIATED', parties: [{ id: 'city-of-surrey' }], partnership: { id: 'dia' } });
  });

  it('has no agreement tie between members of a partnership that no document states', async () => {
    const { network } = await read<{ network: { edges: Edge[] } }>(
      `{ network(filter: { includePlanned: true }) { edges { id kind via planned } } }`,
    );
    const ids = network.edges.map((e) => e.id);
    expect(ids).not.toContain('AGREEMENT:geoenergy-celle:geoscience-ireland');
    expect(ids).toContain('PARTNERSHIP:geoenergy-celle:geoscience-ireland');
    expect(network.edges.filter((e) => e.via.includes('partnership-dia-city-of-surrey'))).toEqual([]);
  });
});

describe('a planned agreement between two named clusters', () => {
  beforeAll(async () => {
    await graph.executor.write((tx) =>
      tx.run(PLANNED_FIXTURE, { id: 'tie-rule-planned', left: LEFT, right: RIGHT, sector: 'ict' }),
    );
  });

  it('is drawn, as planned, only when the network includes planned agreements', async () => {
    const QUERY = `query ($filter: NetworkFilter) { network(filter: $filter) { edges { id kind via planned } } }`;
    const id = `AGREEMENT:${RIGHT}:${LEFT}`;
    const without = await read<{ network: { edges: Edge[] } }>(QUERY);
    expect(without.network.edges.find((e) => e.id === id)).toBeUndefined();
    expect(without.network.edges.every((e) => !e.planned)).toBe(true);
    const withPlanned = await read<{ network: { edges: Edge[] } }>(QUERY, { filter: { includePlanned: true } });
    expect(withPlanned.network.edges.find((e) => e.id === id)).toEqual({
      id,
      kind: 'AGREEMENT',
      via: ['tie-rule-planned'],
      planned: true,
    });
    // A signed tie stays solid when planned ones are included.
    expect(withPlanned.network.edges.find((e) => e.id === 'AGREEMENT:aero-montreal:skywin')?.planned).toBe(false);
  });

  it('is crossed by a neighbourhood and a shortest path only when asked', async () => {
    const NEIGHBOURHOOD = `query ($filter: NetworkFilter) { neighbourhood(id: "${LEFT}", filter: $filter) { nodes { id } } }`;
    const near = await read<{ neighbourhood: { nodes: { id: string }[] } }>(NEIGHBOURHOOD);
    expect(near.neighbourhood.nodes.map((n) => n.id)).not.toContain(RIGHT);
    const nearPlanned = await read<{ neighbourhood: { nodes: { id: string }[] } }>(NEIGHBOURHOOD, {
      filter: { includePlanned: true },
    });
    expect(nearPlanned.neighbourhood.nodes.map((n) => n.id)).toContain(RIGHT);

    const PATH = `query ($include: Boolean) { shortestPath(from: "${LEFT}", to: "${RIGHT}", includePlanned: $include) {
      hops edges { via planned } } }`;
    expect((await read<{ shortestPath: null }>(PATH)).shortestPath).toBeNull();
    expect((await read<{ shortestPath: unknown }>(PATH, { include: true })).shortestPath).toEqual({
      hops: 1,
      edges: [{ via: ['tie-rule-planned'], planned: true }],
    });
  });

  it('is no tie of the cluster, nor counted in the stats', async () => {
    const { cluster, stats } = await read<{
      cluster: { ties: { via: { id: string } }[] };
      stats: { ties: { label: string; count: number }[] };
    }>(`{ cluster(id: "${LEFT}") { ties(kinds: [AGREEMENT]) { via { id } } } stats { ties { label count } } }`);
    expect(cluster.ties.map((t) => t.via.id)).not.toContain('tie-rule-planned');
    const { network } = await read<{ network: { edges: Edge[] } }>('{ network { edges { id kind via planned } } }');
    const agreementTies = stats.ties.find((t) => t.label === 'AGREEMENT')?.count;
    expect(agreementTies).toBe(network.edges.filter((e) => e.kind === 'AGREEMENT').length);
  });
});

describe('the gaps', () => {
  type Candidate = { left: { id: string }; right: { id: string }; sector: { id: string } };
  type Cell = { sector: { id: string }; agreements: number };
  type Gaps = { gaps: Candidate[]; cooperationMatrix: { cells: Cell[] } };
  const GAPS = `query ($filter: GapFilter, $first: Int) {
    gaps(filter: $filter, first: $first) { left { id } right { id } sector { id } }
    cooperationMatrix(filter: $filter) { cells { sector { id } agreements } } }`;

  it('a planned agreement hides a gap and counts in the matrix only when planned ones are included', async () => {
    const top = await read<Gaps>(GAPS, { first: 1 });
    const pair = top.gaps[0];
    if (!pair) throw new Error('the seed has no candidate pair between the EU and Canada');
    const sectors = [pair.sector.id];
    const before = await read<Gaps>(GAPS, { filter: { sectors }, first: 100 });
    const agreementsIn = (cells: Cell[]) => cells.find((c) => c.sector.id === pair.sector.id)?.agreements ?? 0;
    await graph.executor.write((tx) =>
      tx.run(PLANNED_FIXTURE, {
        id: 'tie-rule-planned-gap',
        left: pair.left.id,
        right: pair.right.id,
        sector: pair.sector.id,
      }),
    );
    const isPair = (c: Candidate) => c.left.id === pair.left.id && c.right.id === pair.right.id;
    const without = await read<Gaps>(GAPS, { filter: { sectors }, first: 100 });
    expect(without.gaps.some(isPair)).toBe(true);
    expect(agreementsIn(without.cooperationMatrix.cells)).toBe(agreementsIn(before.cooperationMatrix.cells));
    const withPlanned = await read<Gaps>(GAPS, { filter: { sectors, includePlanned: true }, first: 100 });
    expect(withPlanned.gaps.some(isPair)).toBe(false);
    expect(agreementsIn(withPlanned.cooperationMatrix.cells)).toBe(agreementsIn(before.cooperationMatrix.cells) + 1);
  });
});
