import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useWritesServer } from './own-server.js';

/**
 * Issue 11 item 5: a right-to-left override (U+202E) in a name reordered what followed it on the
 * same line: the rest of the paragraph was drawn reversed and to the left of the name's end. Names
 * from the data must be isolated, so each line reads in its own order. Checked where Chromium
 * draws the text: what follows a name starts to the right of the name's end. On the e2e server for
 * writes that stay: the test writes a cluster and an agreement with overrides in their names.
 */

const RLO = '\u202E';
const own = useWritesServer();
const TOKEN = own.token;

async function write(query: string, input: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${own.server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables: { input } }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  expect(body.errors).toBeUndefined();
}

const citation = {
  source: { new: { id: 'bidi-source', title: 'Bidi test', url: 'https://example.org/bidi' } },
  excerpt: 'Names with a right-to-left override.',
};

/**
 * Where Chromium drew `name` in `line` and the first `after` past it (in the same text node or a
 * later one): the left and right edges of each, in CSS pixels.
 */
function drawn(line: Locator, name: string, after: string) {
  return line.evaluate(
    (element, [name, after]) => {
      const texts: Text[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
      const box = (text: Text, start: number, length: number) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + length);
        const r = range.getBoundingClientRect();
        return { left: r.left, right: r.right };
      };
      const at = texts.findIndex((t) => t.data.includes(name!));
      if (at < 0) return null;
      const nameStart = texts[at]!.data.indexOf(name!);
      for (let i = at; i < texts.length; i += 1) {
        const from = i === at ? nameStart + name!.length : 0;
        const found = texts[i]!.data.indexOf(after!, from);
        if (found >= 0)
          return { name: box(texts[at]!, nameStart, name!.length), after: box(texts[i]!, found, after!.length) };
      }
      return null;
    },
    [name, after],
  );
}

async function expectInOrder(line: Locator, name: string, after: string): Promise<void> {
  const boxes = await drawn(line, name, after);
  expect(boxes, `"${after}" after "${name}" in the line`).not.toBeNull();
  // One pixel of rounding; reordered, the following text starts well inside the name's box.
  expect({ name, after, startsAfterTheName: boxes!.after.left >= boxes!.name.right - 1 }).toEqual({
    name,
    after,
    startsAfterTheName: true,
  });
}

async function openDetails(page: Page, id: string): Promise<Locator> {
  await page.goto(`${own.server.baseUrl}/?sel=${id}`);
  const panel = page.getByTestId('details-panel');
  await panel.getByRole('heading', { level: 2 }).waitFor({ timeout: 30_000 });
  return panel;
}

describe('names with a right-to-left override', () => {
  it('reorder only themselves: the acronym, the next alias and an agreement’s kind and date stay in their places', async () => {
    await write(`mutation ($input: UpsertClusterInput!) { upsertCluster(input: $input) { cluster { id } } }`, {
      id: 'bidi-cluster',
      name: `Bidi ${RLO}abc`,
      acronym: 'BDX',
      aliases: [`Alias ${RLO}one`, 'Second alias'],
      countryCode: 'FR',
      citations: [citation],
    });
    await write(`mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } } }`, {
      id: 'bidi-agreement',
      name: `Pact ${RLO}xyz`,
      agreementKind: 'MOU',
      status: 'SIGNED',
      signedOn: '2020',
      parties: ['bidi-cluster', 'aero-montreal'],
      citations: [citation],
    });
    const page = await own.session.context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));

    const cluster = await openDetails(page, 'bidi-cluster');
    await expectInOrder(cluster.getByRole('heading', { level: 2 }), `Bidi ${RLO}abc`, 'BDX');
    await expectInOrder(cluster.locator('p', { hasText: 'Also known as' }), `Alias ${RLO}one`, 'Second alias');
    // The change record names the cluster: who made it and when stay after it.
    await cluster.getByTestId('history-button').click();
    const record = cluster.getByTestId('history-item').first();
    await record.waitFor({ timeout: 30_000 });
    await expectInOrder(record, `Bidi ${RLO}abc`, 'editor');

    const partner = await openDetails(page, 'aero-montreal');
    const agreement = partner.locator('p', { has: page.locator('[data-entity-id="bidi-agreement"]') });
    await expectInOrder(agreement, `Pact ${RLO}xyz`, 'Signed');
  });
});
