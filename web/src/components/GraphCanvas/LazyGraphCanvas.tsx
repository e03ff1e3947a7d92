import { useEffect, useState, type Ref } from 'react';
import type * as GraphCanvasModule from './GraphCanvas';
import type { GraphCanvasHandle, GraphCanvasProps } from './GraphCanvas';

type Module = typeof GraphCanvasModule;

let loaded: Module | null = null;
let loading: Promise<Module> | null = null;
const load = () =>
  (loading ??= import('./GraphCanvas').then((m) => {
    loaded = m;
    return m;
  }));

/** Starts loading Cytoscape before the canvas is first rendered (prefetch.ts). */
export function preloadGraphCanvas(): void {
  void load();
}

/**
 * The canvas with Cytoscape in a chunk of its own, out of the page's initial JavaScript (it is over
 * half of the explorer's): asked for when the script runs (preloadGraphCanvas), fetched while the
 * page renders and the network is being fetched. Until it arrives, an empty canvas. Not React.lazy:
 * a Suspense boundary that has shown its fallback shows its content no sooner than 300 ms later
 * (React's throttle), so the canvas (Cytoscape's instance, its first reflow) was made only in the
 * task that rendered the answer, where it can be made while the answer is on its way.
 */
export function LazyGraphCanvas(props: GraphCanvasProps & { ref?: Ref<GraphCanvasHandle> }) {
  const [module, setModule] = useState(loaded);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    if (!module) load().then(setModule, setFailed);
  }, [module]);
  // As React.lazy did: a chunk that cannot load is the page's error.
  if (failed) throw failed;
  if (!module) {
    return <div className="canvas" role="img" aria-label={props.label} data-testid="graph-canvas" data-drawn={0} />;
  }
  return <module.GraphCanvas {...props} />;
}
