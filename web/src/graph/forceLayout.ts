import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

/**
 * The force layout of large networks: d3-force's Barnes–Hut simulation, which grows as n log n
 * where fcose's spring embedder took 15–17 s in the worker at 372 clusters and 1,625 ties (load
 * 8–18 on two cores). EU clusters are pulled left and the others right, as fcose's placement
 * constraints draw them. No random number is drawn: the same network and start positions (seeded
 * from the ids) give the same picture on every load, so a shared link reopens it.
 *
 * This module imports nothing but d3-force: the server runs it too, to send a large network with
 * its positions computed ahead (server/src/graph/network/layout.ts), and the layout worker runs it
 * for the networks the server did not lay out.
 */

/** Which side of the picture a cluster is drawn on. */
export type Side = 'eu' | 'non-eu' | 'unknown';

/** Horizontal distance between the EU and the non-EU band, in model units. */
export const BAND_OFFSET = 600;

/** A deterministic pseudo-random number in [0, 1) from a string (FNV-1a), for repeatable layouts. */
export function hashUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x100000000;
}

/** Start positions: EU on the left, the rest on the right, jittered by id so layouts repeat. */
export function initialPosition(id: string, side: Side): { x: number; y: number } {
  const centre = side === 'eu' ? -BAND_OFFSET / 2 : side === 'non-eu' ? BAND_OFFSET / 2 : 0;
  return {
    x: centre + (hashUnit(`${id}:x`) - 0.5) * 300,
    y: (hashUnit(`${id}:y`) - 0.5) * 500,
  };
}

/** Past this many nodes the force layout is this one rather than fcose. */
export const FORCE_NODE_THRESHOLD = 200;

/** Ticks of the simulation: alpha falls from 1 to d3's alphaMin (0.001) in this many. */
const TICKS = 120;

export interface ForceInput {
  nodes: readonly { id: string; side: Side; position: { x: number; y: number } }[];
  edges: readonly { source: string; target: string }[];
}

export type Positions = Record<string, { x: number; y: number }>;

type Point = SimulationNodeDatum & { id: string; side: Side };

/**
 * The simulation in steps of `ticksPerStep` ticks, yielding between them, returning the positions:
 * the server runs it a few ticks at a time so that other requests are answered in between.
 */
export function* forceSteps({ nodes, edges }: ForceInput, ticksPerStep = TICKS): Generator<void, Positions> {
  const points: Point[] = nodes.map((n) => ({ id: n.id, side: n.side, x: n.position.x, y: n.position.y }));
  const ids = new Set(points.map((p) => p.id));
  const links = edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ source: e.source, target: e.target }));
  const sided = points.some((p) => p.side === 'eu') && points.some((p) => p.side === 'non-eu');
  const spread = 40 * Math.sqrt(points.length);
  const simulation = forceSimulation(points)
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .force(
      'link',
      forceLink<Point, { source: string; target: string }>(links)
        .id((p) => p.id)
        .distance(70),
    )
    .force('charge', forceManyBody<Point>().strength(-160).theta(0.9).distanceMax(spread))
    .force(
      'x',
      forceX<Point>((p) =>
        sided ? (p.side === 'eu' ? -spread / 2 : p.side === 'non-eu' ? spread / 2 : 0) : 0,
      ).strength(sided ? 0.12 : 0.05),
    )
    .force('y', forceY<Point>(0).strength(0.05))
    .stop();
  for (let done = 0; done < TICKS; done += ticksPerStep) {
    simulation.tick(Math.min(ticksPerStep, TICKS - done));
    if (done + ticksPerStep < TICKS) yield;
  }
  const positions: Positions = {};
  for (const p of points) positions[p.id] = { x: p.x ?? 0, y: p.y ?? 0 };
  return positions;
}

/** The whole simulation at once (the layout worker's way). */
export function forcePositions(input: ForceInput): Positions {
  const steps = forceSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
