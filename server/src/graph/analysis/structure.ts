/**
 * What the measures mean for a person: who is cut off when a cluster or a tie goes. Pure
 * functions over the tie network as adjacency lists, unit-tested on small graphs; the database
 * finds the articulation points and bridges, these say what each one holds together.
 */

export interface TieNetwork {
  /** Every cluster id, tied or not. */
  nodes: readonly string[];
  /** Tied pairs, each once. */
  pairs: readonly (readonly [string, string])[];
}

export type Adjacency = ReadonlyMap<string, readonly string[]>;

export function adjacencyOf(network: TieNetwork): Adjacency {
  const adjacency = new Map<string, string[]>(network.nodes.map((id) => [id, []]));
  for (const [a, b] of network.pairs) {
    adjacency.get(a)?.push(b);
    adjacency.get(b)?.push(a);
  }
  return adjacency;
}

/** What to leave out of a traversal: one cluster, or one tie. */
export type Removal = { cluster: string } | { tie: readonly [string, string] };

const crosses = (removal: Removal | undefined, a: string, b: string) =>
  removal !== undefined &&
  'tie' in removal &&
  ((removal.tie[0] === a && removal.tie[1] === b) || (removal.tie[0] === b && removal.tie[1] === a));

/** The connected part of each cluster (a number per part), after a removal. */
export function components(adjacency: Adjacency, removal?: Removal): Map<string, number> {
  const removed = removal && 'cluster' in removal ? removal.cluster : undefined;
  const part = new Map<string, number>();
  let next = 0;
  for (const start of adjacency.keys()) {
    if (start === removed || part.has(start)) continue;
    const id = next++;
    part.set(start, id);
    const stack = [start];
    while (stack.length > 0) {
      const at = stack.pop()!;
      for (const to of adjacency.get(at) ?? []) {
        if (to === removed || part.has(to) || crosses(removal, at, to)) continue;
        part.set(to, id);
        stack.push(to);
      }
    }
  }
  return part;
}

/**
 * The clusters a removal cuts off from the bulk of their part: everything that was in the removed
 * cluster's (or tie's) part but is no longer in the largest piece of it left.
 */
export function cutOffBy(adjacency: Adjacency, removal: Removal): string[] {
  const before = components(adjacency);
  const anchor = 'cluster' in removal ? removal.cluster : removal.tie[0];
  const part = before.get(anchor);
  const after = components(adjacency, removal);
  const sizes = new Map<number, number>();
  const members: string[] = [];
  for (const [id, p] of before) {
    if (p !== part || ('cluster' in removal && id === removal.cluster)) continue;
    members.push(id);
    const piece = after.get(id)!;
    sizes.set(piece, (sizes.get(piece) ?? 0) + 1);
  }
  let largest = -1;
  let largestSize = -1;
  for (const [piece, size] of sizes) if (size > largestSize) [largest, largestSize] = [piece, size];
  return members.filter((id) => after.get(id) !== largest).sort();
}

/**
 * Between two sides: the clusters of either side that reach the other side now and would reach
 * none of it after the removal (the removed cluster itself is not counted).
 */
export function cutOffBetween(
  adjacency: Adjacency,
  sides: { left: ReadonlySet<string>; right: ReadonlySet<string> },
  removal: Removal,
): string[] {
  const reachesOther = (part: Map<string, number>) => {
    const partsOf = (side: ReadonlySet<string>) =>
      new Set([...side].map((id) => part.get(id)).filter((p) => p !== undefined));
    const leftParts = partsOf(sides.left);
    const rightParts = partsOf(sides.right);
    const reaching = new Set<string>();
    for (const id of sides.left) if (rightParts.has(part.get(id)!)) reaching.add(id);
    for (const id of sides.right) if (leftParts.has(part.get(id)!)) reaching.add(id);
    return reaching;
  };
  const before = reachesOther(components(adjacency));
  const after = reachesOther(components(adjacency, removal));
  const removed = 'cluster' in removal ? removal.cluster : undefined;
  return [...before].filter((id) => id !== removed && !after.has(id)).sort();
}

/**
 * The clusters of a side that are its only member in their connected part, with the other side
 * there too. Removing one leaves the rest of the part connected, so it need be no articulation
 * point (a cluster with a single tie never is one), yet the other side's clusters in that part
 * lose every chain to this side.
 */
export function aloneForTheirSide(
  adjacency: Adjacency,
  sides: { left: ReadonlySet<string>; right: ReadonlySet<string> },
): string[] {
  const part = components(adjacency);
  const countPerPart = (side: ReadonlySet<string>) => {
    const counts = new Map<number, number>();
    for (const id of side) {
      const p = part.get(id);
      if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    return counts;
  };
  const left = countPerPart(sides.left);
  const right = countPerPart(sides.right);
  const alone = (side: ReadonlySet<string>, own: Map<number, number>, other: Map<number, number>) =>
    [...side].filter((id) => {
      const p = part.get(id);
      return p !== undefined && own.get(p) === 1 && other.has(p);
    });
  return [...new Set([...alone(sides.left, left, right), ...alone(sides.right, right, left)])].sort();
}

/**
 * Betweenness as a share, 0..1, of the chains it could lie on: GDS counts each unordered pair of
 * other clusters once on an undirected graph, and there are (n-1)(n-2)/2 such pairs.
 */
export function normaliseBetweenness(raw: number, nodeCount: number): number {
  const pairs = ((nodeCount - 1) * (nodeCount - 2)) / 2;
  return pairs > 0 ? Math.min(1, raw / pairs) : 0;
}

/**
 * Community numbers that read well and stay put between runs: 1 for the largest community, then
 * by size and lowest member id; clusters without a tie are in no community (null).
 */
export function numberCommunities(
  raw: ReadonlyMap<string, number>,
  degree: ReadonlyMap<string, number>,
): Map<string, number | null> {
  const groups = new Map<number, string[]>();
  for (const [id, community] of raw) {
    if ((degree.get(id) ?? 0) === 0) continue;
    const group = groups.get(community);
    if (group) group.push(id);
    else groups.set(community, [id]);
  }
  const ordered = [...groups.values()]
    .map((ids) => ids.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const numbered = new Map<string, number | null>([...raw.keys()].map((id) => [id, null]));
  ordered.forEach((ids, index) => ids.forEach((id) => numbered.set(id, index + 1)));
  return numbered;
}

/** One key per tied pair, whichever way round it is named. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
