/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: DOM types for them.
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServerProcess } from '../test/server-process.js';

/**
 * The browser section of `npm run bench`: Debian's Chromium (Playwright) against the app as
 * `npm run start:large` serves it (the synthetic graph, the production web build), measuring what
 * a user waits for and how smoothly the canvas moves. Prints, never asserts.
 */

export interface BrowserFigures {
  views: {
    name: string;
    url: string;
    paintedMs: number | null;
    longestTaskMs: number;
    nodes: number;
    renderer: string;
    note: string;
  }[];
  fps: { name: string; elements: number; renderer: string; fps: number | null }[];
  error?: string;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  // WebGL 2 without a GPU: SwiftShader, as on most CI machines.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** Long tasks (over 50 ms) seen by the page since navigation, recorded before any script runs. */
const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { atlasLongTasks: number[] };
  w.atlasLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.atlasLongTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

async function openView(browser: Browser, url: string, renderer?: 'canvas' | 'webgl'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  if (renderer) await page.addInitScript((r) => localStorage.setItem('atlas:renderer', r), renderer);
  await page.goto(url);
  await page.waitForSelector('[data-testid="graph-canvas"]:not([data-drawn="0"])', { timeout: 180_000 });
  return page;
}

/** Frames painted per second while the view is dragged and zoomed for two seconds. */
async function panZoomFps(page: Page): Promise<number> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.evaluate(() => {
    const w = window as unknown as { atlasFrames: number; atlasCounting: boolean };
    w.atlasFrames = 0;
    w.atlasCounting = true;
    const tick = () => {
      w.atlasFrames += 1;
      if (w.atlasCounting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 0; Date.now() - started < 2_000; i += 1) {
    await page.mouse.move(x + 150 * Math.sin(i / 5), y + 100 * Math.cos(i / 5));
    if (i % 10 === 0) await page.mouse.wheel(0, i % 20 === 0 ? 120 : -120);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { atlasFrames: number; atlasCounting: boolean };
    w.atlasCounting = false;
    return w.atlasFrames;
  });
  return (frames * 1000) / (Date.now() - started);
}

async function viewFigures(
  browser: Browser,
  name: string,
  url: string,
  note: string,
): Promise<BrowserFigures['views'][number]> {
  const page = await openView(browser, url);
  const result = await page.evaluate(() => {
    const w = window as unknown as { atlasLongTasks: number[]; atlasMetrics?: { firstDrawnAt?: number } };
    const canvas = document.querySelector('[data-testid="graph-canvas"]');
    return {
      paintedMs: w.atlasMetrics?.firstDrawnAt ?? null,
      longestTaskMs: Math.max(0, ...w.atlasLongTasks),
      nodes: Number(canvas?.getAttribute('data-nodes') ?? 0),
      renderer: canvas?.getAttribute('data-renderer') ?? '?',
    };
  });
  await page.context().close();
  return { name, url: url.replace(/^https?:\/\/[^/]+/, ''), note, ...result };
}

/**
 * The Map view: navigation to the map painted with every answer (countries, the network's
 * clusters and their places), read from window.atlasMetrics.mapPaintedAt.
 */
export async function mapFigures(browser: Browser, url: string): Promise<BrowserFigures['views'][number]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(url);
  await page.waitForSelector('[data-testid="world-map"][data-painted]', { timeout: 180_000 });
  const result = await page.evaluate(() => {
    const w = window as unknown as { atlasLongTasks: number[]; atlasMetrics?: { mapPaintedAt?: number } };
    return {
      paintedMs: w.atlasMetrics?.mapPaintedAt ?? null,
      longestTaskMs: Math.max(0, ...w.atlasLongTasks),
      nodes:
        document.querySelectorAll('[data-testid="map-cluster"], [data-testid="map-country"]').length +
        document.querySelectorAll('[data-testid="map-country-only"]').length,
      level: document.querySelector('[data-testid="world-map"]')?.getAttribute('data-level') ?? '?',
      arcs: document.querySelectorAll('[data-testid="map-arc"], [data-testid="map-country-link"]').length,
    };
  });
  await context.close();
  return {
    name: 'Map view',
    url: url.replace(/^https?:\/\/[^/]+/, ''),
    paintedMs: result.paintedMs,
    longestTaskMs: result.longestTaskMs,
    nodes: result.nodes,
    renderer: 'SVG',
    note: `the world map ${result.level === 'places' ? 'by city' : 'per country'}: ${result.nodes} circles, ${result.arcs} arcs`,
  };
}

interface OverviewGroup {
  id: string;
  clusters: number;
  ties: number;
}

export async function measureBrowser(options: {
  dataDir: string;
  clusters: number;
  networkCountries: string[];
  log: (line: string) => void;
}): Promise<BrowserFigures> {
  const server = await startServerProcess({
    dataDir: options.dataDir,
    env: { ATLAS_GRAPH: 'synthetic', ATLAS_SYNTHETIC_CLUSTERS: String(options.clusters), LOG_LEVEL: 'warn' },
    startupTimeoutMs: 600_000,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ networkOverview { groups { id clusters ties } } }' }),
    });
    const groups = ((await response.json()) as { data: { networkOverview: { groups: OverviewGroup[] } } }).data
      .networkOverview.groups;
    const closest = (score: (g: OverviewGroup) => number) =>
      [...groups].sort((a, b) => score(a) - score(b))[0] ?? groups[0]!;
    const big = closest((g) => Math.abs(g.clusters - 900));
    const oneK = closest((g) => Math.abs(g.clusters + g.ties - 1000));
    const url = (search: string) => `${server.baseUrl}/${search}`;
    const views: BrowserFigures['views'] = [];
    options.log('browser: default view … ');
    views.push(await viewFigures(browser, 'default view', url(''), 'the overview by country'));
    options.log('map view … ');
    views.push(await mapFigures(browser, url('?view=map')));
    options.log(`country of ${big.clusters} clusters … `);
    views.push(
      await viewFigures(
        browser,
        `a country of ${big.clusters} clusters`,
        url(`?country=${big.id}`),
        `${big.clusters} clusters and ${big.ties} ties, cut to the most connected within 2,000 elements`,
      ),
    );
    options.log('1,500-element view … ');
    views.push(
      await viewFigures(
        browser,
        '1,500-element view',
        url(`?country=${options.networkCountries.join(',')}`),
        'under the budget: drawn whole',
      ),
    );
    const fps: BrowserFigures['fps'] = [];
    for (const [name, search, elements] of [
      ['~1k elements', `?country=${oneK.id}`, oneK.clusters + oneK.ties],
      ['~2k elements', `?country=${big.id}`, 2000],
    ] as const) {
      for (const renderer of ['canvas', 'webgl'] as const) {
        options.log(`fps ${name} ${renderer} … `);
        const page = await openView(browser, url(search), renderer);
        const actual = (await page.getByTestId('graph-canvas').getAttribute('data-renderer')) ?? '?';
        fps.push({ name, elements: Math.min(elements, 2000), renderer: actual, fps: await panZoomFps(page) });
        await page.context().close();
      }
    }
    options.log('done\n');
    return { views, fps };
  } catch (error) {
    return { views: [], fps: [], error: error instanceof Error ? error.message : String(error) };
  } finally {
    await browser.close();
    await server.stop();
  }
}

export function renderBrowser(figures: BrowserFigures): string[] {
  const ms = (v: number | null) => (v === null ? '–' : `${Math.round(v)} ms`);
  if (figures.error) return [`Browser section failed: ${figures.error}`];
  return [
    '| view | navigation to painted | longest main-thread task | nodes drawn | renderer | what it shows |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...figures.views.map(
      (v) =>
        `| ${v.name} (\`${v.url || '/'}\`) | ${ms(v.paintedMs)} | ${ms(v.longestTaskMs)} | ${v.nodes} | ${v.renderer} | ${v.note} |`,
    ),
    '',
    '| pan and zoom | elements | renderer | frames per second |',
    '| --- | ---: | --- | ---: |',
    ...figures.fps.map(
      (f) => `| ${f.name} | ${f.elements} | ${f.renderer} | ${f.fps === null ? '–' : f.fps.toFixed(1)} |`,
    ),
  ];
}
