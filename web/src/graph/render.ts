import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';

/**
 * How the canvas renders a network of a given size. The 2D canvas draws every view within the
 * element budget (ELEMENT_BUDGET, graph/overview.ts): in Chromium without a GPU (software raster,
 * WebGL on SwiftShader) it pans and zooms 2,000 elements at the frame rate, 59.0 fps against
 * WebGL's 6.2 (60.0 against 13.2 at 1,002; `npm run bench`, 6 December 19:01 UTC, load 8–11), and
 * a WebGL view paid for its context and first frame with the longest task of the page (1,018 ms on
 * `?country=FR`). WebGL draws only past the budget (expansions added to a cut network). On a GPU
 * WebGL may win: `atlas:renderer` (below) forces either, to compare.
 */
export const WEBGL_THRESHOLD = 2000;

export type Renderer = 'canvas' | 'webgl';

let webgl: boolean | undefined;

/**
 * Whether this browser gives Cytoscape the WebGL 2 context it needs (it has no fallback of its own).
 * Asked once per page, and only when a view is large enough to want it: creating a context to find
 * out took 0.9 s of the main thread in Chromium's software WebGL, on a default view of 30 groups.
 */
export function webglAvailable(): boolean {
  if (webgl === undefined) {
    try {
      webgl = typeof document !== 'undefined' && document.createElement('canvas').getContext('webgl2') !== null;
    } catch {
      webgl = false;
    }
  }
  return webgl;
}

/**
 * The renderer for this many elements. localStorage `atlas:renderer` (canvas or webgl) overrides
 * the threshold: for a GPU that draws WebGL badly, and for `npm run bench` to compare the two.
 */
export function rendererFor(elements: number): Renderer {
  const forced = typeof localStorage === 'undefined' ? null : localStorage.getItem('atlas:renderer');
  if (forced === 'canvas') return forced;
  if (forced === 'webgl') return webglAvailable() ? forced : 'canvas';
  return elements > WEBGL_THRESHOLD && webglAvailable() ? 'webgl' : 'canvas';
}

/**
 * Cytoscape's constructor options for a renderer (`renderer`, for WebGL, is not in @types/cytoscape
 * yet). Not `hideEdgesOnViewport` nor `textureOnViewport`: Cytoscape's WebGL renderer (3.34) draws
 * every frame through its own path, which reads neither.
 */
export function rendererOptions(renderer: Renderer): Partial<CytoscapeOptions> & { renderer?: object } {
  if (renderer === 'canvas') return {};
  return { renderer: { name: 'canvas', webgl: true }, pixelRatio: 1 };
}

/**
 * Up to this many elements ties are drawn in their kind's line style (dashed, dotted); past it in
 * solid lines, their colours alone telling the kinds, as the legend then says. Dashed and dotted
 * lines cost the 2D canvas ten times the frame time: pan and zoom at 979 elements (?country=DK),
 * 3.5 fps with them and 36.5 fps solid, same run, load average 0.05.
 */
export const LINE_STYLES_UP_TO = 500;

/** Whether a network of this many elements is drawn with the tie kinds' line styles. */
export const lineStylesDrawn = (elements: number): boolean => elements <= LINE_STYLES_UP_TO;

/**
 * Style rules added for a renderer and a network size: past LINE_STYLES_UP_TO, solid ties (planned
 * agreements keep their long dashes, few and named on the line) drawn straight (haystack), as WebGL
 * always draws them (it batches straight edges, bezier curves it cannot). On the 2D canvas the
 * curves' geometry was most of the first drawing task: on `?country=FR` (372 clusters, 1,625 ties)
 * adding, measuring and fitting took 460–510 ms with bezier edges, 170–190 ms straight, same page,
 * load 3. Parallel ties of two kinds then share one line; the table lists each.
 */
export function rendererStyle(renderer: Renderer, lineStyles: boolean): StylesheetJson {
  const straight: StylesheetJson = [{ selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } }];
  if (lineStyles) return renderer === 'canvas' ? [] : straight;
  return [
    { selector: 'edge', style: { 'line-style': 'solid' } },
    { selector: 'edge.planned', style: { 'line-style': 'dashed' } },
    ...straight,
  ];
}
