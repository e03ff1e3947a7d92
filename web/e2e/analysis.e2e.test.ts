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
    // Computed at start-up and after writes: the panel asks again until the measures are fresh.
    await expect.poll(() => page.getByTestId('analysis-note').count(), { timeout: 60_000 }).toBe(0);
    // Which run the lists come from: when, and of which version of the graph.
    expect(await page.getByTestId('analysis-run').textContent()).toMatch(
      /^Measures computed .+ on graph version \d+:\d+:\d+, the graph as it is now\.$/,
    );
    expect(await page.getByTestId('single-points').getByRole('listitem').count()).toBeGreaterThan(0);
    // The canvas, drawn before the measures were in, takes them once they are: colours by community.
    await expect.poll(() => page.getByTestId('legend').textContent(), { timeout: 30_000 }).toContain('Community 1');
    await waitForDrawnNetwork(page);
    expect(await page.getByTestId('legend-size').textContent()).toContain('brokerage');
    await expect.poll(() => page.locator('progress').count(), { timeout: 30_000 }).toBe(0);
    await page.screenshot({ path: `${OUT}brokers.png` });
    const name = (await first.getByRole('button').textContent()) ?? '';
    await first.getByRole('button').click();
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent()).toContain(name);
    expect(new URL(page.url()).searchParams.get('sel')).toBeTruthy();
    await page.close();
  });

  it('says nothing is listed yet, not "none", before the first run of the measures', async () => {
    // The server's answers before its first run (a start, minutes at 10k): PENDING, no run, empty
    // lists. The suite's server has run them by now, so its answers are turned back into those.
    const page = await context.newPage();
    await page.route('**/graphql', async (route) => {
      const name = (route.request().postDataJSON() as { operationName?: string } | null)?.operationName;
      if (name !== 'Structure' && name !== 'Separators') return route.continue();
      const answer = (await (await route.fetch()).json()) as { data: Record<string, Record<string, unknown>> };
      const pending = { state: 'PENDING', computedAt: null, graphVersion: null, message: null };
      const data = answer.data;
      if (data['analysis']) data['analysis'] = { ...data['analysis'], ...pending };
      if (data['brokers']) data['brokers'] = [] as unknown as Record<string, unknown>;
      const cuts = data['singlePointsOfFailure']!;
      data['singlePointsOfFailure'] = {
        ...cuts,
        status: { ...(cuts['status'] as object), ...pending },
        clusters: [],
        ties: [],
      };
      await route.fulfill({ json: answer });
    });
    await page.goto(new URL('/', BASE).href);
    await waitForDrawnNetwork(page);
    await page.getByTestId('brokers').getByTestId('not-measured').waitFor();
    expect(await page.getByTestId('analysis-note').textContent()).toBe('Computing the measures…');
    expect(await page.getByTestId('brokers').textContent()).not.toContain('No cluster');
    expect(await page.getByTestId('single-points').getByTestId('not-measured').count()).toBe(1);
    expect(await page.getByTestId('single-points').textContent()).not.toContain('None');

    await page.goto(new URL('/?view=gaps', BASE).href);
    await page.getByTestId('separators').getByTestId('not-measured').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('separators').textContent()).not.toContain('None');
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

describe('time', () => {
  it('sets the year filter by brushing the timeline: the URL and the canvas follow', async () => {
    const page = await open('/');
    const canvas = page.getByTestId('graph-canvas');
    const brush = page.getByTestId('timeline-brush');
    await brush.waitFor();
    const ties = page.locator('[data-testid="tie-table"] tbody tr');
    const before = await ties.count();
    const box = (await brush.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBeTruthy();
    const url = new URL(page.url());
    const from = Number(url.searchParams.get('from'));
    const to = Number(url.searchParams.get('to'));
    expect(from).toBeLessThanOrEqual(to);
    expect(await page.getByTestId('timeline-from').inputValue()).toBe(String(from));
    // The canvas redraws with the ties of those years only (undated partnerships leave): the
    // table of the ties drawn shrinks with it.
    await expect.poll(() => ties.count(), { timeout: 20_000 }).toBeLessThan(before);
    await waitForDrawnNetwork(page);
    expect(await canvas.getAttribute('data-drawn')).toBeTruthy();
    await page.screenshot({ path: `${OUT}timeline.png` });
    await page.close();
  });

  it("shows an agreement's update in its details and on the timeline, as the source dates it", async () => {
    // "First signed in 2007, the Memorandum of Understanding between Skywin and Aero Montreal was updated in 2013" (001).
    const page = await open('/?sel=mou-skywin-aero-montreal-2007');
    const details = page.getByTestId('entity-details');
    await expect.poll(() => details.textContent(), { timeout: 20_000 }).toContain('signed 2007 · updated 2013');
    expect(await page.getByTestId('agreement-updated-by').textContent()).toContain('MACH Initiative');
    const mark = page.locator('[data-testid="timeline-updated"][data-year="2013"]');
    await mark.waitFor({ state: 'attached' });
    expect(await mark.locator('title').textContent()).toContain(
      'Memorandum of Understanding between Skywin and Aéro Montréal',
    );
    await page.close();
  });

  it('compares 2013 and 2019: the agreements signed between them', async () => {
    const page = await open('/');
    await page.getByTestId('compare-from').fill('2013');
    await page.getByTestId('compare-to').fill('2019');
    await page.getByTestId('compare-button').click();
    const appeared = page.getByTestId('compare-appeared');
    await appeared.waitFor({ timeout: 20_000 });
    const text = (await appeared.textContent()) ?? '';
    expect(text).toContain('2013');
    expect(text).toContain('Aéro Montréal');
    await page.close();
  });
});
