import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../server/test/server-process.js';
import { formatCount } from '../src/graph/format.js';
import { FIRST_PICTURE } from '../src/graph/slices.js';
import { OUT, openBrowser, waitForDrawnNetwork, type BrowserSession } from './browser.js';

/**
 * `npm run start:large` as a user opens it: the explorer's default on a graph past the element
 * budget is the overview, and it says what it aggregates. 500 synthetic clusters (2,500 ties,
 * already past the 2,000-element budget) rather than 10,000, so that CI generates the graph in seconds.
 */

let server: ServerProcess;
let session: BrowserSession;

// Start-up includes generating the graph: on a loaded machine that outlasts the usual hook timeout.
beforeAll(async () => {
  server = await startServerProcess({
    env: { ATLAS_GRAPH: 'synthetic', ATLAS_SYNTHETIC_CLUSTERS: '500' },
    startupTimeoutMs: 480_000,
  });
  session = await openBrowser({ width: 1280, height: 800 });
}, 540_000);

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

/** What the server answers a query, as the tests set up what they then look for in the page. */
async function ask(query: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return ((await res.json()) as { data: Record<string, unknown> }).data;
}

describe('the large graph', () => {
  it('opens on the overview by country and says what it aggregates', async () => {
    const page = await session.context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await page.goto(server.baseUrl);
    await waitForDrawnNetwork(page);
    const note = page.getByTestId('lod-note');
    await expect
      .poll(() => note.textContent(), { timeout: 15_000 })
      .toMatch(/^Aggregated: 500 clusters and [\d,]+ ties shown as \d+ countries/);
    const groups = Number(/shown as (\d+) countries/.exec((await note.textContent()) ?? '')?.[1]);
    expect(Number(await page.getByTestId('graph-canvas').getAttribute('data-nodes'))).toBe(groups);
    // The filter panel counts the whole graph, not the groups drawn (it read "0 clusters · 0 ties shown").
    const ties = /500 clusters and ([\d,]+) ties/.exec((await note.textContent()) ?? '')?.[1];
    await expect
      .poll(() => page.getByTestId('shown-counts').textContent())
      .toBe(`500 clusters · ${ties} ties, drawn per country`);
    await page.screenshot({ path: `${OUT}explore-large-overview.png` });
    // The lists beside the canvas name what it draws (they read "0 clusters shown"), and a country
    // picked there drills down as a click on its node does.
    const groupRows = page.locator('[data-testid="group-table"] tbody tr');
    expect(await groupRows.count()).toBe(groups);
    const code = await groupRows.first().getAttribute('data-id');
    await groupRows.first().click();
    await expect.poll(() => page.locator('[data-testid="cluster-table"] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId(`country-${code}`).isChecked()).toBe(true);
    await page.close();
  });

  it('draws a large network in two steps, saying what it shows until it is whole', async () => {
    const page = await session.context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await page.goto(server.baseUrl);
    await waitForDrawnNetwork(page);
    // What the canvas holds whenever it says it is not whole yet (a canvas has no DOM to inspect).
    await page.evaluate(() => {
      type Cy = { nodes: () => { length: number }; edges: () => { length: number } };
      const w = window as typeof window & { partialSeen?: { text: string; nodes: number; edges: number }[] };
      w.partialSeen = [];
      new MutationObserver(() => {
        const status = document.querySelector('[data-testid="canvas-partial"]');
        const cy = (document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & { _cyreg?: { cy: Cy } })
          ._cyreg?.cy;
        if (status && cy)
          w.partialSeen!.push({ text: status.textContent ?? '', nodes: cy.nodes().length, edges: cy.edges().length });
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByTestId('group-clusters').click();
    const canvas = page.getByTestId('graph-canvas');
    const partialSeen = () =>
      page.evaluate(
        () => (window as typeof window & { partialSeen: { text: string; nodes: number; edges: number }[] }).partialSeen,
      );
    // Past the first picture's size, so drawn in two steps: said so, then whole.
    await expect.poll(async () => (await partialSeen()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => canvas.getAttribute('data-whole'), { timeout: 30_000 }).toBe('true');
    const nodes = Number(await canvas.getAttribute('data-nodes'));
    const edges = Number(await canvas.getAttribute('data-edges'));
    expect(nodes + edges).toBeGreaterThan(FIRST_PICTURE);
    // The first step: every cluster and the strongest ties, said to be so.
    const first = (await partialSeen())[0]!;
    expect(first.nodes).toBe(nodes);
    expect(first.edges).toBeLessThan(edges);
    expect(first.text).toContain(`strongest of ${formatCount(edges)} lines`);
    // Whole: every tie on the canvas, and nothing says otherwise.
    expect(await page.getByTestId('canvas-partial').count()).toBe(0);
    expect(
      await page.evaluate(
        () =>
          (
            document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
              _cyreg: { cy: { edges: () => { length: number } } };
            }
          )._cyreg.cy.edges().length,
      ),
    ).toBe(edges);
    await page.close();
  });

  it('exports the picture whole when asked while the other lines are still being added', async () => {
    const page = await session.context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await page.goto(server.baseUrl);
    await waitForDrawnNetwork(page);
    // The other lines are added a slice per task, each posted through a new MessageChannel
    // (graph/slices.ts): once the canvas says it is partial, those tasks are held until the test
    // lets them go, so the export is asked for while the picture is certainly partial.
    await page.evaluate(() => {
      type Cy = { edges: () => { length: number } };
      const w = window as typeof window & { held?: (() => void)[]; release?: () => void; exportedEdges?: number };
      const Channel = MessageChannel;
      let holding: 'not yet' | 'yes' | 'no more' = 'not yet';
      w.held = [];
      w.release = () => {
        holding = 'no more';
        for (const post of w.held!.splice(0)) post();
      };
      window.MessageChannel = class {
        readonly port1: MessagePort;
        readonly port2: { postMessage: (message: unknown) => void };
        constructor() {
          const channel = new Channel();
          this.port1 = channel.port1;
          this.port2 = {
            postMessage: (message) =>
              holding === 'yes'
                ? w.held!.push(() => channel.port2.postMessage(message))
                : channel.port2.postMessage(message),
          };
        }
      } as unknown as typeof MessageChannel;
      new MutationObserver(() => {
        if (holding === 'not yet' && document.querySelector('[data-testid="canvas-partial"]')) holding = 'yes';
      }).observe(document.body, { childList: true, subtree: true });
      // How many ties the canvas held when the file was made (download.ts makes its link then).
      const createObjectURL = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob) => {
        const cy = (document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & { _cyreg?: { cy: Cy } })
          ._cyreg?.cy;
        w.exportedEdges = cy?.edges().length;
        return createObjectURL(blob);
      };
    });
    await page.getByTestId('group-clusters').click();
    const canvas = page.getByTestId('graph-canvas');
    // The first step is painted and the other lines' first slice is waiting.
    await expect
      .poll(() => page.evaluate(() => (window as typeof window & { held: unknown[] }).held.length), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await canvas.getAttribute('data-whole')).toBe('false');
    const saved = page.waitForEvent('download');
    await page.getByTestId('export-png').click();
    // It says that it waits, and waits: the file is made once the other lines are in.
    await expect.poll(() => page.getByTestId('export-waiting').count()).toBe(1);
    expect(await page.getByTestId('export-waiting').textContent()).toContain('saved once the picture is drawn whole');
    await page.evaluate(() => (window as typeof window & { release: () => void }).release());
    await saved;
    await expect.poll(() => canvas.getAttribute('data-whole')).toBe('true');
    expect(await page.evaluate(() => (window as typeof window & { exportedEdges: number }).exportedEdges)).toBe(
      Number(await canvas.getAttribute('data-edges')),
    );
    await page.close();
  });

  it("draws a path over the most connected clusters, says what the context leaves out, and draws the path's clusters it left out", async () => {
    // One cluster the budget keeps and one it leaves out, within two ties of each other.
    const cut = (await ask('{ network(budget: 2000) { nodes { id } omittedClusters } }')) as {
      network: { nodes: { id: string }[]; omittedClusters: number };
    };
    const kept = new Set(cut.network.nodes.map((n) => n.id));
    expect(cut.network.omittedClusters).toBeGreaterThan(0);
    let from: string | undefined;
    let to: string | undefined;
    for (const { id } of cut.network.nodes) {
      const around = (await ask(`{ neighbourhood(id: "${id}", depth: 2) { nodes { id } } }`)) as {
        neighbourhood: { nodes: { id: string }[] };
      };
      to = around.neighbourhood.nodes.find((n) => !kept.has(n.id))?.id;
      from = id;
      if (to) break;
    }
    expect(to).toBeDefined();

    const page = await session.context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await page.goto(`${server.baseUrl}/?view=path&a=${from}&b=${to}`);
    await page.getByTestId('path-steps').waitFor({ timeout: 30_000 });
    await waitForDrawnNetwork(page);
    expect(await page.getByTestId('lod-note').textContent()).toMatch(
      new RegExp(
        `^Showing the ${formatCount(kept.size)} most connected of 500 clusters: .* left out\\. The path is drawn whole`,
      ),
    );
    // The context within the budget, and the path's end it left out drawn with it.
    const canvas = page.getByTestId('graph-canvas');
    const nodes = Number(await canvas.getAttribute('data-nodes'));
    expect(nodes).toBeGreaterThan(kept.size);
    expect(nodes + Number(await canvas.getAttribute('data-edges'))).toBeLessThanOrEqual(2000 + 20);
    await expect.poll(() => canvas.getAttribute('data-highlighted'), { timeout: 30_000 }).toContain(to!);
    await page.close();
  });

  it('shows the gaps between the sides within the budget, on a canvas in sight, and draws a chosen pair whole', async () => {
    // The EU against every other country: the whole graph, past the budget.
    const { countries } = (await ask('{ countries { code eu } }')) as { countries: { code: string; eu: boolean }[] };
    const others = countries.filter((c) => !c.eu).map((c) => c.code);
    const sides = countries.map((c) => `"${c.code}"`).join(',');
    const cut = (await ask(
      `{ network(filter: { countries: [${sides}] }, budget: 2000) { nodes { id } omittedClusters } }`,
    )) as {
      network: { nodes: unknown[]; omittedClusters: number };
    };
    expect(cut.network.omittedClusters).toBeGreaterThan(0);

    const page = await session.context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await page.goto(`${server.baseUrl}/?view=gaps&left=EU&right=${others.join(',')}`);
    await waitForDrawnNetwork(page);
    expect(await page.getByTestId('lod-note').textContent()).toMatch(
      new RegExp(
        `^Showing the ${formatCount(cut.network.nodes.length)} most connected of [\\d,]+ clusters: .* left out\\.`,
      ),
    );
    // The canvas lies within the window, under the matrix and its lists, however long they are (the
    // view's row grew with them: at 10,000 clusters a canvas thousands of pixels tall, out of sight).
    await page.locator('[data-testid="gaps-matrix"] tbody tr').first().getByTestId('gaps-count-left').click();
    await page.getByTestId('gaps-cell-clusters').locator('li').first().waitFor({ timeout: 20_000 });
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(box.height).toBeGreaterThan(100);
    expect(box.y + box.height).toBeLessThanOrEqual(800);

    const first = page.getByTestId('gap-candidate').first();
    await first.waitFor({ timeout: 30_000 });
    const ends = [await first.getAttribute('data-left'), await first.getAttribute('data-right')];
    await first.click();
    await page.getByTestId('gap-path').waitFor({ timeout: 30_000 });
    const canvas = page.getByTestId('graph-canvas');
    await expect
      .poll(async () => ((await canvas.getAttribute('data-highlighted')) ?? '').split(' '), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(ends));
    expect(Number(await canvas.getAttribute('data-nodes'))).toBeGreaterThanOrEqual(cut.network.nodes.length);
    await page.close();
  });

  it('lists the countries the Map draws when it draws countries only', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.baseUrl}/?view=map`);
    await expect
      .poll(() => page.getByTestId('map-level').textContent())
      .toMatch(/drawn per country \((\d+) countries\)/);
    const groups = Number(/\((\d+) countries\)/.exec((await page.getByTestId('map-level').textContent()) ?? '')?.[1]);
    await expect.poll(() => page.locator('[data-testid="group-table"] tbody tr').count()).toBe(groups);
    expect(await page.getByTestId('cluster-table').count()).toBe(0);
    await page.close();
  });
});
