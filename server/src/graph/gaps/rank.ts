import { scoreOf, type GapEvidence, type NamedRef } from './explain.js';

/**
 * Pair generation and ranking, pure: from the clusters each sector puts forward on each side and
 * each cluster's evidence (computed once per cluster, see GAP_EVIDENCE), the candidate pairs with
 * their evidence and score, best first. Kept out of Cypher so that a cluster's evidence is not
 * recomputed for every sector it is active in, and so that the score and its terms come from one
 * function (explain.ts).
 */

export interface ClusterEvidence {
  id: string;
  name: string;
  kind: string;
  countryCode: string;
  countryName: string | null;
  /** Ids of the clusters tied to this one in any way. */
  tied: string[];
  /** Every sector it is active in, with the ones above them; each with its ancestors' ids. */
  sectors: (NamedRef & { ancestors: string[] })[];
  /** Ids of its regions and the regions containing them. */
  regions: string[];
  partnerships: (NamedRef & { targets: string[] })[];
  missions: (NamedRef & { through: string | null; visited: NamedRef[]; met: NamedRef[] })[];
}

export type Priority = GapEvidence['priority'][number];

/** One sector of the scope with both sides present: the clusters that enter pair generation. */
export interface SectorSides {
  sector: NamedRef;
  /** Cluster ids, in the order the bound keeps them. */
  left: string[];
  right: string[];
  /** How many clusters each side has in the sector, kept or not. */
  leftClusters: number;
  rightClusters: number;
  /** The sector as a priority of a side. */
  priority: Priority[];
}

/** A candidate before its common partners' degrees are known. */
export interface PairedCandidate extends Omit<GapEvidence, 'commonPartners' | 'adamicAdar'> {
  left: ClusterEvidence;
  right: ClusterEvidence;
  sector: NamedRef;
  commonPartners: string[];
}

export interface RankedCandidate extends GapEvidence {
  left: ClusterEvidence;
  right: ClusterEvidence;
  sector: NamedRef;
  score: number;
}

/** A cluster's evidence with the sets pairing looks things up in, built once per cluster, not once per pair. */
interface Indexed {
  evidence: ClusterEvidence;
  tied: ReadonlySet<string>;
  sectorIds: ReadonlySet<string>;
  regions: ReadonlySet<string>;
}

function indexer(evidence: ReadonlyMap<string, ClusterEvidence>) {
  const indexed = new Map<string, Indexed>();
  return (id: string): Indexed => {
    const known = indexed.get(id);
    if (known) return known;
    const found = evidence.get(id);
    if (!found) throw new Error(`No gap evidence for cluster ${id}.`);
    const made = {
      evidence: found,
      tied: new Set(found.tied),
      sectorIds: new Set(found.sectors.map((s) => s.id)),
      regions: new Set(found.regions),
    };
    indexed.set(id, made);
    return made;
  };
}

/**
 * The deepest of the most specific sectors both clusters are active in, within the scope (by id
 * on equal depth): the one sector a pair is listed under. Null when they share none in scope.
 */
function sharedSectorsOf(l: Indexed, r: Indexed) {
  const shared = l.evidence.sectors.filter((s) => r.sectorIds.has(s.id));
  const above = new Set(shared.flatMap((s) => s.ancestors));
  return shared.filter((s) => !above.has(s.id));
}

function deepest(sectors: readonly (NamedRef & { ancestors: string[] })[], scope: ReadonlySet<string>) {
  let best: (NamedRef & { ancestors: string[] }) | null = null;
  for (const s of sectors) {
    if (!scope.has(s.id)) continue;
    if (
      !best ||
      s.ancestors.length > best.ancestors.length ||
      (s.ancestors.length === best.ancestors.length && s.id < best.id)
    )
      best = s;
  }
  return best;
}

/** Missions of `member` that reached `other`: visited its region, or met a cluster tied to it that is not a common partner. */
function missionContacts(member: ClusterEvidence, indexedOther: Indexed, common: ReadonlySet<string>) {
  const { evidence: other, regions, tied: otherTied } = indexedOther;
  const seen = new Set<string>();
  const contacts: GapEvidence['missionContacts'] = [];
  // A mission reached both directly and through a partnership is one contact, named directly.
  const missions = [...member.missions].sort((a, b) => Number(a.through !== null) - Number(b.through !== null));
  for (const m of missions) {
    if (seen.has(m.id)) continue;
    const visited = m.visited.filter((g) => regions.has(g.id)).map((g) => g.name);
    const met = m.met.filter((o) => otherTied.has(o.id) && !common.has(o.id)).map((o) => o.name);
    if (visited.length === 0 && met.length === 0) continue;
    seen.add(m.id);
    contacts.push({ mission: m.name, through: m.through, member: member.name, other: other.name, visited, met });
  }
  return contacts;
}

function targeting(member: ClusterEvidence, other: ClusterEvidence): GapEvidence['targeting'] {
  return member.partnerships
    .filter((p) => p.targets.includes(other.countryCode))
    .map((p) => ({ partnership: p.name, member: member.name, country: other.countryName }));
}

/**
 * Every pair (one cluster per side of a sector, not tied in any way), listed once, under the
 * deepest sector both are active in within the scope; with everything but the partners' degrees.
 */
export function pairCandidates(options: {
  sides: readonly SectorSides[];
  evidence: ReadonlyMap<string, ClusterEvidence>;
}): PairedCandidate[] {
  const scope = new Set(options.sides.map((s) => s.sector.id));
  const indexed = indexer(options.evidence);
  const out: PairedCandidate[] = [];
  for (const side of options.sides) {
    const rights = side.right.map((id) => indexed(id));
    for (const leftId of side.left) {
      const left = indexed(leftId);
      const l = left.evidence;
      for (const right of rights) {
        const r = right.evidence;
        // A pair already tied is cooperation that exists, not a gap.
        if (left.tied.has(r.id)) continue;
        const sharedSectors = sharedSectorsOf(left, right);
        // Each pair is met under every sector it shares; it is listed under the deepest one only.
        if (deepest(sharedSectors, scope)?.id !== side.sector.id) continue;
        const common = l.tied.filter((id) => right.tied.has(id));
        const commonSet = new Set(common);
        out.push({
          left: l,
          right: r,
          sector: side.sector,
          sharedSectors: sharedSectors.map(({ id, name }) => ({ id, name })),
          commonPartners: common,
          targeting: [...targeting(l, r), ...targeting(r, l)],
          missionContacts: [...missionContacts(l, right, commonSet), ...missionContacts(r, left, commonSet)],
          superclusters: [l, r].filter((c) => c.kind === 'SUPERCLUSTER').map((c) => c.name),
          priority: side.priority,
        });
      }
    }
  }
  return out;
}

const byName = (a: NamedRef, b: NamedRef) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Scores the pairs with their common partners' degrees (Adamic–Adar) and ranks them: score, then names, then ids. */
export function rankCandidates(
  pairs: readonly PairedCandidate[],
  partners: ReadonlyMap<string, NamedRef & { degree: number }>,
): RankedCandidate[] {
  const ranked = pairs.map((pair) => {
    const commonPartners = pair.commonPartners
      .map((id) => {
        const partner = partners.get(id);
        if (!partner) throw new Error(`No degree for common partner ${id}.`);
        return partner;
      })
      .sort(byName);
    const adamicAdar = commonPartners.reduce((sum, p) => sum + 1 / Math.log(p.degree), 0);
    const evidence = { ...pair, commonPartners, adamicAdar };
    return { ...evidence, score: scoreOf(evidence) };
  });
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      compare(a.left.name, b.left.name) ||
      compare(a.right.name, b.right.name) ||
      compare(a.sector.name, b.sector.name) ||
      compare(a.left.id, b.left.id) ||
      compare(a.right.id, b.right.id) ||
      compare(a.sector.id, b.sector.id),
  );
}
