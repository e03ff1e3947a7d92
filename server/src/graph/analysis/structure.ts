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

/** What to take out of the network: one cluster, or one tie. */
export type Removal = { cluster: string } | { tie: readonly [string, string] };

/**
 * One depth-first search of the whole network (Hopcroft and Tarjan's), from which any single
 * removal's pieces are read without another traversal: clusters in preorder, each connected part
 * one run of positions and each subtree one run inside it; `low` is the earliest position a
 * subtree reaches by a tie outside the tree. A child's subtree is cut off by removing its parent
 * when its low is no earlier than the parent, and by removing the tree tie above it when its low
 * is the child itself.
 */
export interface CutIndex {
  order: readonly string[];
  position: ReadonlyMap<string, number>;
  /** By position: the parent's position (-1 for a part's first cluster), subtree size, low, the part's first position. */
  parent: readonly number[];
  size: readonly number[];
  low: readonly number[];
  root: readonly number[];
  children: readonly (readonly number[])[];
}

export function cutIndex(adjacency: Adjacency): CutIndex {
  const order: string[] = [];
  const position = new Map<string, number>();
  const parent: number[] = [];
  const size: number[] = [];
  const low: number[] = [];
  const root: number[] = [];
  const children: number[][] = [];
  for (const start of adjacency.keys()) {
    if (position.has(start)) continue;
    const first = order.length;
    const visit = (id: string, from: number) => {
      const at = order.length;
      position.set(id, at);
      order.push(id);
      parent.push(from);
      size.push(1);
      low.push(at);
      root.push(first);
      children.push([]);
      if (from >= 0) children[from]!.push(at);
      return { id, at, next: 0 };
    };
    // Iterative: a chain of thousands of clusters would overflow the call stack.
    const stack = [visit(start, -1)];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const partners = adjacency.get(top.id) ?? [];
      if (top.next < partners.length) {
        const to = partners[top.next++]!;
        const seen = position.get(to);
        if (seen === undefined) stack.push(visit(to, top.at));
        else if (seen !== parent[top.at]) low[top.at] = Math.min(low[top.at]!, seen);
        continue;
      }
      stack.pop();
      const up = parent[top.at]!;
      if (up >= 0) {
        low[up] = Math.min(low[up]!, low[top.at]!);
        size[up]! += size[top.at]!;
      }
    }
  }
  return { order, position, parent, size, low, root, children };
}

/** Positions [from, to) in preorder. */
type Range = readonly [number, number];

/** The removal's connected part, and the pieces it leaves of it (the removed cluster in none). */
function piecesAfter(index: CutIndex, removal: Removal): { part: Range; pieces: Range[][] } | null {
  const subtree = (at: number): Range => [at, at + index.size[at]!];
  const nonEmpty = (ranges: Range[]) => ranges.filter(([from, to]) => to > from);
  if ('cluster' in removal) {
    const at = index.position.get(removal.cluster);
    if (at === undefined) return null;
    const first = index.root[at]!;
    const part: Range = subtree(first);
    // A part's first cluster splits off every child; another cluster, the children that reach no higher than it.
    const apart = (child: number) => index.parent[at]! < 0 || index.low[child]! >= at;
    const kids = index.children[at]!;
    const rest = nonEmpty([
      [first, at],
      ...kids.filter((child) => !apart(child)).map(subtree),
      [at + index.size[at]!, part[1]],
    ]);
    const pieces = kids.filter(apart).map((child) => [subtree(child)]);
    return { part, pieces: rest.length > 0 ? [rest, ...pieces] : pieces };
  }
  const [a, b] = removal.tie.map((id) => index.position.get(id));
  if (a === undefined || b === undefined) return null;
  const part: Range = subtree(index.root[a]!);
  // Only a tree tie can be a bridge, and only when the child's subtree reaches no higher than itself.
  const child = index.parent[b] === a ? b : index.parent[a] === b ? a : undefined;
  if (child === undefined || index.low[child]! < child) return { part, pieces: [[part]] };
  const below = subtree(child);
  return {
    part,
    pieces: [
      nonEmpty([
        [part[0], below[0]],
        [below[1], part[1]],
      ]),
      [below],
    ],
  };
}

const sizeOf = (piece: readonly Range[]) => piece.reduce((total, [from, to]) => total + to - from, 0);

/**
 * The clusters a removal cuts off from the bulk of their part: everything that was in the removed
 * cluster's (or tie's) part but is no longer in the largest piece of it left.
 */
export function cutOffBy(index: CutIndex, removal: Removal): string[] {
  const pieces = piecesAfter(index, removal)?.pieces ?? [];
  let largest = 0;
  pieces.forEach((piece, i) => {
    if (sizeOf(piece) > sizeOf(pieces[largest]!)) largest = i;
  });
  return pieces
    .filter((_piece, i) => i !== largest)
    .flatMap((piece) => piece.flatMap(([from, to]) => index.order.slice(from, to)))
    .sort();
}

/**
 * Between two sides: for any removal, the clusters of either side that reach the other side now
 * and would reach none of it after (the removed cluster itself is not counted). Counts per side
 * are prefix sums over the preorder, so each removal costs its pieces, not a traversal.
 */
export function cutOffBetween(
  index: CutIndex,
  sides: { left: ReadonlySet<string>; right: ReadonlySet<string> },
): (removal: Removal) => string[] {
  const prefix = (side: ReadonlySet<string>) => {
    const sums = [0];
    index.order.forEach((id, i) => sums.push(sums[i]! + (side.has(id) ? 1 : 0)));
    return sums;
  };
  const left = prefix(sides.left);
  const right = prefix(sides.right);
  const count = (sums: number[], ranges: readonly Range[]) =>
    ranges.reduce((total, [from, to]) => total + sums[to]! - sums[from]!, 0);
  return (removal) => {
    const after = piecesAfter(index, removal);
    if (!after) return [];
    // A cluster reaches the other side when its part holds a cluster of it.
    const rightBefore = count(right, [after.part]) > 0;
    const leftBefore = count(left, [after.part]) > 0;
    const lost: string[] = [];
    for (const piece of after.pieces) {
      const leftLose = rightBefore && count(right, piece) === 0;
      const rightLose = leftBefore && count(left, piece) === 0;
      if (!leftLose && !rightLose) continue;
      for (const [from, to] of piece)
        for (const id of index.order.slice(from, to))
          if ((leftLose && sides.left.has(id)) || (rightLose && sides.right.has(id))) lost.push(id);
    }
    return lost.sort();
  };
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
