import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** What every browser test shares: the server under test, Debian's Chromium, the artifacts folder. */

// The e2e global setup starts the real server on the seed graph and sets ATLAS_BASE_URL.
export const BASE = process.env.ATLAS_BASE_URL ?? 'http://127.0.0.1:4000';
export const OUT = fileURLToPath(new URL('../test-results/', import.meta.url));

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Headless Chromium with the flags this machine needs (no sandbox as root, no background traffic),
 * and a test's own (`args`).
 */
export async function openBrowser(
  viewport: { width: number; height: number },
  options: { args?: string[] } = {},
): Promise<BrowserSession> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  return {
    browser,
    context,
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}

/** Waits until the canvas has run its first layout on a non-empty network. */
export async function waitForDrawnNetwork(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="graph-canvas"]:not([data-drawn="0"]):not([data-nodes="0"])', {
    timeout: 30_000,
  });
}

/**
 * Waits until the canvas holds still: no request in flight, no "updating" bar, and the canvas box,
 * viewport, node positions and the legend unchanged over several frames. A point computed then stays
 * on what it was computed for (late answers such as the coverage line shift the canvas down, and a
 * late layout moves the nodes).
 */
export async function waitForSettledCanvas(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => {
      type Cy = {
        pan: () => { x: number; y: number };
        zoom: () => number;
        animated: () => boolean;
        nodes: () => { map: (f: (n: { renderedPosition: () => { x: number; y: number } }) => string) => string[] };
      };
      const container = document.querySelector('[data-testid="graph-canvas"]') as
        (HTMLElement & { _cyreg?: { cy: Cy } }) | null;
      const cy = container?._cyreg?.cy;
      if (!container || !cy || cy.animated() || document.querySelector('progress.busy')) return false;
      const rect = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return r ? [r.left, r.top, r.width, r.height].join(',') : '';
      };
      const signature = [
        rect(container),
        rect(document.querySelector('[data-testid="legend"]')),
        JSON.stringify(cy.pan()),
        cy.zoom(),
        ...cy.nodes().map((n) => `${n.renderedPosition().x},${n.renderedPosition().y}`),
      ].join('|');
      const w = window as typeof window & { __canvasSignature?: string; __canvasSteady?: number };
      w.__canvasSteady = w.__canvasSignature === signature ? (w.__canvasSteady ?? 0) + 1 : 0;
      w.__canvasSignature = signature;
      // About half a second of frames without a change.
      return w.__canvasSteady >= 30;
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
}

/**
 * How many sources the graph holds now: the seed's five, plus any a test before this one cited
 * (the editing tests write with a new source, and a revert keeps the source). Views must say it.
 */
export async function sourceCount(): Promise<number> {
  const response = await fetch(new URL('/graphql', BASE), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ sources { id } }' }),
  });
  const body = (await response.json()) as { data: { sources: unknown[] } };
  return body.data.sources.length;
}
