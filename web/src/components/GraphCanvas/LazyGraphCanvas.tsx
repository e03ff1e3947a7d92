import { lazy, Suspense, type Ref } from 'react';
import type * as GraphCanvasModule from './GraphCanvas';
import type { GraphCanvasHandle, GraphCanvasProps } from './GraphCanvas';

let loading: Promise<typeof GraphCanvasModule> | null = null;
const load = () => (loading ??= import('./GraphCanvas'));

/** Starts loading Cytoscape before the canvas is first rendered (prefetch.ts). */
export function preloadGraphCanvas(): void {
  void load();
}

const GraphCanvas = lazy(() => load().then((m) => ({ default: m.GraphCanvas })));

/**
 * The canvas with Cytoscape in a chunk of its own, out of the page's initial JavaScript (it is over
 * half of the explorer's): asked for when the script runs (preloadGraphCanvas), fetched while the
 * page renders and the network is being fetched. Until it arrives, an empty canvas.
 */
export function LazyGraphCanvas(props: GraphCanvasProps & { ref?: Ref<GraphCanvasHandle> }) {
  return (
    <Suspense
      fallback={
        <div className="canvas" role="img" aria-label={props.label} data-testid="graph-canvas" data-drawn={0} />
      }
    >
      <GraphCanvas {...props} />
    </Suspense>
  );
}
