import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, OUT, openBrowser, sourceCount, waitForDrawnNetwork, type BrowserSession } from './browser.js';

let session: BrowserSession;
let context: BrowserContext;

beforeAll(async () => {
  session = await openBrowser({ width: 1440, height: 900 });
  context = session.context;
});

afterAll(() => session?.close());

const candidates = (page: Page) => page.getByTestId('gap-candidate');

/** Open a URL and wait until the canvas has run its first layout on a non-empty network. */
async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(new URL(path, BASE).href);
  await waitForDrawnNetwork(page);
  return page;
}

/** The cluster ids Cytoscape actually emphasised (GraphCanvas mirrors them on its element). */
async function highlighted(page: Page): Promise<string[]> {
  const raw = await page.getByTestId('graph-canvas').getAttribute('data-highlighted');
  return (raw ?? '').split(' ').filter(Boolean);
}

describe('the gaps view', () => {
  it('shows the matrix and ranked candidates with reasons; a chosen pair is drawn on the canvas', async () => {
    const page = await open('/');
    await page.getByTestId('tab-gaps').click();
    expect(page.url()).toContain('view=gaps');

    // Default sides: the EU against Canada.
    expect(await page.getByTestId('gaps-left-label').textContent()).toBe('the EU');
    expect(await page.getByTestId('gaps-right-label').textContent()).toBe('Canada');
    // What the comparison can see: the documents, their years, and the clusters on each side.
    const documents = await sourceCount();
    await expect
      .poll(() => page.getByTestId('coverage-note').textContent(), { timeout: 20_000 })
      .toMatch(
        new RegExp(
          `^Drawn from ${documents} documents \\(facts from \\d{4} to \\d{4}.*\\) · the EU \\d+ clusters · Canada \\d+ clusters`,
        ),
      );

    const matrix = page.getByTestId('gaps-matrix');
    await matrix.locator('tbody tr').first().waitFor({ timeout: 60_000 });
    const sectors = await matrix.locator('tbody tr').count();
    expect(sectors).toBeGreaterThan(0);
    // Every heat cell carries its numbers, not only a colour: missing pairs of possible pairs, and the share.
    const firstCell = await matrix.locator('tbody tr').first().locator('td.heat').textContent();
    expect(firstCell).toMatch(/^\d+ of \d+ \(\d+ %\)$/);
    expect(await page.getByTestId('gaps-legend').textContent()).toContain('Pairs with no tie');

    // A count opens the clusters it counts.
    const row = matrix.locator('tbody tr').first();
    const leftCount = Number(await row.getByTestId('gaps-count-left').textContent());
    await row.getByTestId('gaps-count-left').click();
    const listed = page.getByTestId('gaps-cell-clusters');
    await listed.locator('li').first().waitFor({ timeout: 20_000 });
    expect(await listed.locator('li').count()).toBe(Math.min(leftCount, 100));
    expect(await listed.locator('h3').textContent()).toContain(`(${leftCount})`);

    const list = page.getByTestId('gaps-candidates');
    const first = candidates(page).first();
    await first.waitFor({ timeout: 30_000 });
    const count = await candidates(page).count();
    // The matrix reads as missing pairs out of possible pairs, on a fixed 0–1 scale.
    const reasons = first.getByTestId('gap-reasons').locator('li');
    expect(await reasons.count()).toBeGreaterThan(0);
    const reasonText = (await reasons.allTextContents()).join(' / ');
    expect(reasonText.length).toBeGreaterThan(5);
    const left = await first.getAttribute('data-left');
    const right = await first.getAttribute('data-right');
    expect(left && right).toBeTruthy();
    console.info(
      `[e2e] gaps: ${sectors} sectors in the matrix, ${count} candidates; first ${left} ↔ ${right}: ${reasonText}`,
    );

    await first.click();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    const connection = page.getByTestId('gap-path');
    await connection.waitFor({ timeout: 20_000 });
    console.info(`[e2e] gaps connection: ${await connection.textContent()}`);
    // Both clusters are on the canvas and emphasised there.
    await expect.poll(() => highlighted(page), { timeout: 20_000 }).toEqual(expect.arrayContaining([left, right]));
    expect(page.url()).toContain(`pair=${left},${right},`);

    // Path or partners loaded, then the canvas zooms onto the pair; let the animation settle.
    await page.getByTestId('gap-connection').getByTestId('loading').waitFor({ state: 'detached', timeout: 20_000 });
    await page.waitForTimeout(1200);
    console.info(`[e2e] gaps canvas: ${(await highlighted(page)).length} clusters emphasised`);
    await page.screenshot({ path: `${OUT}gaps.png` });

    // The listed candidates as CSV: a header and one row per candidate.
    const [file] = await Promise.all([page.waitForEvent('download'), list.getByTestId('gaps-export-csv').click()]);
    const csv = readFileSync(await file.path(), 'utf8');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^rank,score,left_id,left,/);
    expect(lines[1]?.startsWith('1,')).toBe(true);
    expect(lines[1]).toContain(`,${left},`);
    await page.close();
  });

  it("never shows the previous question's answers while the next one loads (responses delayed)", async () => {
    const page = await open('/?view=gaps');
    await candidates(page).first().waitFor({ timeout: 30_000 });
    const exportButton = page.getByTestId('gaps-export-csv');
    expect(await exportButton.isEnabled()).toBe(true);

    // Hold every answer to the swapped question (Canada on the left) until released.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { variables?: { filter?: { left?: { countries?: string[] } } } };
      if (body?.variables?.filter?.left?.countries?.includes('CA')) await held;
      await route.continue();
    });

    await page.getByRole('button', { name: /Swap sides/ }).click();
    expect(await page.getByTestId('gaps-left-label').textContent()).toBe('Canada');
    // Loading, said so; no candidate and no matrix row of the EU-first question; no export.
    await page.getByTestId('gaps-candidates').getByTestId('loading').waitFor();
    expect(await candidates(page).count()).toBe(0);
    expect(await page.getByTestId('gaps-matrix').count()).toBe(0);
    expect(await exportButton.isDisabled()).toBe(true);

    release();
    await candidates(page).first().waitFor({ timeout: 30_000 });
    const lefts = await candidates(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-left-country')));
    expect(lefts.length).toBeGreaterThan(0);
    expect(new Set(lefts)).toEqual(new Set(['CA']));
    expect(await exportButton.isEnabled()).toBe(true);
    const [file] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    const csv = readFileSync(await file.path(), 'utf8')
      .split('\r\n')
      .filter(Boolean);
    expect(csv[1]?.split(',')[4]).toBe('CA');
    await page.unroute('**/graphql');
    await page.close();
  });

  it('restores the sides and the chosen pair from a shared URL', async () => {
    const page = await open('/?view=gaps');
    const first = candidates(page).first();
    await first.waitFor({ timeout: 30_000 });
    await first.click();
    await page.getByTestId('gap-path').waitFor({ timeout: 20_000 });
    const url = page.url();
    const left = await first.getAttribute('data-left');
    const right = await first.getAttribute('data-right');

    const again = await open(url);
    await again.locator('[data-testid="gap-candidate"][aria-selected="true"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => highlighted(again), { timeout: 20_000 }).toEqual(expect.arrayContaining([left, right]));
    await again.close();
    await page.close();
  });
});
