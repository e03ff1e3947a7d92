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

/** Headless Chromium with the flags this machine needs (no sandbox as root, no background traffic). */
export async function openBrowser(viewport: { width: number; height: number }): Promise<BrowserSession> {
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
