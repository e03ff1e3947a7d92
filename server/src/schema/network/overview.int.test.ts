import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../../test/api.js';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import { createLogger } from '../../logger.js';
import { ensureSynthetic } from '../../synthetic/load.js';

/** Level of detail: the overview's counts and the budget's cut agree with the whole network. */

let graph: ReturnType<typeof connectTestGraph>;
let api: TestApi;

beforeAll(async () => {
  graph = connectTestGraph();
  await resetToSeed(graph.executor);
  api = await createTestApi({ executor: graph.executor });
});

afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

async function read<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await api.execute<T>(query, { variables });
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

interface Overview {
  clusters: number;
  ties: number;
  groups: { id: string; label: string; clusters: number; ties: number }[];
  links: { source: string; target: string; ties: number }[];
}
interface Network {
  nodes: { id: string; country: string | null; degree: number }[];
  edges: { source: string; target: string }[];
  omittedClusters: number;
  omittedTies: number;
}

const OVERVIEW = `query ($groupBy: OverviewGrouping, $filter: NetworkFilter) {
  networkOverview(groupBy: $groupBy, filter: $filter) { clusters ties groups { id label clusters ties } links { source target ties } }
}`;
const NETWORK = `query ($budget: Int, $filter: NetworkFilter) {
  network(budget: $budget, filter: $filter) { nodes { id country degree } edges { source target } omittedClusters omittedTies }
}`;

describe('networkOverview', () => {
  it('by country: the clusters and ties of the whole network, each in exactly one group or link', async () => {
    const { network } = await read<{ network: Network }>(NETWORK);
    const { networkOverview: overview } = await read<{ networkOverview: Overview }>(OVERVIEW, { groupBy: 'COUNTRY' });
    expect(overview.clusters).toBe(network.nodes.length);
    expect(overview.ties).toBe(network.edges.length);
    expect(overview.groups.reduce((sum, g) => sum + g.clusters, 0)).toBe(network.nodes.length);
    const grouped =
      overview.groups.reduce((sum, g) => sum + g.ties, 0) + overview.links.reduce((s, l) => s + l.ties, 0);
    expect(grouped).toBe(network.edges.length);
    const canada = overview.groups.find((g) => g.id === 'CA');
    expect(canada).toMatchObject({ label: 'Canada', clusters: network.nodes.filter((n) => n.country === 'CA').length });
  });

  it('by sector and by region, within a filter', async () => {
    const filter = { countries: ['CA'] };
    const { network } = await read<{ network: Network }>(NETWORK, { filter });
    for (const groupBy of ['SECTOR', 'REGION']) {
      const { networkOverview: overview } = await read<{ networkOverview: Overview }>(OVERVIEW, { groupBy, filter });
      expect(overview.clusters).toBe(network.nodes.length);
      expect(overview.ties).toBe(network.edges.length);
      expect(overview.groups.length).toBeGreaterThan(0);
      expect(overview.groups.every((g) => g.label.length > 0)).toBe(true);
    }
  });
});

describe('network with a budget', () => {
  it('keeps the most connected clusters that fit and says how many clusters and ties it left out', async () => {
    const { network: whole } = await read<{ network: Network }>(NETWORK);
    const budget = Math.floor((whole.nodes.length + whole.edges.length) / 3);
    const { network: cut } = await read<{ network: Network }>(NETWORK, { budget });
    expect(cut.nodes.length + cut.edges.length).toBeLessThanOrEqual(budget);
    expect(cut.omittedClusters).toBe(whole.nodes.length - cut.nodes.length);
    expect(cut.omittedTies).toBe(whole.edges.length - cut.edges.length);
    expect(cut.omittedClusters).toBeGreaterThan(0);
    const leastKept = Math.min(...cut.nodes.map((n) => n.degree));
    const kept = new Set(cut.nodes.map((n) => n.id));
    expect(whole.nodes.filter((n) => !kept.has(n.id)).every((n) => n.degree <= leastKept)).toBe(true);
    expect(cut.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
  });

  it('changes nothing when the network fits', async () => {
    const { network } = await read<{ network: Network }>(NETWORK, { budget: 100_000 });
    expect(network).toMatchObject({ omittedClusters: 0, omittedTies: 0 });
  });
});

describe('the synthetic graph (npm run start:large)', () => {
  it('loads without the seed and answers the overview', async () => {
    const synthetic = await ensureSynthetic({
      executor: graph.executor,
      logger: createLogger('silent'),
      force: true,
      progress: false,
      clusters: 200,
    });
    const { networkOverview: overview } = await read<{ networkOverview: Overview }>(OVERVIEW);
    expect(overview.clusters).toBe(200);
    expect(overview.ties).toBeGreaterThan(0);
    expect(overview.ties).toBeLessThanOrEqual(synthetic.ties);
    const seedCluster = await graph.executor.read(`MATCH (c:Cluster {id: 'technomontreal'}) RETURN c.id AS id`);
    expect(seedCluster).toEqual([]);
  });
});
