import type { RefObject } from 'react';
import type { GraphCanvasHandle } from './GraphCanvas';

/** Fit, zoom in and out, re-layout: the controls every canvas toolbar starts with. */
export function ViewControls({ canvas }: { canvas: RefObject<GraphCanvasHandle | null> }) {
  return (
    <>
      <button type="button" onClick={() => canvas.current?.fit()} data-testid="fit-button">
        Fit
      </button>
      <button type="button" onClick={() => canvas.current?.zoom(1.25)} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => canvas.current?.zoom(0.8)} aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={() => canvas.current?.relayout()} data-testid="relayout-button">
        Re-layout
      </button>
    </>
  );
}
