import type { GraphEdge, GraphNode } from './types';

/** What a tie goes through (an agreement, mission or partnership), as far as the path view knows. */
export interface ViaInfo {
  id: string;
  name: string;
  entityKind: string;
  agreementKind?: string | null;
  signedOn?: string | null;
  startsOn?: string | null;
  acronym?: string | null;
}

export const AGREEMENT_KIND_LABELS: Readonly<Record<string, string>> = {
  MOU: 'MoU',
  PARTNERSHIP_AGREEMENT: 'Partnership agreement',
  COOPERATION_AGREEMENT: 'Cooperation agreement',
  COLLABORATION_AGREEMENT: 'Collaboration agreement',
};

export interface PathStep {
  from: Pick<GraphNode, 'id' | 'label'>;
  to: Pick<GraphNode, 'id' | 'label'>;
  edge: GraphEdge | undefined;
  tie: string;
}

function yearOf(date: string | null | undefined): number | undefined {
  const y = date ? Number.parseInt(date.slice(0, 4), 10) : Number.NaN;
  return Number.isFinite(y) ? y : undefined;
}

/** "MoU 2013", "Mission 2018", "ESCP-4i": the kind of tie, and its year when the data has one. */
export function tieLabel(edge: GraphEdge | undefined, via?: ViaInfo): string {
  if (!edge) return 'tie';
  let kind: string;
  let year = edge.years.length ? Math.min(...edge.years) : undefined;
  if (via?.entityKind === 'AGREEMENT') {
    kind = (via.agreementKind && AGREEMENT_KIND_LABELS[via.agreementKind]) || 'Agreement';
    year ??= yearOf(via.signedOn);
  } else if (via?.entityKind === 'MISSION') {
    kind = 'Mission';
    year ??= yearOf(via.startsOn);
  } else if (via?.entityKind === 'PARTNERSHIP') {
    kind = via.acronym || via.name || 'Partnership';
  } else {
    kind = edge.kind === 'AGREEMENT' ? 'Agreement' : edge.kind === 'MISSION' ? 'Mission' : 'Partnership';
  }
  const text = year ? `${kind} ${year}` : kind;
  // A planned or initiated agreement crossed on request is named as the intention it is.
  return edge.planned ? `planned ${text}` : text;
}

/** A path's consecutive pairs with the edge that joins them, whichever way the edge points. */
export function pathSteps(
  path: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] },
  vias: ReadonlyMap<string, ViaInfo> = new Map(),
): PathStep[] {
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < path.nodes.length; i++) {
    const from = path.nodes[i];
    const to = path.nodes[i + 1];
    if (!from || !to) continue;
    const inOrder = path.edges[i];
    const edge =
      inOrder && sameEnds(inOrder, from.id, to.id) ? inOrder : path.edges.find((e) => sameEnds(e, from.id, to.id));
    const via = edge?.via[0] ? vias.get(edge.via[0]) : undefined;
    steps.push({ from, to, edge, tie: tieLabel(edge, via) });
  }
  return steps;
}

function sameEnds(e: GraphEdge, a: string, b: string): boolean {
  return (e.source === a && e.target === b) || (e.source === b && e.target === a);
}

/** "Skywin —MoU 2013— Aéro Montréal —MoU— Aerospace Valley" */
export function pathText(steps: readonly PathStep[]): string {
  if (!steps.length) return '';
  return steps.reduce((text, s) => `${text} —${s.tie}— ${s.to.label}`, steps[0]?.from.label ?? '');
}

/** How far apart, in layout units, path clusters placed beyond the context's positions are drawn. */
const HOP = 80;

type Point = { x: number; y: number };

/**
 * The context's positions (laid out ahead by the server), with the path's clusters that the context
 * left out placed along the chain: between the nearest placed clusters before and after them, or
 * a hop on from the one placed end, or in a row when none is. So the canvas keeps the server's
 * positions (no force layout of the whole context in the page) and the path reads as a chain.
 * Null when the context came without positions: the canvas lays it out itself.
 */
export function positionsWithPath(
  positions: readonly (Point & { id: string })[] | null | undefined,
  path: readonly string[],
): (Point & { id: string })[] | null {
  if (!positions?.length) return positions ? [...positions] : null;
  const at = new Map(positions.map((p) => [p.id, { x: p.x, y: p.y }]));
  const placed = path.map((id) => at.get(id));
  const known = placed.flatMap((p, i) => (p ? [i] : []));
  const added = path.flatMap((id, i) => {
    if (placed[i]) return [];
    const before = known.filter((k) => k < i).at(-1);
    const after = known.find((k) => k > i);
    const a = before === undefined ? undefined : placed[before]!;
    const b = after === undefined ? undefined : placed[after]!;
    let point: Point;
    if (a && b) {
      const t = (i - before!) / (after! - before!);
      point = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    } else if (a) point = { x: a.x + HOP * (i - before!), y: a.y + HOP };
    else if (b) point = { x: b.x - HOP * (after! - i), y: b.y + HOP };
    else point = { x: HOP * i, y: Math.max(...positions.map((p) => p.y)) + 2 * HOP };
    return [{ id, ...point }];
  });
  return [...positions, ...added];
}
