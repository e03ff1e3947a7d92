import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, OUT, openBrowser, waitForDrawnNetwork, type BrowserSession } from './browser.js';

let session: BrowserSession;
let context: BrowserContext;

beforeAll(async () => {
  session = await openBrowser({ width: 1280, height: 900 });
  context = session.context;
});

afterAll(() => session?.close());

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(new URL(path, BASE).href);
  await waitForDrawnNetwork(page);
  return page;
}

describe('structure', () => {
  it('lists brokers and single points of failure once computed, each linked to the canvas', async () => {
    const page = await open('/?colour=community&size=betweenness');
    const brokers = page.getByTestId('brokers');
    // The analysis runs beside the server's start; the list appears once it is fresh.
    const first = brokers.getByRole('listitem').first();
    await first.waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('analysis-note').count()).toBe(0);
    expect(await page.getByTestId('single-points').getByRole('listitem').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${OUT}brokers.png` });
    const name = (await first.getByRole('button').textContent()) ?? '';
    await first.getByRole('button').click();
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent()).toContain(name);
    expect(new URL(page.url()).searchParams.get('sel')).toBeTruthy();
    await page.close();
  });

  it('shows the single points of failure between the EU and Canada in Gaps', async () => {
    const page = await context.newPage();
    await page.goto(new URL('/?view=gaps', BASE).href);
    const list = page.getByTestId('separators');
    await list.getByRole('listitem').first().waitFor({ timeout: 60_000 });
    expect(await list.textContent()).toContain('cuts off');
    await page.close();
  });
});
