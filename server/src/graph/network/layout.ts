import { setImmediate as nextTurn } from 'node:timers/promises';
import { FORCE_NODE_THRESHOLD, forceSteps, initialPosition, type Side } from '../../../../web/src/graph/forceLayout.js';
import type { GraphRecord } from '../model.js';

/** Where the canvas draws one cluster, in the canvas' model units. */
export interface NodePositionRecord {
  id: string;
  x: number;
  y: number;
}

/**
 * Past this many tied clusters no position is computed: no view draws more (the element budget is
 * 2,000 elements), and a caller asking for a whole large network would cost seconds of CPU.
 */
export const MAX_LAID_OUT = 2000;

/** Ticks of the simulation between two turns of the event loop: a few milliseconds each at 400 clusters. */
const TICKS_PER_TURN = 8;

/**
 * A large network's force layout, computed on the server so that the page runs none: the layout
 * worker's own simulation (web/src/graph/forceLayout.ts, d3-force, deterministic), from the start
 * positions and sides the page would give it, over what the canvas draws first (the clusters with a
 * tie in the network, in the network's order). Null when the browser lays the network out itself
 * (FORCE_NODE_THRESHOLD tied clusters or fewer: fcose, in its worker) or when it is too large to
 * draw. Runs a few ticks at a time, letting other requests through between them.
 */
export async function layOutNetwork(
  network: GraphRecord,
  euByCountry: ReadonlyMap<string, boolean>,
): Promise<NodePositionRecord[] | null> {
  const tied = new Set(network.edges.flatMap((e) => [e.source, e.target]));
  const drawn = network.nodes.filter((n) => tied.has(n.id));
  if (drawn.length <= FORCE_NODE_THRESHOLD || drawn.length > MAX_LAID_OUT) return null;
  const sideOf = (country: string | null): Side => {
    const eu = country === null ? undefined : euByCountry.get(country.toUpperCase());
    return eu === undefined ? 'unknown' : eu ? 'eu' : 'non-eu';
  };
  const steps = forceSteps(
    {
      nodes: drawn.map((n) => {
        const side = sideOf(n.country);
        return { id: n.id, side, position: initialPosition(n.id, side) };
      }),
      edges: network.edges,
    },
    TICKS_PER_TURN,
  );
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      const positions = step.value;
      // A tenth of a model unit is far below a pixel at any zoom; the JSON stays short.
      const round = (v: number) => Math.round(v * 10) / 10;
      return drawn.map((n) => ({ id: n.id, x: round(positions[n.id]!.x), y: round(positions[n.id]!.y) }));
    }
    await nextTurn();
  }
}
