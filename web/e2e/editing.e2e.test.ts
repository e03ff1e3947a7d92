import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { BASE, OUT, openBrowser, waitForDrawnNetwork, type BrowserSession } from './browser.js';
import { signInAsEditor } from './own-server.js';

/**
 * Editing in the web app (issue 10): an editor signs in, creates an agreement between two clusters
 * with a new source and excerpt, sees it on the canvas and in the details panel with its citation
 * and who changed it, reverts it and sees it gone; then dismisses a gap candidate with a reason and
 * finds it under "dismissed". The server runs with ATLAS_EDITOR_TOKEN (global-setup.ts), whose
 * editor is named "editor".
 */

let session: BrowserSession;
let context: BrowserContext;

interface Pair {
  left: { id: string; name: string };
  right: { id: string; name: string };
}

/** The API the page talks to, as the e2e editor when `asEditor`. */
async function api<T>(query: string, variables: Record<string, unknown> = {}, asEditor = false): Promise<T> {
  const response = await fetch(new URL('/graphql', BASE), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(asEditor ? { authorization: 'Bearer e2e-editor-token' } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors ?? []).toEqual([]);
  return body.data;
}

/** Untied pairs of clusters (the gap ranking's first), asked of the API the page talks to. */
async function untiedPairs(): Promise<Pair[]> {
  const data = await api<{ gapRanking: { candidates: Pair[] } }>(
    '{ gapRanking(first: 3) { candidates { left { id name } right { id name } } } }',
  );
  return data.gapRanking.candidates;
}

beforeAll(async () => {
  session = await openBrowser({ width: 1440, height: 900 });
  context = session.context;
});

afterAll(() => session?.close());

async function pick(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).fill(name);
  const option = page.getByRole('option').filter({ hasText: name }).first();
  await option.waitFor({ timeout: 10_000 });
  await option.click();
}

const edges = async (page: Page) => Number(await page.getByTestId('graph-canvas').getAttribute('data-edges'));
const tieRow = (page: Page, pair: Pair) =>
  page
    .getByTestId('tie-table')
    .locator('tbody tr')
    .filter({ hasText: pair.left.name })
    .filter({ hasText: pair.right.name });

describe('editing in the web app', () => {
  it('creates an agreement with a new source, shows it with its citation and editor, and reverts it', async () => {
    const [pair] = await untiedPairs();
    if (!pair) throw new Error('The seed has no untied pair to join.');
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await page.goto(BASE);
    await waitForDrawnNetwork(page);
    const edgesBefore = await edges(page);
    expect(await tieRow(page, pair).count()).toBe(0);

    await page.getByTestId('editor-sign-in').click();
    await page.getByTestId('editor-token-dialog-input').fill('not-a-token');
    await page.getByTestId('editor-token-dialog-submit').click();
    await expect.poll(() => page.getByTestId('editor-token-dialog').textContent()).toMatch(/wrong|no editor/i);
    await page.getByTestId('editor-token-dialog-input').fill('e2e-editor-token');
    await page.getByTestId('editor-token-dialog-submit').click();
    await expect.poll(() => page.getByTestId('editor-name').textContent()).toContain('editor');

    await page.getByTestId('new-menu').click();
    await page.getByTestId('new-agreement').click();
    const form = page.getByTestId('entity-form');
    await form.getByTestId('field-name').fill('E2E pact of the two clusters');
    await form.getByTestId('field-status').selectOption('SIGNED');
    await pick(page, 'field-parties', pair.left.name);
    await form.getByTestId('field-signedOn').fill('2025-03');
    await form.getByTestId('source-mode-new').check();
    await form.getByTestId('source-title').fill('E2E press release');
    await form.getByTestId('source-publisher').fill('E2E News');
    await form.getByTestId('source-publishedOn').fill('2025-03-14');
    await form.getByTestId('source-url').fill('https://example.org/e2e-press-release');
    await form.getByTestId('excerpt').fill('The two clusters signed a memorandum of understanding in March 2025.');

    // One party only: the API refuses it, and its message shows beside the field.
    await form.getByTestId('entity-form-submit').click();
    await expect.poll(() => form.getByTestId('problem-parties').textContent()).toMatch(/at least two/);
    expect(await axeViolations(page)).toEqual([]);

    await pick(page, 'field-parties', pair.right.name);
    await form.getByTestId('entity-form-submit').click();
    await form.waitFor({ state: 'detached', timeout: 15_000 });

    // On the canvas: a new tie between the two, listed in the table beside it.
    await expect.poll(() => tieRow(page, pair).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => edges(page)).toBe(edgesBefore + 1);
    // In the details panel: the agreement, its citation of the new source, and who changed it.
    const details = page.getByTestId('details-panel');
    await expect.poll(() => details.locator('h2').textContent(), { timeout: 15_000 }).toContain('E2E pact');
    const citation = details.getByTestId('citation').filter({ hasText: 'E2E press release' });
    expect(await citation.textContent()).toContain('signed a memorandum of understanding');
    await expect
      .poll(() => details.getByTestId('last-change').textContent())
      .toMatch(/Last changed by editor on .*\(create\)/);
    await page.screenshot({ path: `${OUT}editing-created.png` });

    await details.getByTestId('history-button').click();
    const history = details.getByTestId('history-panel');
    await expect.poll(() => history.getByTestId('history-item').first().textContent()).toContain('Created Agreement');
    await history.getByTestId('revert-button').click();

    // Gone: from the details panel, the table and the canvas.
    await expect.poll(() => details.getByTestId('empty-state').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => tieRow(page, pair).count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => edges(page)).toBe(edgesBefore);
    await page.close();
  });

  it('dismisses a gap candidate with a reason and finds it under "dismissed"', async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await page.goto(new URL('/?view=gaps', BASE).href);
    await waitForDrawnNetwork(page);
    if (!(await page.getByTestId('editor-name').count())) await signInAsEditor(page, 'e2e-editor-token');
    const candidate = page.getByTestId('gap-candidate').first();
    await candidate.waitFor({ timeout: 30_000 });
    const left = await candidate.getAttribute('data-left');
    const right = await candidate.getAttribute('data-right');
    await candidate.click();

    const form = page.getByTestId('gap-decision-form');
    await form.getByTestId('decision-dismiss').check();
    await form.getByTestId('decision-submit').click();
    await expect.poll(() => form.getByTestId('problem-reason').textContent()).toMatch(/needs its reason/);
    await form.getByTestId('decision-reason').fill('Direct competitors: neither wants the other.');
    await form.getByTestId('decision-note').fill('Checked with both managers.');
    await form.getByTestId('decision-submit').click();
    await expect
      .poll(() => form.getByTestId('gap-decision').textContent(), { timeout: 15_000 })
      .toMatch(/Dismissed by editor .*Direct competitors/);

    await page.getByTestId('gaps-decision-filter').selectOption('DISMISSED');
    expect(page.url()).toContain('gdecision=DISMISSED');
    const dismissed = page.getByTestId('gap-candidate');
    await expect.poll(() => dismissed.count(), { timeout: 15_000 }).toBe(1);
    expect(await dismissed.first().getAttribute('data-left')).toBe(left);
    expect(await dismissed.first().getAttribute('data-right')).toBe(right);
    expect(await dismissed.first().getByTestId('gap-decision').textContent()).toContain('Direct competitors');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}gaps-dismissed.png` });

    await page.getByTestId('gaps-decision-filter').selectOption('UNDECIDED');
    await expect
      .poll(async () =>
        (
          await page
            .getByTestId('gap-candidate')
            .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-left') + '|' + r.getAttribute('data-right')))
        ).includes(`${left}|${right}`),
      )
      .toBe(false);
    await page.close();
  });

  it('saves a write once when its answer is lost and the editor saves again (the same Idempotency-Key)', async () => {
    const [pair] = await untiedPairs();
    if (!pair) throw new Error('The seed has no untied pair to join.');
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await page.goto(BASE);
    await waitForDrawnNetwork(page);
    if (!(await page.getByTestId('editor-name').count())) await signInAsEditor(page, 'e2e-editor-token');

    // The first create reaches the server and is saved; its answer never reaches the page.
    let dropped = 0;
    await page.route('**/graphql', async (route) => {
      if (dropped > 0 || !route.request().postData()?.includes('createAgreement')) return route.fallback();
      dropped += 1;
      await route.fetch();
      await route.abort('connectionreset');
    });

    await page.getByTestId('new-menu').click();
    await page.getByTestId('new-agreement').click();
    const form = page.getByTestId('entity-form');
    await form.getByTestId('field-name').fill('E2E pact sent twice');
    await form.getByTestId('field-status').selectOption('SIGNED');
    await pick(page, 'field-parties', pair.left.name);
    await pick(page, 'field-parties', pair.right.name);
    await form.getByTestId('source-mode-new').check();
    await form.getByTestId('source-title').fill('E2E retried release');
    await form.getByTestId('source-url').fill('https://example.org/e2e-retried-release');
    await form.getByTestId('excerpt').fill('The two clusters signed a pact.');
    await form.getByTestId('entity-form-submit').click();
    await expect
      .poll(() => form.getByTestId('form-problem').textContent(), { timeout: 15_000 })
      .toMatch(/may have been saved.*Save again/);
    expect(dropped).toBe(1);

    await form.getByTestId('entity-form-submit').click();
    await form.waitFor({ state: 'detached', timeout: 15_000 });
    const agreements = async () =>
      (
        await api<{ node: { agreements: { id: string; name: string }[] } }>(
          'query Pacts($id: ID!) { node(id: $id) { ... on Cluster { agreements { id name } } } }',
          { id: pair.left.id },
        )
      ).node.agreements.filter((a) => a.name === 'E2E pact sent twice');
    const saved = await agreements();
    expect(saved).toHaveLength(1);

    await api('mutation Drop($id: ID!) { deleteAgreement(id: $id) { deletedId } }', { id: saved[0]!.id }, true);
    expect(await agreements()).toEqual([]);
    await page.close();
  });
});
