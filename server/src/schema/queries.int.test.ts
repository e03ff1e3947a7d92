import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../seed/catalogue.js';
import { createTestApi, type TestApi } from '../../test/api.js';
import { connectTestGraph, resetToSeed } from '../../test/graph.js';

/** Every query of the contract (gaps excepted) against the real seed graph, with facts from the documents. */

let graph: ReturnType<typeof connectTestGraph>;
let api: TestApi;
let catalogue: Catalogue;

beforeAll(async () => {
  graph = connectTestGraph();
  catalogue = await resetToSeed(graph.executor);
  api = await createTestApi({ executor: graph.executor });
});

afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

/** Runs an operation that must succeed; fails the test with the errors otherwise. */
async function read<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.execute<T>(query, variables ? { variables } : {});
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

async function errorCodes(query: string, variables?: Record<string, unknown>): Promise<unknown[]> {
  const result = await api.execute(query, variables ? { variables } : {});
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('look-ups', () => {
  it('node resolves every entity kind by id, with its citations', async () => {
    const data = await read<{
      [k: string]: {
        __typename: string;
        name: string;
        entityKind: string;
        citations: { source: { id: string } }[];
      } | null;
    }>(`{
      cluster: node(id: "technomontreal") { ...E }
      agreement: node(id: "agreement-technomontreal-canieti-occidente-2013") { ...E }
      event: node(id: "wcit-2014") { ...E }
      region: node(id: "guadalajara") { ...E }
      country: node(id: "mx") { ...E }
      sector: node(id: "ict") { ...E }
      mission: node(id: "mission-et4s-toronto-montreal-2022") { ...E }
      partnership: node(id: "et4s") { ...E }
      missing: node(id: "no-such-entity") { ...E }
    }
    fragment E on Entity { __typename name entityKind citations { excerpt source { id title } } }`);
    expect(data.cluster).toMatchObject({ __typename: 'Cluster', name: 'TechnoMontréal', entityKind: 'CLUSTER' });
    expect(data.agreement).toMatchObject({ __typename: 'Agreement', entityKind: 'AGREEMENT' });
    expect(data.event).toMatchObject({ __typename: 'Event', entityKind: 'EVENT' });
    expect(data.region).toMatchObject({ __typename: 'Region', name: 'Guadalajara' });
    expect(data.country).toMatchObject({ __typename: 'Country', name: 'Mexico' });
    expect(data.sector).toMatchObject({ __typename: 'Sector', name: 'Information and communications technology' });
    expect(data.mission).toMatchObject({ __typename: 'Mission', entityKind: 'MISSION' });
    expect(data.partnership).toMatchObject({ __typename: 'Partnership', entityKind: 'PARTNERSHIP' });
    expect(data.missing).toBeNull();
    for (const key of ['cluster', 'agreement', 'event', 'mission', 'partnership']) {
      expect(data[key]?.citations.length, key).toBeGreaterThan(0);
    }
    expect(data.cluster?.citations.map((c) => c.source.id)).toContain('src-technomontreal-canieti-2013');
  });

  it('cluster gives a named cluster its agreements, place, sectors and ties', async () => {
    const { cluster } = await read<{
      cluster: {
        clusterKind: string;
        country: { code: string };
        region: { name: string; parent: { name: string } | null; country: { code: string } };
        sectors: { id: string }[];
        agreements: { id: string; parties: { id: string }[] }[];
        ties: { kind: string; cluster: { id: string }; via: { id: string }; year: number | null }[];
      };
    }>(`{ cluster(id: "aero-montreal") {
      clusterKind country { code } region { name parent { name } country { code } } sectors { id }
      agreements { id parties { id } }
      ties(kinds: [AGREEMENT]) { kind cluster { id } via { id } year }
    } }`);
    expect(cluster.country.code).toBe('CA');
    expect(cluster.region).toEqual({ name: 'Montréal', parent: { name: 'Québec' }, country: { code: 'CA' } });
    expect(ids(cluster.sectors)).toContain('aerospace');
    expect(ids(cluster.agreements)).toEqual(
      expect.arrayContaining([
        'mou-skywin-aero-montreal-2007',
        'mou-skywin-aero-montreal-2013',
        'mou-aero-montreal-aerospace-valley',
      ]),
    );
    const skywin2007 = cluster.agreements.find((a) => a.id === 'mou-skywin-aero-montreal-2007');
    expect(ids(skywin2007?.parties ?? [])).toEqual(['aero-montreal', 'skywin']);
    expect(cluster.ties.every((t) => t.kind === 'AGREEMENT')).toBe(true);
    expect(cluster.ties).toContainEqual({
      kind: 'AGREEMENT',
      cluster: { id: 'skywin' },
      via: { id: 'mou-skywin-aero-montreal-2007' },
      year: 2007,
    });
  });

  it('an unknown cluster is null', async () => {
    expect((await read<{ cluster: null }>('{ cluster(id: "nope") { id } }')).cluster).toBeNull();
  });

  it('agreement, mission and partnership fields follow the documents', async () => {
    const data = await read<{
      agreement: {
        agreementKind: string;
        status: string;
        signedOn: string;
        parties: { id: string }[];
        sectors: { id: string }[];
      };
      mission: {
        status: string;
        startsOn: string;
        organisers: { __typename: string; id: string }[];
        met: { id: string }[];
        visited: { id: string }[];
      };
      partnership: { acronym: string; targetCountries: { code: string }[] };
      event: { region: { id: string } };
    }>(`{
      agreement: node(id: "agreement-technomontreal-canieti-occidente-2013") { ... on Agreement { agreementKind status signedOn parties { id } sectors { id } } }
      mission: node(id: "mission-et4s-toronto-montreal-2022") { ... on Mission { status startsOn organisers { __typename id } met { id } visited { id } } }
      partnership: node(id: "et4s") { ... on Partnership { acronym targetCountries { code } } }
      event: node(id: "wcit-2014") { ... on Event { region { id } } }
    }`);
    expect(data.agreement).toEqual({
      agreementKind: 'COLLABORATION_AGREEMENT',
      status: 'SIGNED',
      signedOn: '2013-06-27',
      parties: [{ id: 'canieti-occidente' }, { id: 'technomontreal' }],
      sectors: [{ id: 'ict' }],
    });
    expect(data.mission).toMatchObject({
      status: 'PLANNED',
      // The document gives "6–11 November" and no year: no date is stored.
      startsOn: null,
      organisers: [{ __typename: 'Partnership', id: 'et4s' }],
    });
    expect(ids(data.mission.met)).toEqual(['advanced-manufacturing-supercluster', 'digital-technology-supercluster']);
    expect(ids(data.mission.visited)).toEqual(expect.arrayContaining(['montreal', 'toronto']));
    expect(data.partnership.acronym).toBe('ET4S');
    expect(data.partnership.targetCountries.map((c) => c.code)).toEqual(expect.arrayContaining(['CA', 'US']));
    expect(data.event.region.id).toBe('guadalajara');
  });
});

describe('search', () => {
  const SEARCH = `query ($text: String!, $kinds: [EntityKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) { score entity { __typename id } } }`;
  type Hits = { search: { score: number; entity: { __typename: string; id: string } }[] };

  it.each(['Aéro Montréal', 'aero montreal', 'AERO MONTREAL'])(
    'finds Aéro Montréal first for %j (accents and case folded)',
    async (text) => {
      const { search } = await read<Hits>(SEARCH, { text });
      expect(search[0]?.entity.id).toBe('aero-montreal');
      expect(search.map((h) => h.score)).toEqual([...search.map((h) => h.score)].sort((a, b) => b - a));
    },
  );

  it('matches a prefix while typing', async () => {
    const { search } = await read<Hits>(SEARCH, { text: 'technom', kinds: ['CLUSTER'] });
    expect(search.map((h) => h.entity.id)).toContain('technomontreal');
  });

  it('keeps only the kinds asked for', async () => {
    const { search } = await read<Hits>(SEARCH, { text: 'technomontreal', kinds: ['AGREEMENT'] });
    expect(search.length).toBeGreaterThan(0);
    expect(search.every((h) => h.entity.__typename === 'Agreement')).toBe(true);
  });

  it('treats Lucene syntax in user text as words', async () => {
    const result = await api.execute<Hits>(SEARCH, { variables: { text: '(aero) "montréal~ *: \\' } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.search[0]?.entity.id).toBe('aero-montreal');
  });

  it('caps first', async () => {
    expect(await errorCodes(SEARCH, { text: 'a', first: 51 })).toEqual(['BAD_USER_INPUT']);
  });
});

describe('connections', () => {
  const CLUSTERS = `query ($filter: ClusterFilter, $first: Int, $after: String) {
    clusters(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id countryCode: country { code } } } } }`;
  type Page = {
    clusters: {
      totalCount: number;
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
      edges: { cursor: string; node: { id: string; countryCode: { code: string } | null } }[];
    };
  };

  it('pages through every Canadian cluster exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page += 1) {
      const { clusters }: Page = await read<Page>(CLUSTERS, { filter: { countries: ['ca'] }, first: 7, after });
      total = clusters.totalCount;
      expect(clusters.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...clusters.edges.map((e) => e.node.id));
      expect(clusters.edges.every((e) => e.node.countryCode?.code === 'CA')).toBe(true);
      if (!clusters.pageInfo.hasNextPage) break;
      after = clusters.pageInfo.endCursor;
    }
    const expected = catalogue.clusters.filter(
      (c) => (c.country ?? catalogue.regions.find((r) => r.id === c.region)?.country) === 'CA',
    ).length;
    expect(total).toBe(expected);
    expect(seen).toHaveLength(expected);
    expect(new Set(seen).size).toBe(expected);
  });

  it('filters by sector including its sub-sectors, by kind and by text', async () => {
    const child = catalogue.sectors.find(
      (s) =>
        s.partOf && catalogue.clusters.some((c) => c.sectors?.includes(s.id) && !c.sectors.includes(s.partOf ?? '')),
    );
    expect(child, 'the seed has a cluster in a sub-sector only').toBeDefined();
    const inChild = catalogue.clusters.filter((c) => c.sectors?.includes(child?.id ?? '')).map((c) => c.id);
    const { clusters } = await read<Page>(CLUSTERS, { filter: { sectors: [child?.partOf] }, first: 200 });
    expect(clusters.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(inChild));

    const publicBodies = catalogue.clusters.filter((c) => c.kind === 'PUBLIC_BODY').length;
    expect((await read<Page>(CLUSTERS, { filter: { kinds: ['PUBLIC_BODY'] } })).clusters.totalCount).toBe(publicBodies);

    const text = await read<Page>(CLUSTERS, { filter: { text: 'Montreal' } });
    expect(text.clusters.edges.map((e) => e.node.id)).toContain('aero-montreal');
    const prefix = await read<Page>(CLUSTERS, { filter: { text: 'techno' } });
    expect(prefix.clusters.edges.map((e) => e.node.id)).toContain('technomontreal');
  });

  it('filters agreements by year range, country of a party, status and text', async () => {
    const AGREEMENTS = `query ($filter: AgreementFilter) { agreements(filter: $filter, first: 200) { totalCount edges { node { id signedOn status } } } }`;
    type A = {
      agreements: { totalCount: number; edges: { node: { id: string; signedOn: string | null; status: string } }[] };
    };
    const in2013 = await read<A>(AGREEMENTS, { filter: { fromYear: 2013, toYear: 2013 } });
    const ids2013 = in2013.agreements.edges.map((e) => e.node.id);
    expect(ids2013).toEqual(
      expect.arrayContaining(['agreement-technomontreal-canieti-occidente-2013', 'mou-skywin-aero-montreal-2013']),
    );
    expect(ids2013).not.toContain('mou-skywin-aero-montreal-2007');
    expect(in2013.agreements.edges.every((e) => e.node.signedOn?.startsWith('2013'))).toBe(true);

    const mexico = await read<A>(AGREEMENTS, { filter: { countries: ['MX'] } });
    expect(mexico.agreements.edges.map((e) => e.node.id)).toContain('agreement-technomontreal-canieti-occidente-2013');
    expect(mexico.agreements.edges.map((e) => e.node.id)).not.toContain('mou-skywin-aero-montreal-2007');

    const planned = await read<A>(AGREEMENTS, { filter: { statuses: ['PLANNED'] } });
    expect(planned.agreements.totalCount).toBe(catalogue.agreements.filter((a) => a.status === 'PLANNED').length);

    const text = await read<A>(AGREEMENTS, { filter: { text: 'canieti' } });
    expect(text.agreements.edges.map((e) => e.node.id)).toEqual(['agreement-technomontreal-canieti-occidente-2013']);
  });

  it('filters missions and partnerships', async () => {
    const missions = await read<{ missions: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `{ missions(filter: { countries: ["CA"], fromYear: 2023, toYear: 2023 }) { totalCount edges { node { id } } } }`,
    );
    expect(missions.missions.edges.map((e) => e.node.id)).toContain('mission-kets4dual-use-canada-2023');
    expect(missions.missions.edges.map((e) => e.node.id)).not.toContain('mission-kets4dual-use-uae-2023');
    // Undated missions (the ET4S ones: their document gives no year) are left out of a year range.
    expect(missions.missions.edges.map((e) => e.node.id)).not.toContain('mission-et4s-toronto-montreal-2022');

    const partnerships = await read<{ partnerships: { edges: { node: { id: string } }[] } }>(
      `{ partnerships(filter: { targetCountries: ["US"] }, first: 200) { edges { node { id } } } }`,
    );
    expect(partnerships.partnerships.edges.map((e) => e.node.id)).toContain('et4s');
    const total = await read<{ partnerships: { totalCount: number } }>('{ partnerships { totalCount } }');
    expect(total.partnerships.totalCount).toBe(catalogue.partnerships.length);
  });
});

describe('places and sectors', () => {
  it('lists countries and the regions of one country', async () => {
    const data = await read<{
      countries: { code: string; eu: boolean }[];
      regions: { id: string; country: { code: string } }[];
    }>('{ countries { code eu } regions(country: "mx") { id country { code } } }');
    expect(data.countries).toHaveLength(catalogue.countries.length);
    expect(data.countries).toContainEqual({ code: 'CA', eu: false });
    expect(data.countries).toContainEqual({ code: 'FR', eu: true });
    expect(data.regions.map((r) => r.id)).toEqual(expect.arrayContaining(['guadalajara', 'jalisco']));
    expect(data.regions.every((r) => r.country.code === 'MX')).toBe(true);
  });

  it('gives the sector tree', async () => {
    const { sectors } = await read<{
      sectors: { id: string; parent: { id: string } | null; children: { id: string }[] }[];
    }>('{ sectors { id parent { id } children { id } } }');
    expect(sectors).toHaveLength(catalogue.sectors.length);
    const robotics = sectors.find((s) => s.id === 'robotics');
    expect(robotics?.parent?.id).toBe('advanced-manufacturing');
    expect(ids(sectors.find((s) => s.id === 'advanced-manufacturing')?.children ?? [])).toContain('robotics');
  });
});

describe('the network', () => {
  type Net = {
    nodes: { id: string; label: string; country: string | null; sectors: string[]; degree: number }[];
    edges: {
      id: string;
      source: string;
      target: string;
      kind: string;
      via: string[];
      years: number[];
      weight: number;
    }[];
  };
  const NETWORK = `query ($filter: NetworkFilter) { network(filter: $filter) {
    nodes { id label entityKind country sectors degree } edges { id source target kind via years weight } } }`;

  it('aggregates ties per pair and kind, with weight, years and via', async () => {
    const { network } = await read<{ network: Net }>(NETWORK);
    expect(network.nodes).toHaveLength(catalogue.clusters.length);
    const edge = network.edges.find((e) => e.id === 'AGREEMENT:aero-montreal:skywin');
    expect(edge).toEqual({
      id: 'AGREEMENT:aero-montreal:skywin',
      source: 'aero-montreal',
      target: 'skywin',
      kind: 'AGREEMENT',
      via: ['mou-skywin-aero-montreal-2007', 'mou-skywin-aero-montreal-2013'],
      years: [2007, 2013],
      weight: 2,
    });
    const aero = network.nodes.find((n) => n.id === 'aero-montreal');
    expect(aero).toMatchObject({ label: 'Aéro Montréal', country: 'CA' });
    const neighbours = new Set(
      network.edges
        .filter((e) => e.source === 'aero-montreal' || e.target === 'aero-montreal')
        .flatMap((e) => [e.source, e.target]),
    );
    neighbours.delete('aero-montreal');
    expect(aero?.degree).toBe(neighbours.size);
  });

  it('shows a tie only when both clusters pass the filter, and filters kinds and years', async () => {
    const { network } = await read<{ network: Net }>(NETWORK, { filter: { countries: ['CA', 'MX'] } });
    expect(network.nodes.every((n) => n.country === 'CA' || n.country === 'MX')).toBe(true);
    const nodeIds = new Set(network.nodes.map((n) => n.id));
    expect(network.edges.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target))).toBe(true);
    expect(network.edges.map((e) => e.id)).toContain('AGREEMENT:canieti-occidente:technomontreal');

    const missions = await read<{ network: Net }>(NETWORK, { filter: { tieKinds: ['MISSION'] } });
    expect(missions.network.edges.length).toBeGreaterThan(0);
    expect(missions.network.edges.every((e) => e.kind === 'MISSION')).toBe(true);

    const from2013 = await read<{ network: Net }>(NETWORK, { filter: { fromYear: 2013 } });
    expect(from2013.network.edges.find((e) => e.id === 'AGREEMENT:aero-montreal:skywin')).toMatchObject({
      years: [2013],
      weight: 1,
    });
    expect(from2013.network.edges.every((e) => e.years.length > 0 && e.years.every((y) => y >= 2013))).toBe(true);
  });

  it('grows a neighbourhood from a cluster, one to three ties deep', async () => {
    const NEIGHBOURHOOD =
      'query ($depth: Int) { neighbourhood(id: "aero-montreal", depth: $depth) { nodes { id } edges { id source target } } }';
    const one = await read<{ neighbourhood: Net }>(NEIGHBOURHOOD, { depth: 1 });
    expect(ids(one.neighbourhood.nodes)).toEqual(
      expect.arrayContaining(['aero-montreal', 'skywin', 'aerospace-valley', 'aviation-valley']),
    );
    const two = await read<{ neighbourhood: Net }>(NEIGHBOURHOOD, { depth: 2 });
    expect(two.neighbourhood.nodes.length).toBeGreaterThanOrEqual(one.neighbourhood.nodes.length);
    const nodeIds = new Set(ids(two.neighbourhood.nodes));
    expect(two.neighbourhood.edges.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target))).toBe(true);
    expect(await errorCodes('{ neighbourhood(id: "no-such-cluster") { nodes { id } } }')).toEqual(['NOT_FOUND']);
    expect(await errorCodes(NEIGHBOURHOOD, { depth: 4 })).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(NEIGHBOURHOOD, { depth: 0 })).toEqual(['BAD_USER_INPUT']);
  });

  it('grows a neighbourhood to the clusters a breadth-first walk over the network’s ties reaches, with and without a filter', async () => {
    const NEIGHBOURHOOD = `query ($depth: Int, $filter: NetworkFilter) { neighbourhood(id: "aero-montreal", depth: $depth, filter: $filter) {
      nodes { id } edges { id } } }`;
    for (const filter of [null, { countries: ['CA', 'FR', 'BE', 'DE'] }, { tieKinds: ['AGREEMENT'] }]) {
      // The whole network of the filter (ties between clusters that both pass it), walked from the start.
      const { network } = await read<{ network: Net }>(NETWORK, { filter });
      const next = new Map<string, string[]>();
      for (const e of network.edges) {
        next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
        next.set(e.target, [...(next.get(e.target) ?? []), e.source]);
      }
      let reached = new Set(['aero-montreal']);
      for (const depth of [1, 2, 3]) {
        reached = new Set([...reached, ...[...reached].flatMap((id) => next.get(id) ?? [])]);
        const { neighbourhood } = await read<{ neighbourhood: Net }>(NEIGHBOURHOOD, { depth, filter });
        expect(ids(neighbourhood.nodes).sort(), `depth ${depth}, ${JSON.stringify(filter)}`).toEqual(
          [...reached].sort(),
        );
        const among = network.edges.filter((e) => reached.has(e.source) && reached.has(e.target));
        expect(ids(neighbourhood.edges).sort()).toEqual(ids(among).sort());
      }
    }
  });

  it('finds the shortest path between two named clusters, or null', async () => {
    const PATH = `query ($from: ID!, $to: ID!, $kinds: [TieKind!], $maxHops: Int) { shortestPath(from: $from, to: $to, kinds: $kinds, maxHops: $maxHops) {
      hops nodes { id } edges { source target kind via } } }`;
    type P = {
      shortestPath: {
        hops: number;
        nodes: { id: string }[];
        edges: { source: string; target: string; kind: string; via: string[] }[];
      } | null;
    };
    const direct = await read<P>(PATH, { from: 'technomontreal', to: 'canieti-occidente' });
    expect(direct.shortestPath).toEqual({
      hops: 1,
      nodes: [{ id: 'technomontreal' }, { id: 'canieti-occidente' }],
      edges: [
        {
          source: 'technomontreal',
          target: 'canieti-occidente',
          kind: 'AGREEMENT',
          via: ['agreement-technomontreal-canieti-occidente-2013'],
        },
      ],
    });
    const twoHops = await read<P>(PATH, { from: 'aerospace-valley', to: 'aviation-valley' });
    expect(twoHops.shortestPath?.hops).toBe(2);
    expect(ids(twoHops.shortestPath?.nodes ?? [])).toEqual(['aerospace-valley', 'aero-montreal', 'aviation-valley']);
    expect(twoHops.shortestPath?.edges.map((e) => [e.source, e.target])).toEqual([
      ['aerospace-valley', 'aero-montreal'],
      ['aero-montreal', 'aviation-valley'],
    ]);
    expect((await read<P>(PATH, { from: 'technomontreal', to: 'aero-montreal' })).shortestPath).toBeNull();
    expect(
      (await read<P>(PATH, { from: 'aerospace-valley', to: 'aviation-valley', maxHops: 1 })).shortestPath,
    ).toBeNull();
    expect(
      (await read<P>(PATH, { from: 'aerospace-valley', to: 'aviation-valley', kinds: ['PARTNERSHIP'], maxHops: 1 }))
        .shortestPath,
    ).toBeNull();
    // Every kind named is the statement without a kind predicate; some kinds, the one with it.
    const allKinds = ['AGREEMENT', 'MISSION', 'PARTNERSHIP'];
    expect(
      (await read<P>(PATH, { from: 'aerospace-valley', to: 'aviation-valley', kinds: allKinds })).shortestPath,
    ).toEqual(twoHops.shortestPath);
    const usedKinds = [...new Set(twoHops.shortestPath?.edges.map((e) => e.kind))];
    expect(usedKinds.length).toBeLessThan(allKinds.length);
    expect(
      (await read<P>(PATH, { from: 'aerospace-valley', to: 'aviation-valley', kinds: usedKinds })).shortestPath,
    ).toEqual(twoHops.shortestPath);
    const otherKinds = allKinds.filter((kind) => !usedKinds.includes(kind));
    const around = await read<P>(PATH, { from: 'aerospace-valley', to: 'aviation-valley', kinds: otherKinds });
    for (const edge of around.shortestPath?.edges ?? []) expect(otherKinds).toContain(edge.kind);
    expect(await errorCodes(PATH, { from: 'a', to: 'b', maxHops: 11 })).toEqual(['BAD_USER_INPUT']);
  });

  it('finds paths as long as a breadth-first walk over the network’s ties, each hop one of its edges', async () => {
    const PATH = `query ($from: ID!, $to: ID!, $kinds: [TieKind!], $includePlanned: Boolean) {
      shortestPath(from: $from, to: $to, kinds: $kinds, includePlanned: $includePlanned) {
        hops nodes { id } edges { id kind via } } }`;
    type P = { shortestPath: { hops: number; nodes: { id: string }[]; edges: Net['edges'] } | null };
    // Optence is a member of LASER-GO, a partnership that organised a mission: a search that let a
    // chain step from the partnership to the mission would reach that mission's clusters sooner.
    const starts = ['aero-montreal', 'optence'];
    for (const filter of [{}, { tieKinds: ['AGREEMENT', 'MISSION'] }, { includePlanned: true }]) {
      const { network } = await read<{ network: Net }>(NETWORK, { filter });
      const edges = new Map(network.edges.map((e) => [e.id, e]));
      const next = new Map<string, string[]>();
      for (const e of network.edges) {
        next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
        next.set(e.target, [...(next.get(e.target) ?? []), e.source]);
      }
      const variables = {
        kinds: 'tieKinds' in filter ? filter.tieKinds : null,
        includePlanned: 'includePlanned' in filter,
      };
      for (const from of starts) {
        const distance = new Map([[from, 0]]);
        for (let ring = [from], hops = 1; ring.length > 0; hops += 1)
          ring = ring.flatMap((id) => (next.get(id) ?? []).filter((to) => !distance.has(to) && distance.set(to, hops)));
        for (const { id: to } of network.nodes.filter((n) => n.id !== from)) {
          const { shortestPath: path } = await read<P>(PATH, { ...variables, from, to });
          const expected = distance.get(to);
          const where = `${from} to ${to}, ${JSON.stringify(filter)}`;
          expect(path?.hops ?? null, where).toBe(expected !== undefined && expected <= 6 ? expected : null);
          for (const [i, edge] of (path?.edges ?? []).entries()) {
            // The network's edge between the hop's clusters, whose vias are every one of that kind they share.
            const [a, b] = [path?.nodes[i]?.id ?? '', path?.nodes[i + 1]?.id ?? ''];
            expect(edge.id, where).toBe(a < b ? `${edge.kind}:${a}:${b}` : `${edge.kind}:${b}:${a}`);
            expect([...edge.via].sort(), where).toEqual([...(edges.get(edge.id)?.via ?? [])].sort());
          }
        }
      }
    }
  });

  it('counts nodes per label and tied pairs per kind', async () => {
    const { stats } = await read<{
      stats: { nodes: { label: string; count: number }[]; ties: { label: string; count: number }[] };
    }>('{ stats { nodes { label count } ties { label count } } }');
    const count = (label: string) => stats.nodes.find((n) => n.label === label)?.count;
    expect(count('Cluster')).toBe(catalogue.clusters.length);
    expect(count('Agreement')).toBe(catalogue.agreements.length);
    expect(count('Source')).toBe(catalogue.sources.length);
    expect(stats.ties.map((t) => t.label)).toEqual(['AGREEMENT', 'MISSION', 'PARTNERSHIP']);
    const { network } = await read<{ network: Net }>(NETWORK);
    for (const tie of stats.ties)
      expect(tie.count, tie.label).toBe(network.edges.filter((e) => e.kind === tie.label).length);
  });
});

describe('cost', () => {
  it('answers 50 clusters with their sectors, country, citations and agreements’ parties in one statement', async () => {
    const result = await api.execute<{
      clusters: { edges: { node: { agreements: { parties: unknown[] }[]; citations: unknown[] } }[] };
    }>(`{
      clusters(first: 50) { totalCount edges { node { id name sectors { id name } country { code name }
        citations { excerpt source { id } } agreements { id parties { id name } } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.clusters.edges).toHaveLength(Math.min(50, catalogue.clusters.length));
    expect(result.data?.clusters.edges.some((e) => e.node.agreements.some((a) => a.parties.length >= 2))).toBe(true);
    expect(result.data?.clusters.edges.some((e) => e.node.citations.length > 0)).toBe(true);
    expect(result.roundTrips).toBe(1);
  });

  it('answers a cluster with its relations two levels down in one statement, the same as level by level', async () => {
    const fields = `id name region { id country { code } } sectors { id parent { id } }
      ... on Cluster { agreements { id title: name parties { id name } } }
      partnerships { members { id description clusterKind website } }`;
    const ahead = await api.execute<{ cluster: unknown }>(`{ cluster(id: "aero-montreal") { ${fields} } }`);
    // Below a search hit (an interface inside a list: nothing is read ahead) every level is its own statement.
    const levels = await api.execute<{ search: { entity: { id: string } }[] }>(
      `{ search(text: "aero montreal", kinds: [CLUSTER], first: 1) { entity { ... on Cluster { ${fields} } } } }`,
    );
    expect(ahead.errors).toBeUndefined();
    expect(ahead.roundTrips).toBe(1);
    expect(levels.roundTrips).toBeGreaterThan(2);
    expect(levels.data?.search[0]?.entity.id).toBe('aero-montreal');
    expect(ahead.data?.cluster).toEqual(levels.data?.search[0]?.entity);
  });

  // Issue 11: node(id), the details view's root, read level by level, and which relations the
  // second level's statement held depended on the cluster's ties (agreements, missions,
  // partnerships): six statements for the seed's clusters, each planned cold by a user's click.
  it('answers node(id) with the relations of every type it may be in one statement, whatever its ties', async () => {
    const fields = `id name ... on Cluster { agreements { id parties { id } citations { excerpt } }
      missions { id organisers { id } met { id } } partnerships { id members { id } } }
      ... on Agreement { parties { id } updates { id } }`;
    for (const id of ['aero-montreal', 'aerospace-valley', 'aquimer', catalogue.agreements[0]!.id]) {
      const node = await api.execute<{ node: { id: string } }>(`{ node(id: "${id}") { ${fields} } }`);
      expect(node.errors).toBeUndefined();
      expect(node.roundTrips, id).toBe(1);
      expect(node.data?.node.id).toBe(id);
    }
  });
});

describe('invalid input', () => {
  it.each([
    ['a page larger than 200', '{ clusters(first: 201) { totalCount } }'],
    ['a negative page', '{ agreements(first: -1) { totalCount } }'],
    ['a cursor not from this API', '{ clusters(after: "bm90IGEgY3Vyc29y") { totalCount } }'],
    ['a country name instead of a code', '{ clusters(filter: { countries: ["Canada"] }) { totalCount } }'],
    ['a year range the wrong way round', '{ missions(filter: { fromYear: 2020, toYear: 2010 }) { totalCount } }'],
    ['a region filter by country name', '{ regions(country: "Mexico") { id } }'],
    ['an over-long text', `{ search(text: "${'x'.repeat(201)}") { score } }`],
  ])('rejects %s with BAD_USER_INPUT and a message that says what to change', async (_name, query) => {
    const result = await api.execute(query);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toMatch(/must|not|is longer|swap|pass|use/);
  });

  it('rejects a query deeper than the limit before running it', async () => {
    const levels = 8;
    const deep = `{ cluster(id: "aero-montreal") { ${'agreements { parties { '.repeat(levels)} id ${'} } '.repeat(levels)} } }`;
    const result = await api.execute(deep);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(result.roundTrips).toBe(0);
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: stats { nodes { count } }`).join(' ');
    const result = await api.execute(`{ ${aliases} }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    expect(result.roundTrips).toBe(0);
  });
});
