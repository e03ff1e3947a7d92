import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AtlasError } from '../../errors.js';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import {
  readCooperationMatrix,
  readGapCandidates,
  resolveGapFilter,
  type GapCandidateRecord,
  type ResolvedGapFilter,
} from './repo.js';
import { GAP_CLUSTER_KINDS } from './scoring.js';
import { PENDING_AGREEMENT_STATUSES } from '../../domain/vocabulary.js';

/**
 * The gap analysis on the seed graph, each claim checked by a second, independent query: the
 * facts come from the ECCP discussion paper (aerospace MoUs between Québec and European clusters;
 * the blue economy present on both sides with no agreement, mission or partnership joining them).
 */

const graph = connectTestGraph();
const pending = [...PENDING_AGREEMENT_STATUSES];
const { executor } = graph;

/** Independent of queries.ts: are two clusters tied in any of the three ways (a planned or initiated agreement is no tie)? */
const TIED = `
MATCH (a:Cluster {id: $a}), (b:Cluster {id: $b})
RETURN EXISTS { (a)-[:PARTY_TO]->(g:Agreement)<-[:PARTY_TO]-(b) WHERE NOT g.status IN $pending }
  OR EXISTS { (a)-[:ORGANISED|JOINED|MET]-(:Mission)-[:ORGANISED|JOINED|MET]-(b) }
  OR EXISTS { (a)-[:MEMBER_OF]->(:Partnership)<-[:MEMBER_OF]-(b) } AS tied`;

async function allCandidates(filter: ResolvedGapFilter): Promise<GapCandidateRecord[]> {
  const out: GapCandidateRecord[] = [];
  for (let skip = 0; ; skip += 100) {
    const page = await readGapCandidates(executor, { filter, skip, first: 100 });
    out.push(...page.candidates);
    if (out.length >= page.totalCount || page.candidates.length === 0) return out;
  }
}

async function expectBadInput(promise: Promise<unknown>, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AtlasError);
  expect((error as AtlasError).code).toBe('BAD_USER_INPUT');
  expect((error as AtlasError).message).toMatch(message);
}

let euCanada: ResolvedGapFilter;
let candidates: GapCandidateRecord[];

beforeAll(async () => {
  await resetToSeed(executor);
  euCanada = await resolveGapFilter(executor, null);
  candidates = await allCandidates(euCanada);
});
afterAll(() => graph.close());

describe('the filter', () => {
  it('defaults to the EU against Canada', async () => {
    const [row] = await executor.read<{ eu: string[] }>('MATCH (k:Country {eu: true}) RETURN collect(k.code) AS eu');
    expect(euCanada.left).toEqual([...(row?.eu ?? [])].sort());
    expect(euCanada.left).toContain('FR');
    expect(euCanada.right).toEqual(['CA']);
    expect(euCanada.sectors).toBeNull();
  });

  it('accepts lower-case codes and mixes the EU bloc with named countries', async () => {
    const filter = await resolveGapFilter(executor, {
      left: { countries: ['gb'], eu: true },
      right: { countries: ['ca', 'US'] },
    });
    expect(filter.left).toContain('GB');
    expect(filter.left).toContain('DE');
    expect(filter.right).toEqual(['CA', 'US']);
  });

  it('refuses unknown country codes, naming them', async () => {
    await expectBadInput(
      resolveGapFilter(executor, { right: { countries: ['CA', 'ZZ', 'QQ'] } }),
      /Unknown country codes: ZZ, QQ/,
    );
  });

  it('refuses codes that are not two letters', async () => {
    await expectBadInput(
      resolveGapFilter(executor, { right: { countries: ['Canada'] } }),
      /"Canada" is not an ISO 3166-1 alpha-2 code/,
    );
  });

  it('refuses overlapping sides', async () => {
    await expectBadInput(
      resolveGapFilter(executor, { left: { eu: true }, right: { countries: ['FR', 'CA'] } }),
      /overlap on FR/,
    );
  });

  it('refuses an empty side', async () => {
    await expectBadInput(
      resolveGapFilter(executor, { left: { eu: false }, right: { countries: ['CA'] } }),
      /`filter.left` is empty/,
    );
  });

  it('refuses unknown sector ids, naming them', async () => {
    await expectBadInput(
      resolveGapFilter(executor, { sectors: ['aerospace', 'underwater-basket-weaving'] }),
      /Unknown sector ids: underwater-basket-weaving/,
    );
  });
});

describe('cooperationMatrix', () => {
  it('gives aerospace, with its Québec–Europe MoUs, a lower gap index than the blue economy, present on both sides with no tie', async () => {
    const { cells } = await readCooperationMatrix(executor, euCanada);
    const aerospace = cells.find((c) => c.sector.id === 'aerospace');
    const ocean = cells.find((c) => c.sector.id === 'ocean');
    expect(aerospace?.agreements).toBeGreaterThanOrEqual(6);
    expect(ocean?.leftClusters).toBeGreaterThan(0);
    expect(ocean?.rightClusters).toBeGreaterThan(0);
    expect(ocean?.ties).toBe(0);
    expect(aerospace!.gapIndex).toBeLessThan(ocean!.gapIndex);

    // Second query: the aerospace agreements with an EU party and a Canadian party, both counted in aerospace.
    const [counted] = await executor.read<{ n: number }>(
      `MATCH (a:Agreement)-[:COVERS]->(:Sector)-[:PART_OF*0..]->(s:Sector {id: 'aerospace'})
       WHERE NOT a.status IN $pending
         AND EXISTS { (a)<-[:PARTY_TO]-(c:Cluster)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s) WHERE c.countryCode IN $left AND c.kind IN $kinds }
         AND EXISTS { (a)<-[:PARTY_TO]-(c:Cluster {countryCode: 'CA'})-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s) WHERE c.kind IN $kinds }
       RETURN count(DISTINCT a) AS n`,
      { left: euCanada.left, kinds: [...GAP_CLUSTER_KINDS], pending },
    );
    expect(aerospace?.agreements).toBe(counted?.n);
    // Second query: nothing in the blue economy joins an EU cluster and a Canadian one.
    const [oceanTies] = await executor.read<{ n: number }>(
      `MATCH (v)-[:COVERS|FOCUSED_ON|IN_SECTOR]->(:Sector)-[:PART_OF*0..]->(:Sector {id: 'ocean'})
       WHERE EXISTS { (v)--(c:Cluster) WHERE c.countryCode IN $left } AND EXISTS { (v)--(c:Cluster {countryCode: 'CA'}) }
       RETURN count(DISTINCT v) AS n`,
      { left: euCanada.left },
    );
    expect(oceanTies?.n).toBe(0);
  });

  it('keeps every row consistent: ties only where both sides are present, pairs that add up, a share between 0 and 1', async () => {
    const { cells } = await readCooperationMatrix(executor, euCanada);
    for (const cell of cells) {
      const name = cell.sector.id;
      if (cell.ties > 0) expect(cell.leftClusters * cell.rightClusters, name).toBeGreaterThan(0);
      if (cell.ties > 0) expect(cell.tiedPairs, name).toBeGreaterThan(0);
      expect(cell.possiblePairs, name).toBe(cell.leftClusters * cell.rightClusters);
      expect(cell.tiedPairs, name).toBeLessThanOrEqual(cell.possiblePairs);
      expect(cell.missingPairs, name).toBe(cell.possiblePairs - cell.tiedPairs);
      if (cell.possiblePairs === 0) expect(cell.gapShare, name).toBeNull();
      else expect(cell.gapShare, name).toBeCloseTo(cell.missingPairs / cell.possiblePairs, 3);
    }
    // Second query: the aerospace pairs (both counted in aerospace) tied in any way.
    const [row] = await executor.read<{ n: number }>(
      `MATCH (s:Sector {id: 'aerospace'})
       MATCH (l:Cluster)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s) WHERE l.countryCode IN $left AND l.kind IN $kinds
       WITH DISTINCT s, l
       MATCH (r:Cluster {countryCode: 'CA'})-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s) WHERE r.kind IN $kinds
       WITH DISTINCT l, r
       WHERE EXISTS { (l)-[:PARTY_TO]->(g:Agreement)<-[:PARTY_TO]-(r) WHERE NOT g.status IN $pending }
         OR EXISTS { (l)-[:ORGANISED|JOINED|MET]-(:Mission)-[:ORGANISED|JOINED|MET]-(r) }
         OR EXISTS { (l)-[:MEMBER_OF]->(:Partnership)<-[:MEMBER_OF]-(r) }
       RETURN count(*) AS n`,
      { left: euCanada.left, kinds: [...GAP_CLUSTER_KINDS], pending },
    );
    const aerospace = cells.find((c) => c.sector.id === 'aerospace');
    expect(aerospace?.tiedPairs).toBe(row?.n);
    expect(aerospace?.tiedPairs).toBeGreaterThan(0);
  });

  it('gives every sector present on one side only a gap index of 0', async () => {
    const { cells } = await readCooperationMatrix(executor, euCanada);
    const oneSided = cells.filter((c) => c.leftClusters === 0 || c.rightClusters === 0);
    expect(oneSided.map((c) => c.sector.id)).toContain('packaging');
    for (const cell of oneSided) expect(cell.gapIndex).toBe(0);
    for (const cell of cells) expect(cell.ties).toBe(cell.agreements + cell.missions + cell.partnerships);
  });

  it('counts a cluster of a sub-sector in its parent (CenSec, in Space, counts for Aerospace)', async () => {
    const { cells } = await readCooperationMatrix(executor, euCanada);
    const [row] = await executor.read<{ n: number }>(
      `MATCH (c:Cluster)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(:Sector {id: 'aerospace'})
       WHERE c.countryCode IN $left AND c.kind IN ['CLUSTER', 'SUPERCLUSTER', 'ASSOCIATION', 'RESEARCH_CONSORTIUM']
       RETURN count(DISTINCT c) AS n`,
      { left: euCanada.left },
    );
    expect(cells.find((c) => c.sector.id === 'aerospace')?.leftClusters).toBe(row?.n);
    expect(cells.find((c) => c.sector.id === 'space')?.leftClusters).toBeGreaterThanOrEqual(1);
  });

  it('lists as under-served the Blue Economy Supercluster and the ocean sector, and no supercluster tied to the EU', async () => {
    const { underServed } = await readCooperationMatrix(executor, euCanada);
    const ids = underServed.map((e) => e.id);
    expect(ids).toContain('blue-economy-supercluster');
    expect(ids).toContain('ocean');
    for (const entity of underServed.filter((e) => e.entityKind === 'CLUSTER')) {
      const [row] = await executor.read<{ tied: boolean }>(
        `MATCH (sc:Cluster {id: $id})
         RETURN EXISTS { (sc)-[:PARTY_TO|MEMBER_OF|ORGANISED|JOINED|MET]-()-[:PARTY_TO|MEMBER_OF|ORGANISED|JOINED|MET]-(o:Cluster) WHERE o.countryCode IN $left } AS tied`,
        { id: entity.id, left: euCanada.left },
      );
      expect(row?.tied, entity.id).toBe(false);
    }
  });

  it('keeps to the sectors asked for and their sub-sectors', async () => {
    const filter = await resolveGapFilter(executor, { sectors: ['energy'] });
    const { cells } = await readCooperationMatrix(executor, filter);
    const [row] = await executor.read<{ ids: string[] }>(
      `MATCH (s:Sector)-[:PART_OF*0..]->(:Sector {id: 'energy'}) RETURN collect(s.id) AS ids`,
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(row?.ids).toContain(cell.sector.id);
  });
});

describe('gaps', () => {
  it('answers on the seed graph, ranked by score, each candidate with at least one reason', () => {
    expect(candidates.length).toBeGreaterThan(10);
    for (const c of candidates) expect(c.reasons.length).toBeGreaterThan(0);
    const scores = candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('never proposes a pair that is already tied', async () => {
    for (const c of candidates) {
      const [row] = await executor.read<{ tied: boolean }>(TIED, { a: c.left.id, b: c.right.id, pending });
      expect(row?.tied, `${c.left.id} – ${c.right.id}`).toBe(false);
    }
    // Aéro Montréal and Aerospace Valley signed an MoU: never a candidate.
    expect(candidates.some((c) => c.left.id === 'aerospace-valley' && c.right.id === 'aero-montreal')).toBe(false);
  });

  it('proposes each pair once, one cluster per side, both active in the sector or below it', async () => {
    const pairs = candidates.map((c) => `${c.left.id}|${c.right.id}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const c of candidates) {
      expect(euCanada.left).toContain(c.left.countryCode);
      expect(c.right.countryCode).toBe('CA');
      const [row] = await executor.read<{ both: boolean }>(
        `MATCH (s:Sector {id: $sector})
         RETURN EXISTS { (:Cluster {id: $left})-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s) }
           AND EXISTS { (:Cluster {id: $right})-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s) } AS both`,
        { sector: c.sector.id, left: c.left.id, right: c.right.id },
      );
      expect(row?.both, `${c.left.id} – ${c.right.id} in ${c.sector.id}`).toBe(true);
    }
  });

  it('adds up each score from its terms', () => {
    for (const c of candidates) {
      const sum = c.terms.reduce((total, term) => total + term.points, 0);
      expect(sum).toBeCloseTo(c.score, 2);
    }
  });

  it('names common partners that are tied to both clusters, and says so in a reason', async () => {
    const withPartners = candidates.filter((c) => c.commonPartners.length > 0);
    expect(withPartners.length).toBeGreaterThan(0);
    for (const c of withPartners) {
      for (const partner of c.commonPartners) {
        for (const end of [c.left.id, c.right.id]) {
          const [row] = await executor.read<{ tied: boolean }>(TIED, { a: partner.id, b: end, pending });
          expect(row?.tied, `${partner.id} – ${end}`).toBe(true);
        }
      }
      const reason = c.reasons.find((r) => /common partners?:/.test(r));
      for (const partner of c.commonPartners) expect(reason).toContain(partner.name);
    }
    // HEGAN and Aéro Montréal share a partner: Aviation Valley signed with both.
    const hegan = candidates.find((c) => c.left.id === 'hegan' && c.right.id === 'aero-montreal');
    expect(hegan?.reasons).toContain('1 common partner: Aviation Valley');
  });

  it('names targeting partnerships that exist, with the member and the country, as the graph has them', async () => {
    const pattern = /^(.+) \(with (.+)\) targets (.+)$/;
    let checked = 0;
    for (const c of candidates) {
      for (const reason of c.reasons) {
        const match = pattern.exec(reason);
        if (!match) continue;
        const [, partnership, member, country] = match;
        const [row] = await executor.read<{ holds: boolean }>(
          `RETURN EXISTS {
             MATCH (m:Cluster)-[:MEMBER_OF]->(p:Partnership)-[:TARGETS]->(k:Country)
             WHERE coalesce(p.acronym, p.name) = $partnership AND m.name = $member AND k.name = $country
               AND m.id IN [$left, $right] AND k.code IN [$leftCountry, $rightCountry] AND k.code <> m.countryCode
           } AS holds`,
          {
            partnership,
            member,
            country,
            left: c.left.id,
            right: c.right.id,
            leftCountry: c.left.countryCode,
            rightCountry: c.right.countryCode,
          },
        );
        expect(row?.holds, reason).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('names missions that visited the region of the other cluster', async () => {
    const pattern = /"(.+)" \(.*\) visited (.+), where (.+) is$/;
    let checked = 0;
    for (const c of candidates) {
      for (const reason of c.reasons) {
        const match = pattern.exec(reason);
        if (!match) continue;
        const [, mission, , other] = match;
        const [row] = await executor.read<{ holds: boolean }>(
          `RETURN EXISTS {
             MATCH (m:Mission {name: $mission})-[:VISITED]->(g:Region)<-[:PART_OF*0..]-(:Region)<-[:LOCATED_IN]-(o:Cluster {name: $other})
             WHERE o.id IN [$left, $right]
           } AS holds`,
          { mission, other, left: c.left.id, right: c.right.id },
        );
        expect(row?.holds, reason).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('pages with a stable order', async () => {
    const first = await readGapCandidates(executor, { filter: euCanada, skip: 0, first: 5 });
    const second = await readGapCandidates(executor, { filter: euCanada, skip: 5, first: 5 });
    const ten = await readGapCandidates(executor, { filter: euCanada, skip: 0, first: 10 });
    const ids = (list: GapCandidateRecord[]) => list.map((c) => `${c.left.id}|${c.right.id}`);
    expect([...ids(first.candidates), ...ids(second.candidates)]).toEqual(ids(ten.candidates));
    expect(second.candidates[0]?.offset).toBe(5);
  });

  it('keeps to the sectors asked for: every candidate in energy or below it', async () => {
    const filter = await resolveGapFilter(executor, { sectors: ['energy'] });
    const inEnergy = await allCandidates(filter);
    expect(inEnergy.length).toBeGreaterThan(0);
    const [row] = await executor.read<{ ids: string[] }>(
      `MATCH (s:Sector)-[:PART_OF*0..]->(:Sector {id: 'energy'}) RETURN collect(s.id) AS ids`,
    );
    for (const c of inEnergy) expect(row?.ids).toContain(c.sector.id);
  });

  it('says which sectors a bound on clusters per side left out, and pairs only the clusters it kept', async () => {
    const bounded = await readGapCandidates(executor, { filter: euCanada, skip: 0, first: 100, perSide: 2 });
    expect(bounded.bounds.length).toBeGreaterThan(0);
    for (const bound of bounded.bounds) {
      expect(bound.leftConsidered).toBeLessThanOrEqual(2);
      expect(bound.rightConsidered).toBeLessThanOrEqual(2);
      expect(bound.leftConsidered < bound.leftClusters || bound.rightConsidered < bound.rightClusters).toBe(true);
    }
    expect(bounded.totalCount).toBeLessThan(candidates.length);
    // Unbounded on the seed: nothing left out.
    expect((await readGapCandidates(executor, { filter: euCanada, skip: 0, first: 1 })).bounds).toEqual([]);
  });

  it('finds nothing in a sector present on one side only', async () => {
    const filter = await resolveGapFilter(executor, { sectors: ['packaging'] });
    const page = await readGapCandidates(executor, { filter, skip: 0, first: 20 });
    expect(page.totalCount).toBe(0);
  });
});
