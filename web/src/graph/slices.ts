import type { Collection, Core, ElementDefinition } from 'cytoscape';

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
 * `current` says whether this addition still stands (a newer element set stops it). Resolves, once
 * everything is added or the addition was superseded, with what it added.
 *
 * They are added unseen, for the caller to show once they are placed (`showPlaced`): never a
 * partial drawing, nor a frame drawn at the start positions for a picture replaced at once (2.2 s
 * at 2,000 elements in software WebGL). Into an empty canvas (a view's first picture) the view
 * looks elsewhere while they are added (`park`): Cytoscape draws nothing outside the viewport, and
 * showing is one viewport change. Beside a picture on screen (an expansion) each is hidden:
 * `visibility`, which Cytoscape still measures, unlike `display`; set as a bypass, not a class:
 * Cytoscape restyles an element whose classes change, every rule and property again (the ~0.25 ms
 * each that the slices spread), where removing a bypass puts back the one property, though it
 * still rehashes the element's style (57 ms of `?country=FR`'s show, thread CPU, load 10).
 * `inView`: added in view (the rest of a first picture on screen, which the view says is still
 * coming), and drawn all at once when the last is in: Cytoscape's renderer is told of none until
 * then (`tellRenderer`). Told slice by slice, it redrew the growing picture after each, and its
 * cache of drawn elements re-keyed every node in each frame: `?country=FR`'s other ties took
 * 589–1,294 ms after the first step, 473–686 ms told once (software mode, 4 alternated pairs,
 * load 14–17).
 */
export function addInSlices(
  cy: Core,
  definitions: readonly ElementDefinition[],
  options: { current: () => boolean; sliceMs?: number; inView?: boolean },
): Promise<Collection> {
  const { current, sliceMs = SLICE_MS, inView = false } = options;
  const added = cy.collection();
  return new Promise((resolve) => {
    let next = 0;
    let hide: boolean | undefined;
    // Also when superseded: what is in the graph is drawn by the next redraw, whatever comes next.
    const done = () => {
      if (inView && !cy.destroyed()) tellRenderer(cy, added);
      resolve(added);
    };
    const slice = () => {
      if (!current() || cy.destroyed()) return done();
      // Decided when the first element goes in: an earlier addition may have filled the canvas since.
      hide ??= !inView && !park(cy);
      const started = performance.now();
      // Between slices the renderer is told of everything else (a hover, a pan) as usual.
      if (inView) notices(cy).notifications(false);
      try {
        do {
          const part = definitions.slice(next, next + SLICE_ELEMENTS);
          const eles = cy.add(part);
          if (hide) eles.style('visibility', 'hidden');
          eles.boundingBox();
          added.merge(eles);
          next += part.length;
        } while (next < definitions.length && performance.now() - started < sliceMs);
      } finally {
        if (inView) notices(cy).notifications(true);
      }
      if (next < definitions.length) nextTask(slice);
      else done();
    };
    if (definitions.length) nextTask(slice);
    else resolve(added);
  });
}

/**
 * Cytoscape's own switch for what its renderer is told (3.34: every change tells it, and it redraws),
 * and the telling itself; neither is in its types.
 */
const notices = (cy: Core) =>
  cy as Core & { notifications: (on: boolean) => void; notify: (event: 'add', eles: Collection) => void };

/** Tells the renderer that these were added, as `add` does: it sorts them into what it draws, and redraws once. */
function tellRenderer(cy: Core, added: Collection): void {
  if (added.nonempty()) notices(cy).notify('add', added);
}

/** The viewport to come back to while the view looks away (in the instance's scratch data). */
const PARKED = 'atlasParkedViewport';
/** Where the view looks meanwhile: a model position no layout places anything near. */
const AWAY = -1e7;

/** Whether the view looks away while a first picture is added: fitting or centring then would show part of it. */
export const looksAway = (cy: Core): boolean => cy.scratch(PARKED) !== undefined;

/**
 * Looks away while a first picture is added: when the view already does, or the canvas is empty.
 * Says whether it does.
 */
function park(cy: Core): boolean {
  if (looksAway(cy)) return true;
  if (cy.elements().nonempty()) return false;
  cy.scratch(PARKED, { zoom: cy.zoom(), pan: { ...cy.pan() } });
  cy.viewport({ zoom: cy.zoom(), pan: { x: AWAY, y: AWAY } });
  return true;
}

/**
 * Shows what addInSlices added unseen, those still in the graph: looks back if the view looked
 * away (nothing was hidden then: the canvas was empty when it did), else removes their bypasses.
 */
export function showPlaced(cy: Core, placed: Collection): void {
  const parked = cy.scratch(PARKED) as { zoom: number; pan: { x: number; y: number } } | undefined;
  if (parked) {
    cy.removeScratch(PARKED);
    cy.viewport(parked);
  } else cy.batch(() => placed.filter((e) => e.inside()).removeStyle('visibility'));
}

/**
 * Elements past which a first picture is drawn in two steps: every node and the strongest ties
 * first, the other ties added once that is on screen. Cytoscape's cost is per element (styling,
 * measuring, the first frame: 0.15–0.25 ms each), so `?country=FR`'s 2,000 elements took 400–500 ms
 * of main thread before anything showed; the view says what is drawn until the rest is in.
 */
export const FIRST_PICTURE = 600;

/**
 * A first picture split for drawing in two steps: every node (so what is laid out and fitted is the
 * whole picture), then ties by weight, heaviest first (ties broken by their ends' degrees, then id,
 * so the split repeats), up to `budget` elements; `rest` is the other ties, in the same order.
 * `rest` is empty when everything fits.
 */
export function splitFirstPicture(
  definitions: readonly ElementDefinition[],
  budget = FIRST_PICTURE,
): { first: ElementDefinition[]; rest: ElementDefinition[] } {
  if (definitions.length <= budget) return { first: [...definitions], rest: [] };
  const nodes = definitions.filter((e) => e.group === 'nodes');
  const degree = new Map(nodes.map((n) => [String(n.data.id), Number(n.data['degree']) || 0]));
  const reach = (e: ElementDefinition) =>
    (degree.get(String(e.data.source)) ?? 0) + (degree.get(String(e.data.target)) ?? 0);
  const edges = definitions
    .filter((e) => e.group === 'edges')
    .map((e) => ({ e, weight: Number(e.data['weight']) || 0, reach: reach(e), id: String(e.data.id) }))
    .sort((a, b) => b.weight - a.weight || b.reach - a.reach || (a.id < b.id ? -1 : 1))
    .map(({ e }) => e);
  const kept = Math.max(0, budget - nodes.length);
  return { first: [...nodes, ...edges.slice(0, kept)], rest: edges.slice(kept) };
}
