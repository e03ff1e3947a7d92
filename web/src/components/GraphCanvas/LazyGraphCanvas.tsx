import type { Ref } from 'react';
import { lazyComponent } from '../lazyComponent';
import type { GraphCanvasHandle, GraphCanvasProps } from './GraphCanvas';

/**
 * The canvas with Cytoscape in a chunk of its own, out of the page's initial JavaScript (it is over
 * half of the explorer's): asked for when the script runs (preloadGraphCanvas), fetched while the
 * page renders and the network is being fetched, so that Cytoscape's instance and its first reflow
 * are made while the answer is on its way rather than in the task that renders it. Until it
 * arrives, an empty canvas.
 */
const canvas = lazyComponent<GraphCanvasProps & { ref?: Ref<GraphCanvasHandle> }>(
  () => import('./GraphCanvas').then((m) => m.GraphCanvas),
  (props) => <div className="canvas" role="img" aria-label={props.label} data-testid="graph-canvas" data-drawn={0} />,
);

export const LazyGraphCanvas = canvas.Component;
/** Starts loading Cytoscape before the canvas is first rendered (prefetch.ts). */
export const preloadGraphCanvas = canvas.preload;
