import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, OUT, openBrowser, waitForDrawnNetwork, type BrowserSession } from './browser.js';

/**
 * Document to graph as an editor lives it: paste a press release about an MoU between a cluster
 * the atlas knows and a new one, accept the new organisation and the agreement, find the tie on
 * the canvas with its citation and who changed it; reject another candidate and find it kept.
 */

const TOKEN = process.env.ATLAS_E2E_EDITOR_TOKEN ?? 'e2e-editor-token';
const RELEASE =
  'MONTREAL, March 3, 2026 - Aéro Montréal and Lumen Valley (Lyon, France) signed a memorandum of understanding on aerospace photonics. ' +
  'The partners will present it at the Photonics Days 2026 in Lyon.';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser({ width: 1440, height: 900 });
});

afterAll(() => session?.close());

const candidate = (page: Page, kind: string, name: string) =>
  page.locator(`[data-kind="${kind}"]`).filter({ hasText: name }).first();

describe('document review', () => {
  it('turns an accepted MoU into a cited tie on the canvas, and keeps a rejected candidate', async () => {
    const page = await session.context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await page.goto(new URL('/?view=review', BASE).href);
    await page.getByTestId('editor-token').fill(TOKEN);
    await page.getByTestId('sign-in').click();

    await page.getByTestId('document-title').fill('Aéro Montréal and Lumen Valley sign an MoU');
    await page.getByTestId('document-text').fill(RELEASE);
    await page.getByTestId('propose-facts').click();
    await page.getByTestId('document-text-view').waitFor({ timeout: 30_000 });

    // The known cluster is recognised; the new one comes with its country.
    await expect.poll(() => candidate(page, 'ORGANISATION', 'Aéro Montréal').textContent()).toContain('In the graph');
    const lumen = candidate(page, 'ORGANISATION', 'Lumen Valley');
    expect(await lumen.textContent()).toContain('FR');
    await lumen.getByTestId('accept-candidate').click();
    await expect.poll(() => lumen.getAttribute('data-status')).toBe('ACCEPTED');

    const mou = candidate(page, 'AGREEMENT', 'Lumen Valley');
    await mou.getByTestId('accept-candidate').click();
    await expect.poll(() => mou.getAttribute('data-status')).toBe('ACCEPTED');
    const clusterId = await lumen.getAttribute('data-entity');

    const event = candidate(page, 'EVENT', 'Photonics Days');
    await event.getByTestId('reject-candidate').click();
    await event.getByTestId('reject-reason').fill('An event, not a tie');
    await event.getByTestId('confirm-reject').click();
    await expect.poll(() => event.getAttribute('data-status')).toBe('REJECTED');
    expect(await event.getByTestId('candidate-rejected').textContent()).toContain('An event, not a tie');
    await page.screenshot({ path: `${OUT}review.png` });

    // Kept as rejected: the review reopened from its link still shows it.
    await page.reload();
    await expect
      .poll(() => candidate(page, 'EVENT', 'Photonics Days').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('REJECTED');

    // The tie on the canvas, with the document cited and who changed it.
    await page.goto(new URL(`/?sel=${clusterId}&focus=${clusterId}`, BASE).href);
    await waitForDrawnNetwork(page);
    const rows = page.locator('[data-testid="cluster-table"] tbody tr[role="row"]');
    await expect.poll(() => rows.filter({ hasText: 'Aéro Montréal' }).count(), { timeout: 15_000 }).toBe(1);
    const details = page.getByTestId('details-panel');
    const agreement = details
      .getByTestId('details-agreements')
      .locator('.fact')
      .filter({ hasText: 'Aéro Montréal' })
      .first();
    await agreement.waitFor({ timeout: 15_000 });
    const citation = agreement.getByTestId('citation').first();
    expect(await citation.textContent()).toContain('Aéro Montréal and Lumen Valley sign an MoU');
    expect(await details.textContent()).toMatch(/changed by/i);
    await page.screenshot({ path: `${OUT}review-tie.png` });
    await page.close();
  });
});
