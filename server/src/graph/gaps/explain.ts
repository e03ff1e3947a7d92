import { GAP_TERMS, GAP_WEIGHTS, type GapTerm } from './scoring.js';

/**
 * Turns a candidate's evidence (as GAP_CANDIDATES computes it) into its score terms and its
 * human-readable reasons. Pure, so the wording is unit-tested; the score itself is computed in
 * Cypher with the same weights, and the terms here add up to it.
 */

export interface NamedRef {
  id: string;
  name: string;
}

export interface GapEvidence {
  /** The most specific sectors both are active in (a sub-sector stands for its parents). */
  sharedSectors: NamedRef[];
  /** Clusters tied to both, with their number of tied clusters (degree). */
  commonPartners: (NamedRef & { degree: number })[];
  adamicAdar: number;
  /** Partnerships of one cluster that target the other's country. */
  targeting: { partnership: string; member: string; country: string | null }[];
  /** Missions of one cluster (directly or through its partnership) that reached the other's region or partners. */
  missionContacts: {
    mission: string;
    through: string | null;
    member: string;
    other: string;
    visited: string[];
    met: string[];
  }[];
  /** Names of the clusters of the pair that are superclusters. */
  superclusters: string[];
  /** The candidate's sector as a priority sector of a side: named by a source, or the work of a supercluster. */
  priority: { prioritySector: string; supercluster: string | null; country: string | null }[];
}

export interface ScoreTerm {
  term: GapTerm;
  /** The evidence measured: a count, the Adamic–Adar sum, or 1/0 for a yes/no term. */
  value: number;
  weight: number;
  points: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const yes = (present: boolean) => (present ? 1 : 0);

/** The value of each term, in GAP_TERMS order, as the Cypher computes it. */
function values(evidence: GapEvidence): Record<GapTerm, number> {
  return {
    SHARED_SECTORS: evidence.sharedSectors.length,
    COMMON_PARTNERS: evidence.adamicAdar,
    TARGETING_PARTNERSHIP: yes(evidence.targeting.length > 0),
    MISSION_CONTACT: yes(evidence.missionContacts.length > 0),
    SUPERCLUSTER: yes(evidence.superclusters.length > 0),
    PRIORITY_SECTOR: yes(evidence.priority.length > 0),
  };
}

/** The score: each term's value × weight, summed unrounded (the terms a client sees are rounded). */
export function scoreOf(evidence: GapEvidence): number {
  const measured = values(evidence);
  return GAP_TERMS.reduce((sum, term) => sum + measured[term] * GAP_WEIGHTS[term], 0);
}

/** Every term with its value, weight and points (zero-point terms included, so a client can show the whole formula). */
export function scoreTerms(evidence: GapEvidence): ScoreTerm[] {
  const measured = values(evidence);
  return GAP_TERMS.map((term) => ({
    term,
    value: round(measured[term]),
    weight: GAP_WEIGHTS[term],
    points: round(measured[term] * GAP_WEIGHTS[term]),
  }));
}

function names(list: readonly string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** One sentence per piece of evidence, naming the nodes it rests on. Never empty: every candidate shares a sector. */
export function reasons(evidence: GapEvidence): string[] {
  const out: string[] = [];
  if (evidence.sharedSectors.length > 0) out.push(`both in ${names(evidence.sharedSectors.map((s) => s.name))}`);
  const partners = evidence.commonPartners.map((p) => p.name);
  if (partners.length > 0)
    out.push(`${partners.length} common ${partners.length === 1 ? 'partner' : 'partners'}: ${partners.join(', ')}`);
  for (const t of evidence.targeting)
    out.push(`${t.partnership} (with ${t.member}) targets ${t.country ?? 'the other side'}`);
  for (const m of evidence.missionContacts) {
    const by = m.through
      ? `${m.through}'s mission "${m.mission}" (${m.member} is a member)`
      : `"${m.mission}" (with ${m.member})`;
    if (m.visited.length > 0) out.push(`${by} visited ${names(m.visited)}, where ${m.other} is`);
    if (m.met.length > 0)
      out.push(`${by} met ${names(m.met)}, ${m.met.length === 1 ? 'a partner' : 'partners'} of ${m.other}`);
  }
  for (const name of evidence.superclusters) out.push(`${name} is a supercluster`);
  // One sentence per priority sector and side, however many routes (a source, superclusters) name it.
  const priorities = new Map<string, string[]>();
  for (const p of evidence.priority) {
    const sentence = `${p.prioritySector} is a priority sector of ${p.country ?? 'its side'}`;
    const superclusters = priorities.get(sentence) ?? [];
    if (p.supercluster) superclusters.push(p.supercluster);
    priorities.set(sentence, superclusters);
  }
  for (const [sentence, superclusters] of priorities) {
    const named = unique(superclusters).sort();
    out.push(named.length > 0 ? `${sentence} (${names(named)})` : sentence);
  }
  return out;
}
