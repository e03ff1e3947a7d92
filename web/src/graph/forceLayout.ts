import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { LayoutRequest, LayoutResult } from './layout';

/**
 * The force layout of large networks: d3-force's Barnes–Hut simulation, which grows as n log n
 * where fcose's spring embedder took 15–17 s in the worker at 372 clusters and 1,625 ties (load
 * 8–18 on two cores). EU clusters are pulled left and the others right, as fcose's placement
 * constraints draw them. No random number is drawn: the same network and start positions (toElements
 * seeds them from the ids) give the same picture on every load, so a shared link reopens it.
 */

/** Past this many nodes the force layout is this one rather than fcose. */
export const FORCE_NODE_THRESHOLD = 200;

/** Ticks of the simulation: alpha falls from 1 to d3's alphaMin (0.001) in this many. */
const TICKS = 120;

type Point = SimulationNodeDatum & { id: string; side: LayoutRequest['nodes'][number]['side'] };

export function forcePositions({ nodes, edges }: Pick<LayoutRequest, 'nodes' | 'edges'>): LayoutResult['positions'] {
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
  simulation.tick(TICKS);
  const positions: LayoutResult['positions'] = {};
  for (const p of points) positions[p.id] = { x: p.x ?? 0, y: p.y ?? 0 };
  return positions;
}
