/**
 * Calls `then` once the canvas' next drawing is on screen. Cytoscape draws in an animation frame
 * callback that it registers one frame ahead, so before this one (either renderer: only the 2D one
 * emits `render`); the browser paints when the frame's callbacks are done, and a task posted from
 * one runs after that paint. What "drawn" means for the page and its measurements.
 */
export function afterNextPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}
