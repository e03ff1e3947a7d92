/** Save a blob through a temporary link: works offline and needs no server round trip. */
export function download(data: Blob | string | Uint8Array, filename: string, type = 'application/octet-stream'): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface AtlasMetrics {
  /** ms from navigation start to the first network on screen (after the frame that shows it is painted). */
  firstDrawnAt?: number;
  /** ms from navigation start to that network on screen whole (later when drawn in two steps: GraphCanvas). */
  wholeDrawnAt?: number;
  layoutMs?: number;
  nodes?: number;
  /** ms from navigation start to the Map view painted with its answers (the benchmark reads it). */
  mapPaintedAt?: number;
}

declare global {
  interface Window {
    atlasMetrics?: AtlasMetrics;
  }
}

/** Records load-to-drawn once per page on window.atlasMetrics, which the end-to-end run reports. */
export function recordFirstDraw(info: { nodes: number; ms: number }): void {
  if (window.atlasMetrics?.firstDrawnAt !== undefined || info.nodes === 0) return;
  window.atlasMetrics = {
    firstDrawnAt: performance.now(),
    layoutMs: info.ms,
    nodes: info.nodes,
  };
}

/** Records, once per page, when the first network drawn is on screen whole. */
export function recordWholeDraw(): void {
  if (window.atlasMetrics?.firstDrawnAt === undefined || window.atlasMetrics.wholeDrawnAt !== undefined) return;
  window.atlasMetrics = { ...window.atlasMetrics, wholeDrawnAt: performance.now() };
}

/** Records, once per page, when the Map view first painted complete answers, for the benchmark. */
export function recordMapPainted(): void {
  if (window.atlasMetrics?.mapPaintedAt !== undefined) return;
  window.atlasMetrics = { ...window.atlasMetrics, mapPaintedAt: performance.now() };
}
