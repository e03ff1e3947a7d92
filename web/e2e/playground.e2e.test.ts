import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, OUT, openBrowser, type BrowserSession } from './browser.js';

/** The playground works offline: every request that leaves 127.0.0.1 is blocked, and it still runs. */

let session: BrowserSession;
const blocked: string[] = [];

beforeAll(async () => {
  session = await openBrowser({ width: 1440, height: 900 });
  await session.context.route('**/*', (route: Route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
    if (local) return route.continue();
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
});

afterAll(() => session?.close());

async function openPlayground(): Promise<Page> {
  const page = await session.context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(new URL('/graphql', BASE).href);
  await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
  return page;
}

describe('the playground at /graphql', () => {
  it('loads with nothing from outside 127.0.0.1 and runs its first example', async () => {
    const page = await openPlayground();
    await page.getByText('FindCluster').first().waitFor({ timeout: 10_000 });
    // GraphiQL ignores a run while it is still loading the schema: click until the query goes out.
    const sent = (r: { url(): string; request(): { method(): string; postData(): string | null } }) =>
      r.url().endsWith('/graphql') &&
      r.request().method() === 'POST' &&
      (r.request().postData() ?? '').includes('FindCluster');
    for (let attempt = 0; ; attempt += 1) {
      const answered = page.waitForResponse(sent, { timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      await page.locator('.graphiql-execute-button').click();
      if (await answered) break;
      if (attempt === 5) throw new Error('the playground never sent the example query');
    }
    const response = page.locator('.graphiql-response');
    await expect.poll(async () => (await response.textContent()) ?? '', { timeout: 30_000 }).toContain('MEDTEQ');
    // Monaco renders only the visible lines, so the check stays near the top of the result.
    expect(await response.textContent()).not.toContain('"errors"');
    await page.screenshot({ path: `${OUT}playground.png` });
    expect(blocked).toEqual([]);
  });
});
