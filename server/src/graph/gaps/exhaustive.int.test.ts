import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import { readGapCandidates, resolveGapFilter, type ResolvedGapFilter } from './repo.js';
import { GAP_CLUSTER_KINDS, GAP_WEIGHTS } from './scoring.js';
import { countsAsTie } from '../network/tie-rule.js';

/**
 * The ranking as the API computes it (each cluster's evidence once, a bounded number of clusters
 * per side and sector, pairs formed and scored in TypeScript) equals the exhaustive computation
 * on the seed graph: below, the former single-statement Cypher, with no bound, that forms every
 * pair in every sector and recomputes each cluster's evidence there. Slow on large graphs, plain
 * to read, and written apart from rank.ts: the two agreeing is the evidence.
 */

const tiedClusters = (a: string, o: string) => `
    MATCH (${a})-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(${o}:Cluster) WHERE ${o} <> ${a} AND ${countsAsTie('agreement')} RETURN ${o}
    UNION
    MATCH (${a})-[:ORGANISED|JOINED|MET]-(:Mission)-[:ORGANISED|JOINED|MET]-(${o}:Cluster) WHERE ${o} <> ${a} RETURN ${o}
    UNION
    MATCH (${a})-[:MEMBER_OF]->(:Partnership)<-[:MEMBER_OF]-(${o}:Cluster) WHERE ${o} <> ${a} RETURN ${o}`;

const SCOPE = `COLLECT {
  MATCH (x:Sector)
  WHERE $sectors IS NULL OR EXISTS { MATCH (x)-[:PART_OF*0..]->(root:Sector) WHERE root.id IN $sectors }
  RETURN x.id
}`;

const CLUSTER_EVIDENCE = `
    WITH c, COLLECT {${tiedClusters('c', 'o')}
    } AS tied
    RETURN collect({
      id: c.id,
      name: c.name,
      kind: c.kind,
      countryCode: c.countryCode,
      countryName: COLLECT { MATCH (k:Country {code: c.countryCode}) RETURN k.name }[0],
      neighbours: [o IN tied | {
        id: o.id,
        name: o.name,
        degree: size(COLLECT {${tiedClusters('o', 'p')}
        })
      }],
      sectors: COLLECT {
        MATCH (c)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s:Sector)
        WITH DISTINCT s
        RETURN {id: s.id, name: s.name, ancestors: COLLECT { MATCH (s)-[:PART_OF*1..]->(a:Sector) RETURN a.id }}
      },
      regions: COLLECT { MATCH (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(g:Region) RETURN DISTINCT g.id },
      partnerships: COLLECT {
        MATCH (c)-[:MEMBER_OF]->(p:Partnership)
        RETURN {id: p.id, name: coalesce(p.acronym, p.name), targets: COLLECT { MATCH (p)-[:TARGETS]->(t:Country) RETURN t.code }}
      },
      missions: COLLECT {
        CALL (c) {
          MATCH (c)-[:ORGANISED|JOINED]->(m:Mission) RETURN m, null AS through
          UNION
          MATCH (c)-[:MEMBER_OF]->(p:Partnership)-[:ORGANISED]->(m:Mission) RETURN m, coalesce(p.acronym, p.name) AS through
        }
        RETURN {
          id: m.id,
          name: m.name,
          through: through,
          visited: COLLECT { MATCH (m)-[:VISITED]->(g:Region) RETURN {id: g.id, name: g.name} },
          met: COLLECT { MATCH (m)-[:MET]->(o:Cluster) RETURN {id: o.id, name: o.name} }
        }
      }
    }) AS evidence`;

const sideOf = (side: '$left' | '$right') => `
    MATCH (c:Cluster)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(x)
    WHERE c.countryCode IN ${side} AND c.kind IN $kinds
    WITH DISTINCT c
`;

const EXHAUSTIVE_CANDIDATES = `
WITH ${SCOPE} AS scope,
  COLLECT {
    MATCH (k:Country)-[:PRIORITY_SECTOR]->(ps:Sector)<-[:PART_OF*0..]-(d:Sector)
    WHERE k.code IN $left + $right
    RETURN {sector: d.id, prioritySector: ps.name, supercluster: null, country: k.name}
  } + COLLECT {
    MATCH (sc:Cluster {kind: 'SUPERCLUSTER'})-[:ACTIVE_IN]->(ps:Sector)<-[:PART_OF*0..]-(d:Sector)
    WHERE sc.countryCode IN $left + $right
    RETURN {sector: d.id, prioritySector: ps.name, supercluster: sc.name,
      country: COLLECT { MATCH (k:Country {code: sc.countryCode}) RETURN k.name }[0]}
  } AS priorities
MATCH (x:Sector) WHERE x.id IN scope
CALL (x) {${sideOf('$left')}
  ${CLUSTER_EVIDENCE}
}
WITH scope, priorities, x, evidence AS lefts WHERE size(lefts) > 0
CALL (x) {${sideOf('$right')}
  ${CLUSTER_EVIDENCE}
}
WITH scope, priorities, x, lefts, evidence AS rights WHERE size(rights) > 0
UNWIND lefts AS l
UNWIND rights AS r
WITH scope, priorities, x, l, r, [n IN l.neighbours | n.id] AS leftTied, [n IN r.neighbours | n.id] AS rightTied
// A pair already tied is cooperation that exists, not a gap.
WHERE NOT r.id IN leftTied
WITH scope, priorities, x, l, r, leftTied, rightTied,
  [s IN l.sectors WHERE s.id IN [t IN r.sectors | t.id]] AS shared
WITH scope, priorities, x, l, r, leftTied, rightTied,
  [s IN shared WHERE none(t IN shared WHERE s.id IN t.ancestors)] AS sharedSectors
WITH priorities, x, l, r, leftTied, rightTied, sharedSectors,
  reduce(best = null, s IN [s IN sharedSectors WHERE s.id IN scope] |
    CASE WHEN best IS NULL OR size(s.ancestors) > size(best.ancestors)
      OR (size(s.ancestors) = size(best.ancestors) AND s.id < best.id) THEN s ELSE best END) AS chosen
// Each pair is generated under every shared sector of the scope; keep it under the deepest one only.
WHERE chosen.id = x.id
WITH priorities, x, l, r, leftTied, rightTied, sharedSectors,
  [n IN l.neighbours WHERE n.id IN rightTied] AS commonPartners
WITH priorities, x, l, r, leftTied, rightTied, sharedSectors, commonPartners, [n IN commonPartners | n.id] AS commonIds,
  [p IN l.partnerships WHERE r.countryCode IN p.targets | {partnership: p.name, member: l.name, country: r.countryName}]
  + [p IN r.partnerships WHERE l.countryCode IN p.targets | {partnership: p.name, member: r.name, country: l.countryName}] AS targeting
WITH priorities, x, l, r, sharedSectors, commonPartners, targeting,
  [m IN l.missions WHERE any(g IN m.visited WHERE g.id IN r.regions) |
    {mission: m.name, through: m.through, member: l.name, other: r.name, visited: [g IN m.visited WHERE g.id IN r.regions | g.name], met: []}]
  + [m IN r.missions WHERE any(g IN m.visited WHERE g.id IN l.regions) |
    {mission: m.name, through: m.through, member: r.name, other: l.name, visited: [g IN m.visited WHERE g.id IN l.regions | g.name], met: []}]
  + [m IN l.missions WHERE any(o IN m.met WHERE o.id IN rightTied AND NOT o.id IN commonIds) |
    {mission: m.name, through: m.through, member: l.name, other: r.name, visited: [], met: [o IN m.met WHERE o.id IN rightTied AND NOT o.id IN commonIds | o.name]}]
  + [m IN r.missions WHERE any(o IN m.met WHERE o.id IN leftTied AND NOT o.id IN commonIds) |
    {mission: m.name, through: m.through, member: r.name, other: l.name, visited: [], met: [o IN m.met WHERE o.id IN leftTied AND NOT o.id IN commonIds | o.name]}] AS missionContacts,
  [c IN [l, r] WHERE c.kind = 'SUPERCLUSTER' | c.name] AS superclusters,
  [p IN priorities WHERE p.sector = x.id] AS priority
WITH x, l, r, sharedSectors, commonPartners, targeting, missionContacts, superclusters, priority,
  reduce(a = 0.0, n IN commonPartners | a + 1.0 / log(n.degree)) AS adamicAdar
WITH x, l, r, sharedSectors, commonPartners, targeting, missionContacts, superclusters, priority, adamicAdar,
  $weights.SHARED_SECTORS * size(sharedSectors)
  + $weights.COMMON_PARTNERS * adamicAdar
  + $weights.TARGETING_PARTNERSHIP * CASE WHEN size(targeting) > 0 THEN 1 ELSE 0 END
  + $weights.MISSION_CONTACT * CASE WHEN size(missionContacts) > 0 THEN 1 ELSE 0 END
  + $weights.SUPERCLUSTER * CASE WHEN size(superclusters) > 0 THEN 1 ELSE 0 END
  + $weights.PRIORITY_SECTOR * CASE WHEN size(priority) > 0 THEN 1 ELSE 0 END AS score
ORDER BY score DESC, l.name, r.name, x.name, l.id, r.id, x.id
RETURN l.id AS left, r.id AS right, x.id AS sector, score, [n IN commonPartners | n.id] AS commonPartners`;

const graph = connectTestGraph();
const { executor } = graph;

interface Ranked {
  left: string;
  right: string;
  sector: string;
  score: number;
  commonPartners: string[];
}

async function exhaustive(filter: ResolvedGapFilter): Promise<Ranked[]> {
  const rows = await executor.read<Ranked>(EXHAUSTIVE_CANDIDATES, {
    left: filter.left,
    right: filter.right,
    sectors: filter.sectors,
    kinds: [...GAP_CLUSTER_KINDS],
    weights: GAP_WEIGHTS,
    includePlanned: filter.includePlanned,
  });
  return rows.map((r) => ({
    ...r,
    score: Math.round(r.score * 1000) / 1000,
    commonPartners: [...r.commonPartners].sort(),
  }));
}

async function ranked(filter: ResolvedGapFilter): Promise<Ranked[]> {
  const page = await readGapCandidates(executor, { filter, skip: 0, first: 100_000 });
  expect(page.bounds).toEqual([]);
  return page.candidates.map((c) => ({
    left: c.left.id,
    right: c.right.id,
    sector: c.sector.id,
    score: c.score,
    commonPartners: c.commonPartners.map((p) => p.id).sort(),
  }));
}

beforeAll(() => resetToSeed(executor));
afterAll(() => graph.close());

describe('the ranking on the seed graph', () => {
  it('equals the exhaustive computation, EU against Canada over every sector', async () => {
    const filter = await resolveGapFilter(executor, null);
    const expected = await exhaustive(filter);
    expect(expected.length).toBeGreaterThan(10);
    expect(await ranked(filter)).toEqual(expected);
  });

  it('equals the exhaustive computation with the sides swapped, in two sectors', async () => {
    const filter = await resolveGapFilter(executor, {
      left: { countries: ['CA'] },
      right: { eu: true },
      sectors: ['aerospace', 'energy'],
    });
    const expected = await exhaustive(filter);
    expect(expected.length).toBeGreaterThan(0);
    expect(await ranked(filter)).toEqual(expected);
  });
});
