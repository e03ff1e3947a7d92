import { createHash } from 'node:crypto';
import { SEED_RELATIONSHIPS, type SeedRelationship } from '../seed/queries.js';

/**
 * The synthetic graph of the benchmark, in the product's model, built in memory from a seeded
 * PRNG: the same seed gives the same graph, byte for byte, so `npm run generate` and `npm run
 * bench` agree on ids (the bench rebuilds it to pick its query arguments) without storing them.
 */

export const SYNTHETIC_SEED = 20_240_601;
export const SYNTHETIC_CLUSTERS = 10_000;
/** Distinct (pair, tie kind) ties to reach: what `stats` sums and what the network draws as edges. */
export const SYNTHETIC_TIES = 50_000;
/** Prefix of every synthetic Source id: a Source without it is someone else's data. */
export const SOURCE_PREFIX = 'synthetic-source-';
/** Written as `updatedBy` on every synthetic node. */
export const SYNTHETIC_AUTHOR = 'synthetic';
/** Bump when the shape of the graph changes, so that an older generated database is regenerated. */
const GENERATOR_VERSION = 1;

export type TieKind = 'AGREEMENT' | 'MISSION' | 'PARTNERSHIP';

export interface Citation {
  source: string;
  excerpt: string;
}
export interface EntityRow {
  id: string;
  props: Record<string, unknown>;
  citations: Citation[];
}
export interface LinkRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** The labels the generator writes. */
export const SYNTHETIC_LABELS = [
  'Country',
  'Region',
  'Sector',
  'Cluster',
  'Agreement',
  'Mission',
  'Partnership',
  'Event',
] as const;
export type SyntheticLabel = (typeof SYNTHETIC_LABELS)[number];
/** The seed's relationship types less those the generator does not make. */
export type SyntheticRelationship = Exclude<SeedRelationship, 'ON_BEHALF_OF' | 'PRIORITY_SECTOR' | 'UPDATES'>;
export const SYNTHETIC_RELATIONSHIPS = SEED_RELATIONSHIPS.filter(
  (type): type is SyntheticRelationship => type !== 'ON_BEHALF_OF' && type !== 'PRIORITY_SECTOR' && type !== 'UPDATES',
);

/** The arguments the bench's queries use, chosen from the generated graph. */
export interface BenchPicks {
  /** A cluster with many agreements (the 95th percentile). */
  clusterId: string;
  /** A set of countries whose network is closest to 1,500 elements (nodes + edges). */
  networkCountries: string[];
  networkElements: { nodes: number; edges: number };
  /** A cluster at the 75th percentile of degree, for a depth-2 neighbourhood. */
  neighbourhoodId: string;
  neighbourhoodClusters: number;
  /**
   * Two far clusters: from the first cluster, the first (by id) at the largest distance that the
   * contract's default maxHops (6) still reaches (BFS over all ties).
   */
  pathFrom: string;
  pathTo: string;
  pathHops: number;
  /** A prefix typed into the search box. */
  searchText: string;
}

export interface SyntheticGraph {
  hash: string;
  sources: { id: string; props: Record<string, unknown> }[];
  entities: Record<SyntheticLabel, EntityRow[]>;
  links: Map<SyntheticRelationship, LinkRow[]>;
  ties: number;
  picks: BenchPicks;
}

/** mulberry32: small, fast and good enough for shaping test data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const COUNTRIES: [code: string, name: string, eu: boolean][] = [
  ['DE', 'Germany', true],
  ['FR', 'France', true],
  ['CA', 'Canada', false],
  ['IT', 'Italy', true],
  ['ES', 'Spain', true],
  ['US', 'United States', false],
  ['NL', 'Netherlands', true],
  ['PL', 'Poland', true],
  ['BE', 'Belgium', true],
  ['GB', 'United Kingdom', false],
  ['SE', 'Sweden', true],
  ['AT', 'Austria', true],
  ['MX', 'Mexico', false],
  ['DK', 'Denmark', true],
  ['FI', 'Finland', true],
  ['NO', 'Norway', false],
  ['PT', 'Portugal', true],
  ['CH', 'Switzerland', false],
  ['IE', 'Ireland', true],
  ['JP', 'Japan', false],
  ['CZ', 'Czechia', true],
  ['KR', 'South Korea', false],
  ['RO', 'Romania', true],
  ['BR', 'Brazil', false],
  ['HU', 'Hungary', true],
  ['IN', 'India', false],
  ['GR', 'Greece', true],
  ['AU', 'Australia', false],
  ['SI', 'Slovenia', true],
  ['CL', 'Chile', false],
];

const SECTOR_TREE: [top: string, children: string[]][] = [
  ['Aerospace', ['Space', 'Drones', 'Avionics', 'Aircraft Maintenance']],
  ['Automotive', ['Electric Vehicles', 'Batteries', 'Autonomous Driving', 'Vehicle Components']],
  ['Digital', ['Artificial Intelligence', 'Cybersecurity', 'Quantum', 'Smart Cities']],
  ['Energy', ['Hydrogen', 'Wind', 'Solar', 'Smart Grids']],
  ['Health', ['Medical Devices', 'Biotech', 'Digital Health', 'Pharma']],
  ['Agrifood', ['Food Processing', 'Agritech', 'Aquaculture', 'Beverages']],
  ['Materials', ['Chemicals', 'Composites', 'Textiles', 'Wood']],
  ['Manufacturing', ['Robotics', 'Photonics', 'Additive Manufacturing', 'Machinery']],
];

const PREFIXES = [
  'Nordic',
  'Alpine',
  'Atlantic',
  'Baltic',
  'Central',
  'Coastal',
  'Eastern',
  'Western',
  'Northern',
  'Southern',
  'Valley',
  'Metro',
  'Lake',
  'River',
  'Highland',
  'Capital',
];
const SUFFIXES = [
  'Cluster',
  'Alliance',
  'Network',
  'Hub',
  'Valley',
  'Pole',
  'Consortium',
  'Forum',
  'Initiative',
  'Platform',
];
const CLUSTER_KINDS = [
  'CLUSTER',
  'CLUSTER',
  'CLUSTER',
  'CLUSTER',
  'SUPERCLUSTER',
  'ASSOCIATION',
  'RESEARCH_CONSORTIUM',
  'PUBLIC_BODY',
  'NETWORK',
];
const AGREEMENT_KINDS = ['MOU', 'MOU', 'PARTNERSHIP_AGREEMENT', 'COOPERATION_AGREEMENT', 'COLLABORATION_AGREEMENT'];
const AGREEMENT_STATUSES = ['SIGNED', 'SIGNED', 'SIGNED', 'PLANNED', 'ENDED'];
const SOURCES = 200;
const REGIONS_PER_COUNTRY = 3;
const EVENTS = 60;
const NETWORK_TARGET = 1_500;
const DEFAULT_MAX_HOPS = 6;

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface ClusterFacts {
  id: string;
  countryCode: string;
  top: number;
  regionId: string;
}

/** Builds the whole graph and the bench's picks; about a second for 10,000 clusters. */
export function buildSyntheticGraph(options: { seed?: number; clusters?: number } = {}): SyntheticGraph {
  const seed = options.seed ?? SYNTHETIC_SEED;
  const clusterCount = options.clusters ?? SYNTHETIC_CLUSTERS;
  // Ties grow with the clusters: five per cluster, as at the default size.
  const tieCount = Math.round((clusterCount * SYNTHETIC_TIES) / SYNTHETIC_CLUSTERS);
  const random = prng(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const links = new Map<SyntheticRelationship, LinkRow[]>(SYNTHETIC_RELATIONSHIPS.map((type) => [type, []]));
  const link = (type: SyntheticRelationship, from: string, to: string, props: Record<string, unknown> = {}) =>
    links.get(type)?.push({ from, to, props });

  const sources = Array.from({ length: SOURCES }, (_, i) => ({
    id: `${SOURCE_PREFIX}${pad(i, 3)}`,
    props: {
      title: `Synthetic report ${i}`,
      publisher: 'Cluster Atlas benchmark',
      publishedOn: `${2010 + (i % 15)}`,
      url: `https://example.org/synthetic/${i}`,
    },
  }));
  let facts = 0;
  const cite = (): Citation[] => [{ source: pick(sources).id, excerpt: `Synthetic fact ${(facts += 1)}.` }];

  const countries: EntityRow[] = COUNTRIES.map(([code, name, eu]) => ({
    id: code.toLowerCase(),
    props: { name, code, eu },
    citations: cite(),
  }));
  const regions: EntityRow[] = [];
  const regionsOf = new Map<string, string[]>();
  for (const [code, name] of COUNTRIES) {
    const ids: string[] = [];
    for (let k = 1; k <= REGIONS_PER_COUNTRY; k += 1) {
      const id = `synthetic-region-${code.toLowerCase()}-${k}`;
      ids.push(id);
      regions.push({
        id,
        props: { name: `${pick(PREFIXES)} ${name} ${k}`, kind: 'REGION', countryCode: code, aliases: [] },
        citations: cite(),
      });
      link('IN', id, code.toLowerCase());
    }
    regionsOf.set(code, ids);
  }

  const sectors: EntityRow[] = [];
  const sectorIds: { top: string; children: string[] }[] = [];
  for (const [top, children] of SECTOR_TREE) {
    const topId = `synthetic-sector-${slug(top)}`;
    sectors.push({ id: topId, props: { name: top, aliases: [] }, citations: cite() });
    const childIds = children.map((child) => {
      const id = `synthetic-sector-${slug(child)}`;
      sectors.push({ id, props: { name: child, aliases: [] }, citations: cite() });
      link('PART_OF', id, topId);
      return id;
    });
    sectorIds.push({ top: topId, children: childIds });
  }

  // Country sizes follow a gentle power law, so that networks of very different sizes exist.
  const weights = COUNTRIES.map((_, i) => 1 / (i + 2) ** 0.8);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pickCountry = () => {
    let r = random() * totalWeight;
    for (let i = 0; i < weights.length; i += 1) {
      r -= weights[i] ?? 0;
      if (r <= 0) return i;
    }
    return weights.length - 1;
  };

  const clusters: EntityRow[] = [];
  const clusterFacts: ClusterFacts[] = [];
  for (let i = 0; i < clusterCount; i += 1) {
    const [code] = COUNTRIES[pickCountry()] ?? COUNTRIES[0]!;
    const top = int(0, SECTOR_TREE.length - 1);
    const family = sectorIds[top]!;
    const childNames = SECTOR_TREE[top]![1];
    const child = int(0, family.children.length - 1);
    const id = `synthetic-cluster-${pad(i, 5)}`;
    const regionId = pick(regionsOf.get(code)!);
    const name = `${pick(PREFIXES)} ${childNames[child]} ${pick(SUFFIXES)} ${i}`;
    const acronym = name
      .split(' ')
      .map((word) => word[0])
      .join('')
      .toUpperCase();
    const aliases = random() < 0.3 ? [`${acronym} ${code}`] : [];
    clusters.push({
      id,
      props: {
        name,
        acronym,
        aliases,
        ...(aliases.length ? { aliasText: aliases.join(' | ') } : {}),
        kind: pick(CLUSTER_KINDS),
        description: `A synthetic cluster in ${childNames[child]}.`,
        website: `https://example.org/clusters/${i}`,
        foundedYear: int(1985, 2022),
        memberCount: int(10, 600),
        smeCount: int(5, 400),
        countryCode: code,
      },
      citations: cite(),
    });
    link('LOCATED_IN', id, regionId);
    link('ACTIVE_IN', id, family.children[child]!);
    if (random() < 0.5) link('ACTIVE_IN', id, pick(family.children.filter((_, k) => k !== child)));
    if (random() < 0.25) link('ACTIVE_IN', id, pick(sectorIds.filter((_, k) => k !== top)).top);
    clusterFacts.push({ id, countryCode: code, top, regionId });
  }

  // Community structure: partners are mostly from the same country and sector family.
  const byCountry = new Map<string, ClusterFacts[]>();
  const byCountryTop = new Map<string, ClusterFacts[]>();
  for (const c of clusterFacts) {
    (byCountry.get(c.countryCode) ?? byCountry.set(c.countryCode, []).get(c.countryCode)!).push(c);
    const key = `${c.countryCode}|${c.top}`;
    (byCountryTop.get(key) ?? byCountryTop.set(key, []).get(key)!).push(c);
  }
  const partnerOf = (anchor: ClusterFacts): ClusterFacts => {
    const r = random();
    if (r < 0.5) return pick(byCountryTop.get(`${anchor.countryCode}|${anchor.top}`)!);
    if (r < 0.75) return pick(byCountry.get(anchor.countryCode)!);
    return pick(clusterFacts);
  };
  const group = (size: number): ClusterFacts[] => {
    const anchor = pick(clusterFacts);
    const members = new Map([[anchor.id, anchor]]);
    for (let tries = 0; members.size < size && tries < size * 4; tries += 1) {
      const partner = partnerOf(anchor);
      members.set(partner.id, partner);
    }
    return [...members.values()];
  };

  const tieSet = new Set<string>();
  const adjacency = new Map<string, Set<string>>();
  const addTies = (kind: TieKind, members: ClusterFacts[]) => {
    for (const a of members) {
      for (const b of members) {
        if (a.id >= b.id) continue;
        tieSet.add(`${kind}|${a.id}|${b.id}`);
        (adjacency.get(a.id) ?? adjacency.set(a.id, new Set()).get(a.id)!).add(b.id);
        (adjacency.get(b.id) ?? adjacency.set(b.id, new Set()).get(b.id)!).add(a.id);
      }
    }
  };

  const events: EntityRow[] = Array.from({ length: EVENTS }, (_, i) => {
    const id = `synthetic-event-${pad(i, 3)}`;
    const [code] = pick(COUNTRIES);
    link('IN', id, pick(regionsOf.get(code)!));
    const year = int(2010, 2024);
    return {
      id,
      props: { name: `Synthetic Expo ${year} #${i}`, startsOn: `${year}-0${int(1, 9)}`, kind: 'FAIR', audience: 'B2B' },
      citations: cite(),
    };
  });

  const agreements: EntityRow[] = [];
  const missions: EntityRow[] = [];
  const partnerships: EntityRow[] = [];
  const agreementsOf = new Map<string, number>();
  while (tieSet.size < tieCount) {
    const r = random();
    if (r < 0.75) {
      const n = agreements.length;
      const id = `synthetic-agreement-${pad(n, 5)}`;
      const size = random() < 0.8 ? 2 : random() < 0.75 ? 3 : 4;
      const parties = group(size);
      if (parties.length < 2) continue;
      const year = int(2005, 2024);
      const month = pad(int(1, 12), 2);
      agreements.push({
        id,
        props: {
          name: `Synthetic agreement ${n}`,
          kind: pick(AGREEMENT_KINDS),
          status: pick(AGREEMENT_STATUSES),
          signedOn: `${year}-${month}`,
          year,
          summary: `Cooperation between ${parties.length} clusters.`,
        },
        citations: cite(),
      });
      for (const p of parties) {
        link('PARTY_TO', p.id, id);
        agreementsOf.set(p.id, (agreementsOf.get(p.id) ?? 0) + 1);
      }
      link('COVERS', id, sectorIds[parties[0]!.top]!.top);
      if (missions.length > 0 && random() < 0.1) link('RESULTED_FROM', id, pick(missions).id);
      addTies('AGREEMENT', parties);
    } else if (r < 0.93) {
      const n = missions.length;
      const id = `synthetic-mission-${pad(n, 5)}`;
      const members = group(int(3, 7));
      if (members.length < 2) continue;
      const year = int(2008, 2024);
      const [organiser, ...rest] = members;
      const metCount = Math.max(1, Math.floor(rest.length / 3));
      missions.push({
        id,
        props: {
          name: `Synthetic mission ${n}`,
          status: year < 2024 ? 'DONE' : 'PLANNED',
          startsOn: `${year}`,
          year,
          smeCount: int(0, 40),
          summary: 'A synthetic trade mission.',
        },
        citations: cite(),
      });
      link('ORGANISED', organiser!.id, id);
      rest.forEach((m, k) => (k < metCount ? link('MET', id, m.id) : link('JOINED', m.id, id)));
      link('VISITED', id, rest[0]?.regionId ?? organiser!.regionId);
      link('FOCUSED_ON', id, sectorIds[organiser!.top]!.top);
      if (random() < 0.3) link('AT', id, pick(events).id);
      addTies('MISSION', members);
    } else {
      const n = partnerships.length;
      const id = `synthetic-partnership-${pad(n, 4)}`;
      const members = group(int(4, 9));
      partnerships.push({
        id,
        props: {
          name: `Synthetic partnership ${n}`,
          acronym: `SP${n}`,
          programme: 'ESCP-4i',
          smeCount: int(10, 200),
          partnerCount: members.length,
        },
        citations: cite(),
      });
      members.forEach((m, k) => link('MEMBER_OF', m.id, id, { role: k === 0 ? 'COORDINATOR' : 'PARTNER' }));
      link('TARGETS', id, pick(COUNTRIES)[0].toLowerCase());
      link('IN_SECTOR', id, sectorIds[members[0]!.top]!.top);
      addTies('PARTNERSHIP', members);
    }
  }

  const picks = choosePicks({ clusterFacts, tieSet, adjacency, agreementsOf });
  const hash = createHash('sha256')
    .update(
      JSON.stringify({ GENERATOR_VERSION, seed, SYNTHETIC_CLUSTERS: clusterCount, SYNTHETIC_TIES: tieCount, picks }),
    )
    .digest('hex')
    .slice(0, 16);
  return {
    hash,
    sources,
    entities: {
      Country: countries,
      Region: regions,
      Sector: sectors,
      Cluster: clusters,
      Agreement: agreements,
      Mission: missions,
      Partnership: partnerships,
      Event: events,
    },
    links,
    ties: tieSet.size,
    picks,
  };
}

function choosePicks(options: {
  clusterFacts: ClusterFacts[];
  tieSet: Set<string>;
  adjacency: Map<string, Set<string>>;
  agreementsOf: Map<string, number>;
}): BenchPicks {
  const { clusterFacts, tieSet, adjacency, agreementsOf } = options;
  const byAgreements = [...clusterFacts].sort(
    (a, b) => (agreementsOf.get(a.id) ?? 0) - (agreementsOf.get(b.id) ?? 0) || a.id.localeCompare(b.id),
  );
  const clusterId = byAgreements[Math.floor(byAgreements.length * 0.95)]!.id;

  // The network of a set of countries: its clusters, and the ties with both ends among them.
  const countryOf = new Map(clusterFacts.map((c) => [c.id, c.countryCode]));
  const codes = [...new Set(clusterFacts.map((c) => c.countryCode))].sort();
  const nodesIn = new Map<string, number>(codes.map((code) => [code, 0]));
  for (const c of clusterFacts) nodesIn.set(c.countryCode, (nodesIn.get(c.countryCode) ?? 0) + 1);
  const edgesBetween = new Map<string, number>();
  for (const tie of tieSet) {
    const [, a, b] = tie.split('|');
    const key = [countryOf.get(a!)!, countryOf.get(b!)!].sort().join('|');
    edgesBetween.set(key, (edgesBetween.get(key) ?? 0) + 1);
  }
  const edgeCount = (set: string[]) => {
    let edges = 0;
    for (const a of set) for (const b of set) if (a <= b) edges += edgesBetween.get(`${a}|${b}`) ?? 0;
    return edges;
  };
  let best = { countries: [] as string[], nodes: 0, edges: 0, distance: Infinity };
  const candidates = codes.flatMap((a) => [[a], ...codes.filter((b) => b > a).map((b) => [a, b])]);
  for (const set of candidates) {
    const nodes = set.reduce((sum, code) => sum + (nodesIn.get(code) ?? 0), 0);
    const edges = edgeCount(set);
    const distance = Math.abs(nodes + edges - NETWORK_TARGET);
    if (distance < best.distance) best = { countries: set, nodes, edges, distance };
  }

  const byDegree = [...clusterFacts].sort(
    (a, b) => (adjacency.get(a.id)?.size ?? 0) - (adjacency.get(b.id)?.size ?? 0) || a.id.localeCompare(b.id),
  );
  const neighbourhoodId = byDegree[Math.floor(byDegree.length * 0.75)]!.id;
  const distances = bfs(adjacency, neighbourhoodId);
  const neighbourhoodClusters = [...distances.values()].filter((d) => d <= 2).length;

  const pathFrom = clusterFacts[0]!.id;
  const fromStart = bfs(adjacency, pathFrom);
  const pathHops = Math.min(DEFAULT_MAX_HOPS, Math.max(...fromStart.values()));
  const pathTo =
    [...fromStart]
      .filter(([, d]) => d === pathHops)
      .map(([id]) => id)
      .sort()[0] ?? pathFrom;

  return {
    clusterId,
    networkCountries: best.countries,
    networkElements: { nodes: best.nodes, edges: best.edges },
    neighbourhoodId,
    neighbourhoodClusters,
    pathFrom,
    pathTo,
    pathHops,
    searchText: 'avion',
  };
}

function bfs(adjacency: Map<string, Set<string>>, start: string): Map<string, number> {
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; frontier.length > 0; d += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacency.get(id) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, d);
        next.push(other);
      }
    }
    frontier = next;
  }
  return distance;
}
