import type { Core, ElementDefinition } from 'cytoscape';

/**
 * How long one task may spend adding elements before it yields to the browser. Cytoscape styles
 * and measures each element (its label, an edge's geometry) when first asked, about 0.25 ms each
 * in Chromium on this machine's cores: 2,000 elements added, styled and measured at once made one
 * task of 450–1,050 ms (`?country=FR`, load 3–9) in which the page could not answer input.
 */
export const SLICE_MS = 80;
/** Elements added at a time within a slice. */
export const SLICE_ELEMENTS = 100;

/** Runs `then` in a task of its own, once the browser has had its turn (without a timer's 4 ms clamp). */
function nextTask(then: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => then();
  channel.port2.postMessage(null);
}

/**
 * Adds the elements, in their order, over as many tasks as it takes: SLICE_ELEMENTS at a time, as
 * many as fit in `sliceMs` per task, each styled and measured as it is added (its bounding box
 * asked for) rather than all at once when the view is fitted. The first slice waits for a task of
 * its own: the one that produced the elements (React's, on a large answer) is long already.
 * `current` says whether this addition still stands (a newer element set stops it). Resolves once
 * everything is added or the addition was superseded.
 */
export function addInSlices(
  cy: Core,
  definitions: readonly ElementDefinition[],
  options: { current: () => boolean; sliceMs?: number },
): Promise<void> {
  const { current, sliceMs = SLICE_MS } = options;
  return new Promise((resolve) => {
    let next = 0;
    const slice = () => {
      if (!current() || cy.destroyed()) return resolve();
      const started = performance.now();
      do {
        const part = definitions.slice(next, next + SLICE_ELEMENTS);
        cy.add(part).boundingBox();
        next += part.length;
      } while (next < definitions.length && performance.now() - started < sliceMs);
      if (next < definitions.length) nextTask(slice);
      else resolve();
    };
    if (definitions.length) nextTask(slice);
    else resolve();
  });
}
