import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, openBrowser, waitForDrawnNetwork, type BrowserSession } from './browser.js';

/**
 * Issue 11 item 4: served on a LAN over plain HTTP (HOST=0.0.0.0), the page stayed blank: the
 * headers sent HSTS and `upgrade-insecure-requests`, so Chromium asked for every script and style
 * over https, which nothing answered. A LAN host is played on loopback (this suite listens on
 * 127.0.0.1 only): Chromium resolves the name below to 127.0.0.1, and, unlike localhost, a name
 * is not a secure origin for it, so it treats the page as a colleague's browser on the LAN would.
 */

const LAN_HOST = 'atlas.lan.test';
let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(
    { width: 1280, height: 800 },
    { args: [`--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`] },
  );
});

afterAll(() => session?.close());

describe('served on a LAN over plain HTTP', () => {
  it('loads every asset over http and draws the network (the page stayed blank)', async () => {
    const page = await session.context.newPage();
    const requested: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
    const url = new URL(BASE);
    url.hostname = LAN_HOST;
    await page.goto(url.href);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await waitForDrawnNetwork(page);
    expect(failed).toEqual([]);
    expect(requested.filter((r) => r.startsWith('https:'))).toEqual([]);
    expect(requested.length).toBeGreaterThan(2);
  });
});
