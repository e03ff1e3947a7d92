import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { BASE, OUT, openBrowser, type BrowserSession } from './browser.js';

let session: BrowserSession;
let context: BrowserContext;
/** Every request to anywhere but the server under test: the map must make none. */
const outside: string[] = [];

beforeAll(async () => {
  session = await openBrowser({ width: 1400, height: 900 });
  context = session.context;
  const server = new URL(BASE).host;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === server) return route.continue();
    outside.push(url.href);
    return route.abort();
  });
});

afterAll(() => session?.close());

describe('map', () => {
  it('asks its first questions while its code is still on its way', async () => {
    // The view's chunk is held: from the view's hooks alone, the overview would not be asked before it came.
    const page = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/MapView-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const asked = page.waitForRequest((r) => r.postDataJSON()?.operationName === 'ExploreOverview');
    await page.goto(new URL('/?view=map', BASE).href);
    await asked;
    release();
    await page.locator('[data-testid="world-map"][data-painted]').waitFor();
    await page.close();
  });

  it('asks for the timeline and renders the lists only once the map is painted', async () => {
    // The overview is held: until it comes, the map cannot be painted.
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => {
      const body = r.method() === 'POST' ? (r.postDataJSON() as { operationName?: string } | null) : null;
      if (body?.operationName) asked.push(body.operationName);
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName === 'ExploreOverview') await held;
      await route.continue();
    });
    await page.goto(new URL('/?view=map', BASE).href);
    await page.getByText('The lists follow the picture…').waitFor();
    await expect.poll(() => asked).toContain('ReferenceData');
    expect(asked).not.toContain('Timeline');
    expect(asked).not.toContain('AgreementEvents');
    expect(await page.getByTestId('cluster-table').count()).toBe(0);
    expect(await page.getByTestId('timeline').count()).toBe(0);
    release();
    await page.locator('[data-testid="world-map"][data-painted]').waitFor();
    await page.locator('[data-testid="cluster-table"] tbody tr').first().waitFor();
    await page.getByTestId('timeline-brush').waitFor();
    expect(asked).toContain('AgreementEvents');
    await page.close();
  });

  it("draws the seed's clusters at their cities and their ties as arcs, offline, keyboard usable and exportable", async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await page.goto(new URL('/?view=map', BASE).href);
    const map = page.getByTestId('world-map');
    // Framed on the clusters it can place: close enough to draw each one at its city.
    await page.locator('[data-testid="world-map"][data-level="places"] [data-testid="map-cluster"]').first().waitFor();
    await page.getByTestId('map-level').filter({ hasText: 'ties as arcs' }).waitFor();
    // The lists and the timeline follow the picture.
    await page.locator('[data-testid="world-map"][data-painted]').waitFor();
    await page.locator('[data-testid="cluster-table"] tbody tr').first().waitFor();
    await page.getByTestId('timeline-brush').waitFor();

    // Every cluster of the seed is on the map (at its city, or in its country's circle) or listed without a place.
    const drawn = await page.getByTestId('map-cluster').count();
    const inCountry = await page
      .getByTestId('map-country-only')
      .evaluateAll((circles) => circles.reduce((n, c) => n + Number(c.getAttribute('data-count')), 0));
    const notOnMap = await page.getByTestId('unplaced').locator('li').count();
    const listed = await page.locator('[data-testid="cluster-table"] tbody tr').count();
    expect(drawn).toBeGreaterThanOrEqual(10);
    expect(drawn + inCountry).toBeGreaterThan(listed / 2);
    expect(notOnMap).toBe(listed - drawn);
    // Aéro Montréal is in Montréal (GeoNames), with its ties drawn as arcs.
    const aero = page.locator('[data-testid="map-cluster"][data-id="aero-montreal"]');
    expect(await aero.locator('title').textContent()).toContain('Montréal');
    expect(await page.getByTestId('map-arc').count()).toBeGreaterThan(100);
    expect(await page.getByTestId('map-credit').textContent()).toContain('GeoNames');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}map.png` });

    // The same selection and details panel as Explore.
    await aero.click();
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').first().textContent()).toContain('Montr');
    expect(new URL(page.url()).searchParams.get('sel')).toBe('aero-montreal');

    // Keyboard: the map takes focus, + zooms, and the URL keeps the view.
    await map.focus();
    await page.keyboard.press('+');
    await expect.poll(() => new URL(page.url()).searchParams.get('map')).toMatch(/^[\d.]+,-?[\d.]+,-?[\d.]+$/);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('map-export-svg').click()]);
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text).toContain('<svg');
    expect(text).toContain('data-testid="map-arc"');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('map-export-png').click()]);
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    expect(outside).toEqual([]);
    await page.close();
  });
});
