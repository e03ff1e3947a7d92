/**
 * The single points of failure between two sides found the slow, obvious way, to check the
 * analysis against: every cluster and every tie is removed in turn, and a breadth-first search
 * from each cluster of a side says whether it still reaches the other side. Shares no code with
 * graph/analysis (no articulation points, no candidates).
 */

/** Tied pairs by the tie rule (graph/network/tie-rule.ts), read with plain Cypher, without Graph Data Science. */
export const TIED_PAIRS_BY_CYPHER = `
MATCH (a:Cluster)-[:PARTY_TO|MEMBER_OF|ORGANISED|JOINED|MET]-(v)-[:PARTY_TO|MEMBER_OF|ORGANISED|JOINED|MET]-(b:Cluster)
WHERE a.id < b.id AND (v:Mission OR v:Partnership OR (v:Agreement AND v.status IN ['SIGNED', 'ENDED']))
RETURN DISTINCT a.id AS a, b.id AS b`;

export interface TiedPair {
  a: string;
  b: string;
}

/** Which side's clusters reach the other side, over `pairs` without `removed` (a cluster or a tie). */
function reachingTheOtherSide(
  pairs: readonly TiedPair[],
  sides: { left: ReadonlySet<string>; right: ReadonlySet<string> },
  removed: readonly string[],
): Set<string> {
  const gone = (p: TiedPair) =>
    removed.length === 1 ? p.a === removed[0] || p.b === removed[0] : removed.includes(p.a) && removed.includes(p.b);
  const next = new Map<string, string[]>();
  for (const p of pairs.filter((p) => !gone(p))) {
    next.set(p.a, [...(next.get(p.a) ?? []), p.b]);
    next.set(p.b, [...(next.get(p.b) ?? []), p.a]);
  }
  const reaching = new Set<string>();
  for (const [own, other] of [
    [sides.left, sides.right],
    [sides.right, sides.left],
  ] as const) {
    for (const start of own) {
      if (removed.length === 1 && start === removed[0]) continue;
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length > 0 && !reaching.has(start)) {
        for (const to of next.get(queue.shift()!) ?? []) {
          if (seen.has(to)) continue;
          if (other.has(to)) reaching.add(start);
          seen.add(to);
          queue.push(to);
        }
      }
    }
  }
  return reaching;
}

/**
 * Every cluster (one id) and tie (two ids, sorted) whose removal leaves some cluster of a side
 * with no chain to the other, keyed by the ids joined with '|', with those clusters, sorted.
 */
export function cutsBetweenByTraversal(
  pairs: readonly TiedPair[],
  sides: { left: ReadonlySet<string>; right: ReadonlySet<string> },
): Map<string, string[]> {
  const before = reachingTheOtherSide(pairs, sides, []);
  const clusters = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  const removals = [...clusters.map((id) => [id]), ...pairs.map((p) => [p.a, p.b].sort())];
  const cuts = new Map<string, string[]>();
  for (const removed of removals) {
    const after = reachingTheOtherSide(pairs, sides, removed);
    const lost = [...before].filter((id) => !(removed.length === 1 && id === removed[0]) && !after.has(id)).sort();
    if (lost.length > 0) cuts.set(removed.join('|'), lost);
  }
  return cuts;
}
