import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, OUT, openBrowser, waitForDrawnNetwork, type BrowserSession } from './browser.js';

let session: BrowserSession;
let context: BrowserContext;

beforeAll(async () => {
  session = await openBrowser({ width: 1280, height: 800 });
  context = session.context;
});

afterAll(() => session?.close());

const rows = (page: Page) => page.locator('[data-testid="cluster-table"] tbody tr[role="row"]');

async function open(path = '/'): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(new URL(path, BASE).href);
  await waitForDrawnNetwork(page);
  return page;
}

async function choose(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).fill(text);
  const option = page.getByRole('option').filter({ hasText: text }).first();
  await option.waitFor({ timeout: 10_000 });
  await option.click();
}

describe('the explorer', () => {
  it('loads / and draws the network, listed in the accessible table', async () => {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(BASE);
    await waitForDrawnNetwork(page);
    const wallMs = Date.now() - started;
    const metrics = await page.evaluate(() => window.atlasMetrics);
    console.info(
      `[e2e] page load to drawn network: ${wallMs} ms (wall), ${metrics?.firstDrawnAt?.toFixed(0)} ms after navigation start, ` +
        `layout ${metrics?.layoutMs?.toFixed(0)} ms, ${metrics?.nodes} clusters`,
    );
    writeFileSync(`${OUT}load-metrics.json`, JSON.stringify({ wallMs, ...metrics }, null, 2));
    const count = await rows(page).count();
    expect(count).toBeGreaterThan(3);
    // The table lists every cluster; the canvas draws those with a tie in view and says how many it leaves out.
    const notice = page.getByTestId('untied-notice');
    const untied = (await notice.count()) ? Number((await notice.textContent())?.match(/^(\d+)/)?.[1]) : 0;
    expect(Number(await page.getByTestId('graph-canvas').getAttribute('data-nodes'))).toBe(count - untied);
    await page.screenshot({ path: `${OUT}explore.png` });
    await page.close();
  });

  it('draws nothing before the country colours are known, then the network in them', async () => {
    // The colours come from the coverage line's counts: held here until the network is listed. Drawn
    // before them, the canvas styled every node twice and painted a picture that was not the view's.
    const page = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName === 'Coverage') await held;
      await route.continue();
    });
    await page.goto(BASE);
    await expect
      .poll(() => page.getByTestId('shown-counts').textContent(), { timeout: 30_000 })
      .toMatch(/^[1-9]\d* clusters/);
    const canvas = page.locator('[data-testid="graph-canvas"][data-renderer]');
    await canvas.waitFor();
    // The counts and the canvas render the same answer: counted, and still nothing handed to the
    // canvas; the lists follow the picture.
    expect(await canvas.getAttribute('data-nodes')).toBe('0');
    expect(await canvas.getAttribute('data-drawn')).toBe('0');
    expect(await rows(page).count()).toBe(0);
    release();
    await waitForDrawnNetwork(page);
    expect(Number(await canvas.getAttribute('data-nodes'))).toBeGreaterThan(3);
    await rows(page).first().waitFor();
    await page.close();
  });

  it('finds MEDTEQ and shows BioValley France among its agreements, with the cited document', async () => {
    const page = await open();
    await choose(page, 'search-input', 'MEDTEQ');
    const details = page.getByTestId('details-panel');
    await expect.poll(() => details.locator('h2').textContent(), { timeout: 15_000 }).toContain('MEDTEQ');
    const agreement = details
      .getByTestId('details-agreements')
      .locator('.fact')
      .filter({ hasText: 'BioValley France' })
      .first();
    await agreement.waitFor({ timeout: 10_000 });
    const citation = agreement.getByTestId('citation').first();
    expect((await citation.locator('cite').textContent())?.trim().length).toBeGreaterThan(3);
    await page.screenshot({ path: `${OUT}details.png` });
    await page.close();
  });

  it('expands a cluster and shows new partners', async () => {
    // Only Canadian clusters at first, so expanding MEDTEQ must bring in its European partners.
    const page = await open('/?country=CA');
    const before = await rows(page).count();
    await rows(page).filter({ hasText: 'MEDTEQ' }).first().click();
    await page.getByTestId('expand-button').click();
    await expect.poll(() => rows(page).count(), { timeout: 15_000 }).toBeGreaterThan(before);
    await expect.poll(() => rows(page).filter({ hasText: 'BioValley France' }).count()).toBe(1);
    await page.screenshot({ path: `${OUT}expanded.png` });
    await page.close();
  });

  it('exports the canvas as a non-empty PNG', async () => {
    const page = await open();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const path = await file.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(2000);
    writeFileSync(`${OUT}export.png`, bytes);
    await page.close();
  });

  it('saves a PNG asked for while a layout runs once that layout is drawn', async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    // The layout worker's answers are held while the test says so (layoutWorker.ts listens with onmessage).
    await page.addInitScript(() => {
      const w = window as typeof window & { holdLayouts?: boolean; heldLayouts: (() => void)[] };
      w.heldLayouts = [];
      const Native = window.Worker;
      window.Worker = class extends Native {
        override set onmessage(listener: ((event: MessageEvent) => void) | null) {
          super.onmessage = (event) =>
            w.holdLayouts ? w.heldLayouts.push(() => listener?.(event)) : listener?.(event);
        }
      } as typeof Worker;
    });
    await page.goto(new URL('/', BASE).href);
    await waitForDrawnNetwork(page);
    await page.evaluate(() => ((window as typeof window & { holdLayouts: boolean }).holdLayouts = true));
    await page.getByTestId('relayout-button').click();
    const held = () => page.evaluate(() => (window as typeof window & { heldLayouts: unknown[] }).heldLayouts.length);
    await expect.poll(held, { timeout: 20_000 }).toBe(1);
    let saved = false;
    const download = page.waitForEvent('download').then((file) => ((saved = true), file));
    await page.getByTestId('export-png').click();
    // It says that it waits, and waits: nothing is saved until the layout's picture is drawn.
    expect(await page.getByTestId('export-waiting').textContent()).toContain('saved once the picture is drawn whole');
    await page.waitForTimeout(500);
    expect(saved).toBe(false);
    await page.evaluate(() => {
      const w = window as typeof window & { holdLayouts: boolean; heldLayouts: (() => void)[] };
      w.holdLayouts = false;
      for (const answer of w.heldLayouts.splice(0)) answer();
    });
    const bytes = readFileSync(await (await download).path());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await page.close();
  });

  it('restores the same view from a shared URL', async () => {
    const page = await open();
    await page.getByTestId('tie-mission').uncheck();
    await waitForDrawnNetwork(page);
    await rows(page).first().click();
    await page.getByTestId('details-panel').locator('h2').waitFor();
    const url = page.url();
    const title = await page.getByTestId('details-panel').locator('h2').textContent();
    const selected = await page
      .locator('[data-testid="cluster-table"] tr[aria-selected="true"]')
      .getAttribute('data-id');
    await expect.poll(() => rows(page).count()).toBeGreaterThan(0);
    const count = await rows(page).count();
    expect(url).toContain('tie=');
    expect(url).toContain('sel=');

    const again = await open(url);
    await expect.poll(() => again.getByTestId('details-panel').locator('h2').textContent()).toBe(title);
    expect(await again.getByTestId('tie-mission').isChecked()).toBe(false);
    expect(await again.locator('[data-testid="cluster-table"] tr[aria-selected="true"]').getAttribute('data-id')).toBe(
      selected,
    );
    expect(await rows(again).count()).toBe(count);
    await again.close();
    await page.close();
  });
});

describe('the path view', () => {
  it('shows two hops from Skywin to Aerospace Valley', async () => {
    const page = await open();
    await page.getByTestId('tab-path').click();
    await choose(page, 'path-from', 'Skywin');
    await choose(page, 'path-to', 'Aerospace Valley');
    const steps = page.getByTestId('path-steps');
    await steps.waitFor({ timeout: 15_000 });
    expect(await steps.getAttribute('data-hops')).toBe('2');
    expect(await steps.getByTestId('path-step').count()).toBe(2);
    const text = await page.getByTestId('path-text').textContent();
    console.info(`[e2e] path: ${text}`);
    expect(text).toMatch(/^Skywin —.+— .+ —.+— Aerospace Valley$/);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}path.png` });
    await page.close();
  });
});
