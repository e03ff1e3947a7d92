import { readFileSync, writeFileSync } from 'node:fs';
import type { Core, NodeSingular } from 'cytoscape';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import {
  BASE,
  OUT,
  openBrowser,
  sourceCount,
  waitForDrawnNetwork,
  waitForSettledCanvas,
  type BrowserSession,
} from './browser.js';

/** Trust in what the explorer shows: ties open the facts behind them with their sources; search picks what it shows. */

let session: BrowserSession;
let context: BrowserContext;

beforeAll(async () => {
  session = await openBrowser({ width: 1280, height: 800 });
  context = session.context;
});

afterAll(() => session?.close());

async function open(path = '/'): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(new URL(path, BASE).href);
  await waitForDrawnNetwork(page);
  return page;
}

/**
 * Where on the page a tie of the canvas can be clicked, once the canvas holds still: a whole pixel
 * (what a mouse event carries) at an edge's midpoint that Cytoscape's own hit test, the one its tap
 * runs, resolves to that edge alone, and so does every pixel around it. Ties cross, and at a zoom
 * of a quarter a crossing or a rounded pixel sent the click to another tie. Cytoscape keeps its
 * instance on the container; the test reads positions and notes what the next tap lands on.
 */
async function clickablePointOfATie(page: Page): Promise<{ x: number; y: number; id: string }> {
  await waitForSettledCanvas(page);
  return page.evaluate(() => {
    type HitTest = { findNearestElements: (x: number, y: number, interactive: boolean, touch: boolean) => Core[] };
    const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
      _cyreg: { cy: Core & { renderer: () => HitTest } };
    };
    const cy = container._cyreg.cy;
    const box = container.getBoundingClientRect();
    const legend = document.querySelector('[data-testid="legend"]')?.getBoundingClientRect();
    const pan = cy.pan();
    const hitsAt = (x: number, y: number) =>
      cy
        .renderer()
        .findNearestElements((x - box.left - pan.x) / cy.zoom(), (y - box.top - pan.y) / cy.zoom(), true, false)
        .map((e) => (e as unknown as NodeSingular).id());
    for (const edge of cy.edges().toArray()) {
      const m = edge.renderedMidpoint();
      const x = Math.round(box.left + m.x);
      const y = Math.round(box.top + m.y);
      const inside = m.x > 20 && m.y > 20 && m.x < box.width - 20 && m.y < box.height - 20;
      const underLegend =
        legend && x >= legend.left - 4 && x <= legend.right + 4 && y >= legend.top - 4 && y <= legend.bottom + 4;
      const around = [-2, 0, 2].flatMap((dx) => [-2, 0, 2].map((dy) => hitsAt(x + dx, y + dy)));
      if (inside && !underLegend && around.every((hits) => hits.length === 1 && hits[0] === edge.id())) {
        const w = window as typeof window & { __tapped?: string };
        cy.one('tap', (e) => (w.__tapped = e.target === cy ? 'the background' : (e.target as NodeSingular).id()));
        return { x, y, id: edge.id() };
      }
    }
    throw new Error('no tie is clear of nodes, other ties and overlays');
  });
}

describe('a first visit', () => {
  it('logs no warning or error and asks for nothing missing: no wheel-sensitivity warning, no favicon 404', async () => {
    const page = await context.newPage();
    const noise: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') noise.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => noise.push(`page error: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) noise.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(new URL('/', BASE).href);
    await waitForDrawnNetwork(page);
    await waitForSettledCanvas(page);
    expect(noise).toEqual([]);
    // Headless Chromium asks for no icon: the page names one, and it is served.
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const served = await page.request.get(new URL(icon ?? '/favicon.ico', BASE).href);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toContain('image/svg+xml');
    await page.close();
  });
});

describe('provenance', () => {
  it('opens the agreement, mission or partnership behind a tie clicked on the canvas, with its citations', async () => {
    const page = await open();
    const { x, y, id } = await clickablePointOfATie(page);
    await page.mouse.click(x, y);
    // What the click landed on, as Cytoscape saw it: a miss names itself rather than timing out below.
    expect(await page.evaluate(() => (window as typeof window & { __tapped?: string }).__tapped)).toBe(id);
    const panel = page.getByTestId('tie-panel');
    await panel.waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('sel')).toBe(id);
    const facts = panel.getByTestId('entity-details');
    await expect.poll(() => facts.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => panel.getByTestId('citation').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const excerpt = await panel.getByTestId('citation').first().locator('blockquote').textContent();
    expect(excerpt?.length).toBeGreaterThan(10);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}tie.png` });

    // Escape closes the panel.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await page.close();
  });

  it('names who organised an event, as its source does (CANSEC by CADSEI)', async () => {
    const page = await open('/?sel=cansec-2023');
    const organisers = page.getByTestId('event-organisers');
    await expect
      .poll(() => organisers.textContent(), { timeout: 15_000 })
      .toContain('Canadian Association of Defence and Security Industries');
    expect(await page.getByTestId('citation').first().textContent()).toContain('organized by the Canadian Association');
    await page.close();
  });

  it('opens a tie from the tie table, and its source from the citation', async () => {
    const page = await open();
    const row = page.locator('[data-testid="tie-table"] tbody tr').filter({ hasText: 'Skywin' }).first();
    await row.click();
    const panel = page.getByTestId('tie-panel');
    await panel.waitFor({ timeout: 15_000 });
    expect(await panel.locator('h2').textContent()).toContain('Skywin');
    const link = panel.getByTestId('source-link').first();
    await link.waitFor({ timeout: 15_000 });
    await link.click();
    await page.getByTestId('source-page').waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('picks the first suggestion with ↓ then Enter', async () => {
    const page = await open();
    const input = page.getByTestId('search-input');
    await input.fill('aero');
    const first = page.getByRole('option').first();
    await first.waitFor({ timeout: 10_000 });
    const name = (await first.locator('span').first().textContent()) ?? '';
    await input.press('ArrowDown');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await input.press('Enter');
    await expect
      .poll(() => page.getByTestId('details-panel').locator('h2').first().textContent(), { timeout: 15_000 })
      .toContain(name);
    await page.close();
  });

  it('lets a keyboard user skip to the tables, and passes axe on Explore', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: /skip to the list/i });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('explore-tables');
    expect(await page.getByTestId('coverage-note').textContent()).toContain(
      `Drawn from ${await sourceCount()} documents`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('expand', () => {
  it('on the full network, says what it reached and zooms on it; the depth is an option kept in the URL', async () => {
    const page = await open('/?sel=aero-montreal');
    await page.getByTestId('expand-depth').selectOption('2');
    await page.getByTestId('expand-button').click();
    const notice = page.getByTestId('expansion-notice');
    await expect
      .poll(() => notice.textContent(), { timeout: 20_000 })
      .toMatch(/clusters within 2 ties, \d+ of them new/);
    await expect
      .poll(() => page.getByTestId('graph-canvas').getAttribute('data-fitted'), { timeout: 15_000 })
      .toContain('aero-montreal');
    expect(new URL(page.url()).searchParams.get('depth')).toBe('2');
    await page.close();
  });
});

describe('the sector filter', () => {
  it('behaves as a tree: one tab stop, arrows open and move, Space selects', async () => {
    const page = await open();
    await page.locator('summary', { hasText: 'Sectors' }).click();
    const tree = page.getByRole('tree', { name: 'Sectors' });
    const first = tree.getByRole('treeitem').first();
    expect(await tree.locator('[role="treeitem"][tabindex="0"]').count()).toBe(1);
    await first.focus();
    const withChildren = tree.locator('[role="treeitem"][aria-expanded="false"]').first();
    const parentId = (await withChildren.getAttribute('data-testid')) ?? '';
    await withChildren.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId(parentId).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowRight');
    const child = page.locator(':focus');
    expect(await child.getAttribute('aria-level')).toBe('2');
    await page.keyboard.press(' ');
    expect(await child.getAttribute('aria-selected')).toBe('true');
    expect(new URL(page.url()).searchParams.get('sector')).toBe(
      (await child.getAttribute('data-testid'))?.replace(/^sector-/, ''),
    );
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByTestId(parentId).getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });
});

const tieRows = (page: Page) => page.locator('[data-testid="tie-table"] tbody tr');

describe('year filters', () => {
  it('say how many undated ties they hide, and show them on request', async () => {
    const page = await open('/?from=2015');
    const notice = page.getByTestId('undated-notice');
    await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toMatch(/^\d+ undated ties? hidden/);
    const hidden = Number((await notice.textContent())?.match(/^(\d+)/)?.[1]);
    expect(hidden).toBeGreaterThan(0);
    const before = await tieRows(page).count();
    await page.getByTestId('undated-toggle').click();
    await expect.poll(() => tieRows(page).count(), { timeout: 15_000 }).toBe(before + hidden);
    expect(page.url()).toContain('undated=1');
    expect(await notice.textContent()).toMatch(/shown/);
    await page.close();
  });
});

describe('planned agreements', () => {
  it('are no tie by default; with the switch on they are drawn in their own dashes, labelled, listed and in the legend', async () => {
    // The seed's two pending agreements each join one cluster to a partnership, so no seed tie is
    // planned: the test writes its own planned agreement between two clusters, and deletes it after.
    const id = `e2e-planned-${Date.now()}`;
    const gql = async (query: string, variables: object) =>
      (await (
        await context.request.post(new URL('/graphql', BASE).href, {
          headers: { authorization: 'Bearer e2e-editor-token' },
          data: { query, variables },
        })
      ).json()) as { errors?: unknown[] };
    const created = await gql(
      'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } } }',
      {
        input: {
          id,
          name: 'Planned MoU between MEDTEQ and Skywin (e2e fixture)',
          agreementKind: 'MOU',
          status: 'PLANNED',
          parties: ['medteq', 'skywin'],
          citations: [
            {
              source: { id: 'src-eccp-canada-discussion-paper-2019' },
              excerpt: 'An e2e fixture: the two plan to sign.',
            },
          ],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const edgeId = 'AGREEMENT:medteq:skywin';
    try {
      const page = await open();
      const drawn = () =>
        page.evaluate((eid) => {
          const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
            _cyreg: { cy: Core };
          };
          const e = container._cyreg.cy.getElementById(eid);
          return e.empty()
            ? null
            : {
                planned: e.hasClass('planned'),
                line: e.style('line-style') as string,
                label: e.style('label') as string,
              };
        }, edgeId);
      expect(await drawn()).toBeNull();
      await page.getByTestId('include-planned').check();
      await expect.poll(() => new URL(page.url()).searchParams.get('planned')).toBe('1');
      await expect.poll(drawn, { timeout: 20_000 }).toEqual({ planned: true, line: 'dashed', label: 'planned' });
      expect(await page.getByTestId('legend-planned').textContent()).toMatch(/Planned or initiated agreement/);
      const row = page.locator(`[data-testid="tie-table"] tbody tr[data-id="${edgeId}"]`);
      expect(await row.locator('td').nth(1).textContent()).toBe('Planned or initiated agreement');
      await row.click();
      expect(await page.getByTestId('tie-meta').textContent()).toMatch(/not a tie yet/);
      await page.close();
    } finally {
      const deleted = await gql('mutation ($id: ID!) { deleteAgreement(id: $id) { deletedId } }', { id });
      expect(deleted.errors).toBeUndefined();
    }
  });
});

describe('the path view', () => {
  it('zooms on the path and names its clusters', async () => {
    const page = await open('/?view=path&a=skywin&b=aerospace-valley');
    await page.getByTestId('path-steps').waitFor({ timeout: 20_000 });
    const canvas = page.getByTestId('graph-canvas');
    await expect.poll(() => canvas.getAttribute('data-fitted'), { timeout: 20_000 }).toContain('skywin');
    const view = await page.evaluate(() => {
      const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
        _cyreg: { cy: Core };
      };
      const cy = container._cyreg.cy;
      const inView = (n: NodeSingular) => {
        const p = n.renderedPosition();
        return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
      };
      const path = cy.nodes('.highlighted');
      return {
        pathNodes: path.length,
        pathInView: path.filter(inView).length,
        // The parsed style Cytoscape draws with (pstyle is public but missing from its typings).
        labelled: path.filter(
          (n) =>
            (n as unknown as { pstyle: (k: string) => { pfValue: number } }).pstyle('min-zoomed-font-size').pfValue ===
            0,
        ).length,
        allNodes: cy.nodes().length,
        allInView: cy.nodes().filter(inView).length,
      };
    });
    expect(view.pathNodes).toBe(3);
    expect(view.pathInView).toBe(3);
    expect(view.labelled).toBe(3);
    // Zoomed on the path, not on the whole network.
    expect(view.allInView).toBeLessThan(view.allNodes);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}path-zoomed.png` });
    await page.close();
  });
});

describe('exports', () => {
  it('write ties with names and citations (CSV zip, JSON, GraphML) and the canvas as SVG', async () => {
    const page = await open();
    const save = async (format: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
      return readFileSync(await file.path());
    };
    const zip = unzipSync(new Uint8Array(await save('csv')));
    expect(Object.keys(zip).sort()).toEqual(['nodes.csv', 'ties.csv']);
    const ties = strFromU8(zip['ties.csv'] as Uint8Array);
    expect(ties.split('\r\n')[0]).toBe(
      'id,source,source_name,target,target_name,kind,years,facts,fact_names,citations',
    );
    expect(ties).toContain('Skywin');
    expect(ties).toMatch(/“[^”]{10,}” \(/);

    const json = JSON.parse((await save('json')).toString('utf8')) as {
      ties: { facts: { name?: string; citations?: { excerpt: string }[] }[] }[];
    };
    expect(json.ties.length).toBeGreaterThan(10);
    expect(json.ties.every((t) => t.facts.every((f) => f.name && f.citations?.length))).toBe(true);

    const graphml = (await save('graphml')).toString('utf8');
    expect(graphml).toContain('<graphml');
    expect(graphml.match(/<edge /g)?.length).toBe(json.ties.length);

    const svg = (await save('svg')).toString('utf8');
    expect(svg).toMatch(/<svg[\s>]/);
    writeFileSync(`${OUT}export.svg`, svg);
    await page.close();
  });
});
