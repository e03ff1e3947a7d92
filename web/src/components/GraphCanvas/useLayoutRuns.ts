import type { Collection, Core, Layouts } from 'cytoscape';
import { useRef, type MutableRefObject } from 'react';
import { layoutNodesOf, layoutOptions, placedPositions } from '../../graph/layout';
import { showPlaced } from '../../graph/slices';
import { afterNextPaint } from './afterNextPaint';
import type { GraphCanvasProps } from './GraphCanvas';
import { layoutInWorker } from './layoutWorker';

/**
 * The canvas' layout runs: each waits for the elements still being added, places them (laid out
 * here, from the server's positions, or in the worker) and shows them, and says when its picture
 * is painted; a newer run supersedes the ones before it. An image export waits for the latest
 * run's picture, whole (pictureDone).
 */
export function useLayoutRuns(options: {
  cyRef: MutableRefObject<Core | null>;
  /** What has been added and not yet placed and shown. */
  unplaced: MutableRefObject<Collection | null>;
  latest: MutableRefObject<Pick<GraphCanvasProps, 'layout' | 'onDrawn'>>;
  /** useDrawingInTwoSteps' own: called before a picture is shown, and what it returns once painted. */
  showing: (cy: Core) => () => void;
  whole: () => Promise<void>;
  onPainted: () => void;
}) {
  const { cyRef, unplaced, latest, showing, whole, onPainted } = options;
  const layoutRun = useRef(0);
  // The layout run whose picture is on screen, and the exports waiting for the latest run's.
  const paintedRun = useRef(0);
  const waitingForLayout = useRef<(() => void)[]>([]);
  const laidOut = (id: number) => {
    paintedRun.current = Math.max(paintedRun.current, id);
    if (paintedRun.current === layoutRun.current) for (const resolve of waitingForLayout.current.splice(0)) resolve();
  };
  const layingOut = () => paintedRun.current !== layoutRun.current;
  /** Resolves once the latest layout's picture is painted and drawn whole: what an image export saves. */
  const pictureDone = async (): Promise<void> => {
    if (layingOut()) await new Promise<void>((resolve) => waitingForLayout.current.push(resolve));
    await whole();
  };
  // The elements still being added (addInSlices): the layout waits for them.
  const adding = useRef<Promise<void>>(Promise.resolve());
  // Once the latest addition is done: one that a newer element list stopped resolves early, and
  // the layout must not show the picture before the newer one's elements are in.
  const added = async (): Promise<void> => {
    for (let waited = adding.current; ; waited = adding.current) {
      await waited;
      if (waited === adding.current) return;
    }
  };
  const runLayout = () => {
    const started = performance.now();
    // Every run supersedes the worker's answer still on its way.
    const id = (layoutRun.current += 1);
    void added().then(() => {
      if (id === layoutRun.current) layOut(started, id);
    });
  };
  const layOut = (started: number, id: number) => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().empty()) {
      laidOut(id);
      return;
    }
    // Said before the picture is shown: a first step is never on screen as if whole.
    const painted = showing(cy);
    const run = (layout: Layouts) => {
      layout.one('layoutstop', () =>
        afterNextPaint(() => {
          // Another instance has taken over (the renderer changed): this one is gone.
          if (cyRef.current !== cy) return;
          onPainted();
          latest.current.onDrawn?.({ nodes: cy.nodes().length, ms: performance.now() - started });
          painted();
          laidOut(id);
        }),
      );
      layout.run();
    };
    const nodes = layoutNodesOf(cy);
    const show = () => {
      if (unplaced.current) showPlaced(cy, unplaced.current);
      unplaced.current = cy.collection();
    };
    if (latest.current.layout !== 'fcose') {
      show();
      run(cy.layout(layoutOptions({ name: latest.current.layout, nodes })));
      return;
    }
    // Laid out ahead by the server: placed at once.
    const placed = placedPositions(cy);
    if (placed) {
      show();
      run(cy.layout({ name: 'preset', positions: placed, fit: true, padding: 40 }));
      return;
    }
    // Force layouts take seconds on large networks: computed in a worker (the only place fcose is
    // loaded), placed here when done.
    void layoutInWorker({
      name: latest.current.layout,
      nodes: cy.nodes().map((n, i) => ({ ...nodes[i]!, size: Number(n.data('size')) || 22, position: n.position() })),
      edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    }).then((positions) => {
      // A newer layout or another instance has taken over (the instance gone: nothing left to wait for).
      if (id !== layoutRun.current || cyRef.current !== cy) {
        if (id === layoutRun.current) laidOut(id);
        return;
      }
      show();
      run(cy.layout({ name: 'preset', positions, fit: true, padding: 40 }));
    });
  };

  return { adding, added, runLayout, layingOut, pictureDone };
}
