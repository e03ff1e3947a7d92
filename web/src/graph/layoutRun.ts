import type cytoscape from 'cytoscape';
import { FORCE_NODE_THRESHOLD, forcePositions } from './forceLayout';
import { LAYOUT_SEED, layoutOptions, withSeededRandom, type LayoutRequest, type LayoutResult } from './layout';

let loaded: Promise<typeof cytoscape> | null = null;
/**
 * Cytoscape with fcose, loaded on first use: the networks past FORCE_NODE_THRESHOLD, the large
 * ones a visit opens first, need d3-force alone, and the worker starts without half a megabyte to
 * fetch and compile before it can answer.
 */
function cytoscapeWithFcose() {
  loaded ??= Promise.all([import('cytoscape'), import('cytoscape-fcose')]).then(
    ([{ default: cytoscape }, { default: fcose }]) => {
      cytoscape.use(fcose);
      return cytoscape;
    },
  );
  return loaded;
}

/**
 * A layout computed on a headless Cytoscape with the options the canvas would use (or, past
 * FORCE_NODE_THRESHOLD nodes, by forceLayout.ts), from the given
 * start positions and with a seeded Math.random: the same network gives the same positions every
 * time. The layout worker runs it off the main thread.
 */
export async function layoutPositions({
  name,
  nodes,
  edges,
}: Omit<LayoutRequest, 'id'>): Promise<LayoutResult['positions']> {
  // fcose grows steeply (15–17 s at 372 nodes in the worker under load): large networks get d3-force.
  if (name === 'fcose' && nodes.length > FORCE_NODE_THRESHOLD) return forcePositions({ nodes, edges });
  const cytoscape = await cytoscapeWithFcose();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size }, position: { ...n.position } })),
      ...edges.map((e) => ({ group: 'edges' as const, data: { ...e } })),
    ],
  });
  // A worker cannot measure text: label sizes are left out, the separation option keeps labels apart.
  withSeededRandom(LAYOUT_SEED, () =>
    cy.layout({ ...layoutOptions({ name, nodes }), nodeDimensionsIncludeLabels: false, animate: false } as never).run(),
  );
  const positions: LayoutResult['positions'] = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = n.position();
  });
  cy.destroy();
  return positions;
}
