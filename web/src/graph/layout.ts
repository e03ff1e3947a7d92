import type { Core, ElementDefinition, LayoutOptions, Position } from 'cytoscape';
import type { FcoseLayoutOptions, FcoseRelativePlacementConstraint } from 'cytoscape-fcose';
import type { Side } from './forceLayout';

export type LayoutName = 'fcose' | 'concentric' | 'grid';
export const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'grid'];

export interface LayoutNode {
  id: string;
  side: Side;
  degree: number;
}

/**
 * EU and non-EU clusters drawn apart so that transatlantic ties cross the middle. The best-connected
 * EU cluster is the divider: every other EU cluster sits left of it and every other cluster right of
 * it. Placement is transitive, so n − 1 constraints separate the sides strictly, where one per
 * EU × non-EU pair would grow quadratically. Clusters of unknown country are left free.
 */
export function sideConstraints(nodes: readonly LayoutNode[], gap = 60): FcoseRelativePlacementConstraint[] {
  const eu = nodes.filter((n) => n.side === 'eu').sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))[0];
  if (!eu || !nodes.some((n) => n.side === 'non-eu')) return [];
  const out: FcoseRelativePlacementConstraint[] = [];
  for (const n of nodes) {
    if (n.side === 'eu' && n.id !== eu.id) out.push({ left: n.id, right: eu.id, gap });
    if (n.side === 'non-eu') out.push({ left: eu.id, right: n.id, gap: gap * 2 });
  }
  return out;
}

/** What the layout worker is sent: the layout, the nodes with their start positions, the edges. */
export interface LayoutRequest {
  id: number;
  name: LayoutName;
  nodes: (LayoutNode & { size: number; position: { x: number; y: number } })[];
  edges: { id: string; source: string; target: string }[];
}

/** What it answers: a position per node id. */
export interface LayoutResult {
  id: number;
  positions: Record<string, { x: number; y: number }>;
}

export interface LayoutChoice {
  name: LayoutName;
  nodes: readonly LayoutNode[];
  animate?: boolean;
}

/**
 * How Cytoscape lays a network out. fcose runs in the layout worker, and only up to
 * FORCE_NODE_THRESHOLD nodes: past it the worker runs the d3-force simulation (layoutRun.ts).
 */
export function layoutOptions(choice: LayoutChoice): LayoutOptions {
  if (choice.name === 'grid') {
    return {
      name: 'grid',
      fit: true,
      padding: 30,
      avoidOverlap: true,
      animate: false,
    };
  }
  if (choice.name === 'concentric') {
    return {
      name: 'concentric',
      fit: true,
      padding: 30,
      avoidOverlap: true,
      minNodeSpacing: 20,
      animate: false,
      concentric: (n: { data: (k: string) => unknown }) => Number(n.data('degree')) || 0,
      levelWidth: () => 2,
    } as LayoutOptions;
  }
  const fcose: FcoseLayoutOptions = {
    name: 'fcose',
    // Start from the banded, id-seeded positions toElements gives: the result repeats run to run.
    randomize: false,
    quality: 'proof',
    animate: choice.animate ?? false,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    nodeSeparation: 90,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 110,
    edgeElasticity: () => 0.35,
    gravity: 0.3,
    numIter: 2500,
    tile: true,
    relativePlacementConstraint: sideConstraints(choice.nodes),
  };
  return fcose as unknown as LayoutOptions;
}

/**
 * The node data key of a position computed ahead (the server lays large networks out with the
 * force layout the worker would run, server/src/graph/network/layout.ts). When every node drawn
 * has one, the force layout places them there rather than asking the worker.
 */
export const PLACED_AT = 'placedAt';

/**
 * Elements with the positions a network came with: every node gets the key, null where it has no
 * position, so that a node kept from an earlier network never keeps that network's position.
 */
export function withPositions(
  elements: readonly ElementDefinition[],
  positions: readonly { id: string; x: number; y: number }[] | null | undefined,
): ElementDefinition[] {
  const at = new Map(positions?.map((p) => [p.id, { x: p.x, y: p.y }]));
  return elements.map((e) => {
    if (e.group !== 'nodes') return e;
    const placed = at.get(String(e.data.id));
    // Added where it will be drawn: what the canvas measures of it as it is added still holds then.
    return { ...e, ...(placed && { position: { ...placed } }), data: { ...e.data, [PLACED_AT]: placed ?? null } };
  });
}

/** The positions computed ahead for every node of the canvas, or null when some node has none. */
export function placedPositions(cy: Core): Record<string, Position> | null {
  const positions: Record<string, Position> = {};
  for (const node of cy.nodes()) {
    const at = node.data(PLACED_AT) as Position | null | undefined;
    if (!at) return null;
    positions[node.id()] = at;
  }
  return positions;
}

/** Layout nodes as read from a live (or headless) Cytoscape instance. */
export function layoutNodesOf(cy: Core): LayoutNode[] {
  return cy.nodes().map((n) => ({
    id: n.id(),
    side: (n.data('side') as Side | undefined) ?? 'unknown',
    degree: Number(n.data('degree')) || 0,
  }));
}

/**
 * Runs `run` with Math.random replaced by a seeded generator (mulberry32), then puts it back.
 * fcose draws random numbers (repulsion between overlapping nodes, tiling), so the same network
 * came out differently on each load, and a shared link did not show the picture it was sent with;
 * seeded, the same network and start positions give the same layout every time.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  let state = seed | 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

/** The seed of every layout: a constant, so that only the network decides the picture. */
export const LAYOUT_SEED = 20180601;
