import { lazy, Suspense, type Ref } from 'react';
import type { GraphCanvasHandle, GraphCanvasProps } from './GraphCanvas';

let loading: Promise<typeof import('./GraphCanvas')> | null = null;
const load = () => (loading ??= import('./GraphCanvas'));

/** Starts loading Cytoscape before the canvas is first rendered (prefetch.ts). */
export function preloadGraphCanvas(): void {
  void load();
}

const GraphCanvas = lazy(() => load().then((m) => ({ default: m.GraphCanvas })));

/**
 * The canvas with Cytoscape loaded after the first paint, while the network is being fetched:
 * Cytoscape is over half of the explorer's JavaScript. Until it arrives, an empty canvas.
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
