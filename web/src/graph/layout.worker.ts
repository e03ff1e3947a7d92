import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOptions, type LayoutRequest, type LayoutResult } from './layout';

/**
 * Runs a layout off the main thread: a headless Cytoscape with the same options the canvas would
 * use, from the same start positions, so the picture is the same and the page never freezes.
 */

cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, name, nodes, edges } = event.data;
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
  cy.layout({ ...layoutOptions({ name, nodes }), nodeDimensionsIncludeLabels: false, animate: false } as never).run();
  const positions: LayoutResult['positions'] = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = n.position();
  });
  cy.destroy();
  self.postMessage({ id, positions } satisfies LayoutResult);
};
