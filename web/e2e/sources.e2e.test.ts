import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { BASE, OUT, openBrowser, sourceCount, type BrowserSession } from './browser.js';

/** About the data and a source's page: the document's text with every excerpt marked and linked to its facts. */

let session: BrowserSession;
let context: BrowserContext;

beforeAll(async () => {
  session = await openBrowser({ width: 1280, height: 800 });
  context = session.context;
});

afterAll(() => session?.close());

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(new URL(path, BASE).href);
  return page;
}

describe('about the data', () => {
  it('lists the five documents with what each contributes, and passes axe', async () => {
    const page = await open('/?view=about');
    const table = page.getByTestId('sources-table');
    await table.waitFor({ timeout: 20_000 });
    const sources = await sourceCount();
    expect(sources).toBeGreaterThanOrEqual(5);
    expect(await table.locator('tbody tr').count()).toBe(sources);
    // The seed's five documents, whatever other tests have cited since.
    const listed = (await table.textContent()) ?? '';
    for (const prefix of ['000_', '001_', '002_', '003_', '004_']) expect(listed).toContain(prefix);
    expect(await table.locator('tbody tr').first().textContent()).toMatch(/\d+ clusters?/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}about.png` });
    await page.close();
  });

  it('opens a source as its text with the excerpts highlighted and linked to the facts they support', async () => {
    const page = await open('/?view=about');
    await page
      .getByTestId('sources-table')
      .getByRole('link', { name: /discussion paper/i })
      .first()
      .click();
    const source = page.getByTestId('source-page');
    await source.waitFor({ timeout: 20_000 });
    expect(page.url()).toContain('src=');
    const marks = page.getByTestId('excerpt-mark');
    await expect.poll(() => marks.count(), { timeout: 10_000 }).toBeGreaterThan(50);
    const passages = page.getByTestId('passage');
    const cited = await passages.count();
    expect(cited).toBeGreaterThan(50);
    // Every excerpt is placed in the text: each passage links back to its mark.
    expect(await passages.getByRole('link', { name: 'in the text ↑' }).count()).toBe(cited);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}source.png` });

    // A mark leads to the facts it supports, and a fact opens in the explorer with its citation.
    const mark = marks.filter({ hasText: 'Skywin' }).first();
    const target = (await mark.locator('a').getAttribute('href')) ?? '';
    await mark.locator('a').click();
    const passage = page.locator(target);
    const fact = passage.locator('a.entity-link').first();
    const name = (await fact.textContent()) ?? '';
    expect(name.length).toBeGreaterThan(2);

    await fact.click();
    const details = page.getByTestId('details-panel');
    await expect.poll(() => details.locator('h2').first().textContent(), { timeout: 15_000 }).toContain(name);
    expect(await details.getByTestId('citation').count()).toBeGreaterThan(0);
    await page.close();
  });
});
