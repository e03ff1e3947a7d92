import type { LayoutRequest, LayoutResult } from '../../graph/layout';

/** The one layout worker of the page, started on first use; answers matched to requests by id. */

let worker: Worker | null = null;
let lastId = 0;
const waiting = new Map<number, (positions: LayoutResult['positions']) => void>();

export function layoutInWorker(request: Omit<LayoutRequest, 'id'>): Promise<LayoutResult['positions']> {
  if (!worker) {
    worker = new Worker(new URL('../../graph/layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutResult>) => {
      waiting.get(event.data.id)?.(event.data.positions);
      waiting.delete(event.data.id);
    };
  }
  const id = (lastId += 1);
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker?.postMessage({ ...request, id } satisfies LayoutRequest);
  });
}
