import type { Core } from 'cytoscape';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { OUT, waitForDrawnNetwork } from './browser.js';
import { useWritesServer } from './own-server.js';

/**
 * Document to graph in the browser: an editor pastes a press release, accepts the new cluster and
 * the agreement it states, rejects another candidate, and finds the tie on the Explore canvas with
 * its citation and who changed it. Accepting writes to the graph, so this file runs on the e2e server
 * for writes that stay: the other browser tests keep the seed as it is.
 */

const RELEASE = [
  'BRUSSELS, 12 March 2026 – Skywin and the Helix Photonics Cluster (Lyon, France) signed a memorandum of understanding on aerospace photonics.',
  'Both clusters will present the cooperation at the Photonics Days Forum in Lyon.',
].join('\n\n');

const own = useWritesServer();
const TOKEN = own.token;

async function open(path: string): Promise<Page> {
  const page = await own.session.context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(new URL(path, own.server.baseUrl).href);
  return page;
}

const candidate = (page: Page, kind: string, name: string): Locator =>
  page.locator(`li.candidate[data-kind="${kind}"]`, { hasText: name });

describe('document to graph', () => {
  it('accepts the new cluster and the agreement a pasted release states, keeps a rejected candidate, and shows the tie with its citation and who changed it', async () => {
    const page = await open('/?view=review');
    await page.getByTestId('editor-token').fill(TOKEN);
    await page.getByTestId('sign-in').click();

    await page.getByTestId('document-title').fill('Skywin and Helix Photonics Cluster sign an MoU');
    await page.getByTestId('document-text').fill(RELEASE);
    await page.getByTestId('propose-facts').click();

    await candidate(page, 'AGREEMENT', 'Helix Photonics Cluster').waitFor({ timeout: 30_000 });
    // Held by their ids: a card's name changes when the reviewer edits it.
    const byId = async (card: Locator) => page.getByTestId((await card.getAttribute('data-testid')) ?? '');
    const organisation = await byId(candidate(page, 'ORGANISATION', 'Helix Photonics Cluster'));
    const agreement = await byId(candidate(page, 'AGREEMENT', 'Helix Photonics Cluster'));
    const event = await byId(candidate(page, 'EVENT', 'Photonics Days Forum'));
    expect(await candidate(page, 'ORGANISATION', 'Skywin').textContent()).toContain('In the graph');
    expect(await organisation.textContent()).toContain('FR');
    expect(await agreement.textContent()).toContain('2026-03-12');
    expect(await axeViolations(page)).toEqual([]);

    // Edit then accept: the reviewer shortens the name; the agreement still finds it by the text's
    // name. A card turns to accepted once its write is done (it was once reported to stay pending);
    // the write takes seconds on a busy machine, so the test waits for the card, not a fixed time.
    await organisation.getByTestId('edit-candidate').click();
    await organisation.getByLabel('Name').fill('Helix Photonics');
    await organisation.getByTestId('accept-edited').click();
    await expect.poll(() => organisation.getAttribute('data-status'), { timeout: 30_000 }).toBe('ACCEPTED');
    expect(await organisation.getByTestId('candidate-accepted').textContent()).toContain('as Helix Photonics');
    await agreement.getByTestId('accept-candidate').click();
    await expect.poll(() => agreement.getAttribute('data-status'), { timeout: 30_000 }).toBe('ACCEPTED');
    expect(await agreement.getByTestId('candidate-accepted').textContent()).toContain('Accepted by editor');
    const agreementId = await agreement.getAttribute('data-entity');
    const clusterId = await organisation.getAttribute('data-entity');
    expect(agreementId).toBeTruthy();
    expect(clusterId).toBeTruthy();

    await event.getByTestId('reject-candidate').click();
    await event.getByTestId('reject-reason').fill('A trade fair, not a cooperation');
    await event.getByTestId('confirm-reject').click();
    await expect.poll(() => event.getAttribute('data-status'), { timeout: 30_000 }).toBe('REJECTED');
    // In bulk: the known cluster's candidate, selected, adds the release as one more citation.
    const skywin = candidate(page, 'ORGANISATION', 'Skywin');
    await skywin.getByRole('checkbox').check();
    await page.getByTestId('accept-selected').click();
    await expect.poll(() => skywin.getAttribute('data-status'), { timeout: 30_000 }).toBe('ACCEPTED');
    await page.screenshot({ path: `${OUT}review.png` });

    // Kept with the review, as rejected, after a reload.
    await page.reload();
    await expect
      .poll(() => candidate(page, 'EVENT', 'Photonics Days Forum').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('REJECTED');
    expect(await candidate(page, 'EVENT', 'Photonics Days Forum').textContent()).toContain(
      'A trade fair, not a cooperation',
    );
    await page.close();

    // The tie on the canvas, opened from the tie table: the agreement with the release's excerpt.
    const explore = await open(`/?sel=${clusterId}`);
    await waitForDrawnNetwork(explore);
    const onCanvas = await explore.evaluate(
      ([a, b]) => {
        const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
          _cyreg: { cy: Core };
        };
        return container._cyreg.cy
          .edges()
          .map((e) => [e.source().id(), e.target().id()].sort().join(' '))
          .includes([a, b].sort().join(' '));
      },
      ['skywin', clusterId!],
    );
    expect(onCanvas).toBe(true);
    await explore.locator('[data-testid="tie-table"] tbody tr').filter({ hasText: 'Helix Photonics' }).first().click();
    const tie = explore.getByTestId('tie-panel');
    await tie.waitFor({ timeout: 15_000 });
    expect(await tie.locator('h2').textContent()).toContain('Skywin');
    const citation = tie.getByTestId('citation').first();
    await citation.waitFor({ timeout: 15_000 });
    expect(await citation.textContent()).toContain('signed a memorandum of understanding on aerospace photonics');
    await explore.screenshot({ path: `${OUT}review-tie.png` });
    await explore.close();

    // Who changed it: the agreement's details name the editor who accepted it.
    const details = await open(`/?sel=${agreementId}`);
    const lastChange = details.getByTestId('last-change');
    await lastChange.waitFor({ timeout: 30_000 });
    expect(await lastChange.textContent()).toMatch(/Last changed by editor/);
    expect(await details.getByTestId('details-panel').getByTestId('citation').first().textContent()).toContain(
      'Helix Photonics Cluster',
    );
    await details.close();
  });
});
