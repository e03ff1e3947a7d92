import type { LayoutRequest, LayoutResult } from './layout';
import { layoutPositions } from './layoutRun';

/** Runs a layout off the main thread, so the page never freezes (see layoutPositions). */
self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, ...request } = event.data;
  self.postMessage({ id, positions: await layoutPositions(request) } satisfies LayoutResult);
};
