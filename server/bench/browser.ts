/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: DOM types for them.
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServerProcess } from '../test/server-process.js';
import { eachRound, medians, milliseconds, succeeded, type Round, type RoundFigure } from './rounds.js';

/**
 * The browser section of `npm run bench`: Debian's Chromium (Playwright) against the app as
 * `npm run start:large` serves it (the synthetic graph, the production web build), measuring what
 * a user waits for and how smoothly the canvas moves. Prints, never asserts.
 */

/** The three Explore views, measured in rounds in both of Chromium's modes. */
type ExploreKey = 'default' | 'country' | 'budget';
/** Which view a row measures: the goals table finds its rows by this, whatever the order. */
export type ViewKey = ExploreKey | `${ExploreKey}-software` | 'map' | 'default-cold';

/** The figures of a view, of its one load or, with rounds, the medians of the rounds that succeeded. */
export interface ViewFigures {
  key: ViewKey;
  name: string;
  url: string;
  paintedMs: number | null;
  /**
   * Navigation to the same picture whole: a large first picture is drawn in two steps (every
   * cluster and the strongest ties, then the other ties, the view saying so meanwhile); else paintedMs.
   */
  wholeMs: number | null;
  longestTaskMs: number | null;
  nodes: number | null;
  renderer: string;
  note: string;
  /** Why this measurement failed (every round, for a view measured in rounds); the section's other figures stand. */
  error?: string;
  /** A view measured in rounds (BROWSER_ROUNDS): each round in the order measured; absent for one load. */
  rounds?: Round[];
}

export interface FpsFigures {
  name: string;
  elements: number;
  renderer: string;
  /** How Chromium drew: CHROMIUM_MODES. */
  chromium: ChromiumMode;
  fps: number | null;
  error?: string;
}

export interface BrowserFigures {
  views: ViewFigures[];
  fps: FpsFigures[];
  /** Why the section could not start (the server or the browser); nothing was measured. */
  error?: string;
}

/**
 * Each view opens in a fresh context, which headless Chromium 156 makes as a new window, and every
 * new window starts the omnibox popup's WebUI (chrome://omnibox-popup.top-chrome) in a renderer of
 * its own: 0.7 s of CPU, and the browser process 0.2 s more, on the 2 cores the page is measured on,
 * while it loads (per context, /proc, 7 December 00:28 UTC). A visitor opening the atlas in a
 * running browser starts no window. Without these two features no such renderer starts.
 */
const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/**
 * The two ways Chromium draws here, neither of them a user's GPU. `gpu`: SwiftShader (a GPU
 * emulated on the CPU) as the GPU, so that compositing, rasterisation, the 2D canvas and WebGL all
 * take their GPU paths (chrome://gpu: "Hardware accelerated"); Chromium's docs
 * (docs/gpu/swiftshader.md) give it for exercising the GPU code on machines without one. The views
 * are measured so. `software`: what Chrome runs on a machine without a usable GPU: software
 * compositing and raster, a 2D canvas drawn by Skia on the CPU, and SwiftShader only for WebGL
 * (opted into: Chrome 139 began removing that fallback on Linux and macOS).
 */
export type ChromiumMode = 'gpu' | 'software';
const CHROMIUM_MODES: Record<ChromiumMode, { label: string; args: string[] }> = {
  gpu: {
    label: 'SwiftShader as the GPU',
    args: [...COMMON_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
  },
  software: { label: 'software (no GPU)', args: [...COMMON_ARGS, '--enable-unsafe-swiftshader'] },
};

const launchCold = (mode: ChromiumMode) =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_MODES[mode].args,
  });

/** A page of text and form controls in the system font: what any page shows. */
const TRIVIAL_PAGE =
  'data:text/html,<h1 style="font-family: system-ui, sans-serif">A heading</h1>' +
  '<p style="font: 14px system-ui">Some text, <b>bold</b> <button>A button</button> <select><option>A choice</option></select> <input value="A field"></p>';

/** Draws shapes, lines, text and an image on a new 2D canvas and waits until that frame has been presented. */
const paintCanvasOnce = () =>
  new Promise<void>((resolve) => {
    const canvas = document.body.appendChild(document.createElement('canvas'));
    canvas.width = 640;
    canvas.height = 400;
    const g = canvas.getContext('2d')!;
    for (let i = 0; i < 100; i += 1) {
      g.beginPath();
      g.arc((i * 37) % 640, (i * 53) % 400, 8, 0, 2 * Math.PI);
      g.fillStyle = `hsl(${i * 7}, 60%, 50%)`;
      g.fill();
      g.stroke();
      g.beginPath();
      g.moveTo((i * 17) % 640, 0);
      g.lineTo((i * 29) % 640, 400);
      g.stroke();
      g.font = '11px sans-serif';
      g.fillText(`Label ${i}`, (i * 41) % 640, (i * 23) % 400);
    }
    g.drawImage(canvas, 0, 0, 64, 40);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });

/**
 * A browser that has shown a page. A freshly launched one pays on its first page for starting its
 * GPU process, its first canvas, its fonts (a task of 800+ ms with SwiftShader as the GPU, 6
 * December), which a visitor's running browser has long done. The views are measured after a
 * trivial page of text and a drawn canvas (probe, 22:08 UTC, load 3–4: the default view painted in
 * 1,400–1,500 ms after it, 1,800–2,200 first, 1,370–1,480 after a page of the app itself); the cold
 * row says what the first page costs.
 */
async function launch(mode: ChromiumMode): Promise<Browser> {
  const browser = await launchCold(mode);
  await inFreshPage(browser, {}, async (page) => {
    await page.goto(TRIVIAL_PAGE);
    await page.evaluate(paintCanvasOnce);
  });
  return browser;
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps every named function, those inside
 * the functions given to page.evaluate included, in a call to its helper `__name`; that helper
 * exists in Node, not in the page, where the call throws a ReferenceError. The page gets the same
 * helper, as a string (a function would be compiled the same way), before any of our scripts run.
 */
const KEEP_NAMES_HELPER = 'globalThis.__name = (target) => target;';

/** Long tasks (over 50 ms) seen by the page since navigation, recorded before any script runs. */
const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { atlasLongTasks: number[] };
  w.atlasLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.atlasLongTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/** A fresh browser context (nothing cached) for one measurement, closed whatever happens. */
async function inFreshPage<T>(
  browser: Browser,
  options: { renderer?: 'canvas' | 'webgl' },
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(KEEP_NAMES_HELPER);
    await context.addInitScript(OBSERVE_LONG_TASKS);
    if (options.renderer)
      await context.addInitScript((r) => localStorage.setItem('atlas:renderer', r), options.renderer);
    return await measure(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Opens an Explore view and waits for its network on screen whole (the page records when: firstDrawnAt, wholeDrawnAt). */
async function openView(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('[data-testid="graph-canvas"]:not([data-drawn="0"])', { timeout: 180_000 });
  await page.waitForFunction(
    () => (window as unknown as { atlasMetrics?: { wholeDrawnAt?: number } }).atlasMetrics?.wholeDrawnAt !== undefined,
  );
}

/**
 * Frames per second while the view is dragged and zoomed for two seconds: a drag step in every
 * animation frame and a wheel step in every tenth, mouse events dispatched in the page through
 * Cytoscape's own handlers, so that every frame counted shows the view moved. Driven by Playwright's
 * mouse, one step per round trip (11–18 a second at load 8–11), the count took in frames that
 * showed nothing new (30 counted while Cytoscape drew 16). The drag starts in a corner of the
 * canvas, inside the padding that fitting leaves empty: pressed in the middle it could grab a node
 * and drag that, not pan the view.
 */
async function panZoomFps(page: Page): Promise<number> {
  return page.evaluate(
    (durationMs) =>
      new Promise<number>((resolve) => {
        const canvas = document.querySelector('[data-testid="graph-canvas"]')!;
        const box = canvas.getBoundingClientRect();
        const x = box.left + 12;
        const y = box.top + 12;
        const pressed = document.elementFromPoint(x, y) ?? canvas;
        const mouse = (type: 'mousedown' | 'mousemove' | 'mouseup', on: EventTarget, dx = 0, dy = 0) =>
          on.dispatchEvent(
            new MouseEvent(type, {
              clientX: x + dx,
              clientY: y + dy,
              button: 0,
              buttons: type === 'mouseup' ? 0 : 1,
              bubbles: true,
              cancelable: true,
              view: window,
            }),
          );
        mouse('mousedown', pressed);
        let frames = 0;
        let started: number | undefined;
        const step = (now: number) => {
          started ??= now;
          frames += 1;
          mouse('mousemove', window, 150 * (1 + Math.sin(frames / 5)), 100 * (1 - Math.cos(frames / 5)));
          if (frames % 10 === 0) {
            const deltaY = frames % 20 === 0 ? 120 : -120;
            pressed.dispatchEvent(
              new WheelEvent('wheel', { deltaY, clientX: x + 150, clientY: y + 100, bubbles: true, cancelable: true }),
            );
          }
          if (now - started < durationMs) requestAnimationFrame(step);
          else {
            mouse('mouseup', window);
            resolve(((frames - 1) * 1000) / (now - started));
          }
        };
        requestAnimationFrame(step);
      }),
    2_000,
  );
}

/**
 * The same count on a trivial WebGL scene (one triangle, redrawn each frame) of the canvas' size:
 * the ceiling of software WebGL (SwiftShader) and the compositor on this machine, whatever we draw.
 */
async function trivialWebglFps(page: Page): Promise<number> {
  await page.setContent('<canvas id="gl" width="1280" height="800"></canvas>');
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const gl = (document.getElementById('gl') as HTMLCanvasElement).getContext('webgl2');
        if (!gl) return reject(new Error('no WebGL 2'));
        const shader = (type: number, source: string) => {
          const s = gl.createShader(type)!;
          gl.shaderSource(s, source);
          gl.compileShader(s);
          return s;
        };
        const program = gl.createProgram()!;
        gl.attachShader(
          program,
          shader(
            gl.VERTEX_SHADER,
            '#version 300 es\nin vec2 p; uniform float t; void main() { gl_Position = vec4(p.x + sin(t) * 0.2, p.y, 0, 1); }',
          ),
        );
        gl.attachShader(
          program,
          shader(
            gl.FRAGMENT_SHADER,
            '#version 300 es\nprecision mediump float; out vec4 c; void main() { c = vec4(0.2, 0.4, 0.8, 1); }',
          ),
        );
        gl.linkProgram(program);
        gl.useProgram(program);
        gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
        gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-0.5, -0.5, 0.5, -0.5, 0, 0.5]), gl.STATIC_DRAW);
        gl.enableVertexAttribArray(0);
        gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
        const time = gl.getUniformLocation(program, 't');
        let frames = 0;
        const started = performance.now();
        const frame = (now: number) => {
          gl.clearColor(1, 1, 1, 1);
          gl.clear(gl.COLOR_BUFFER_BIT);
          gl.uniform1f(time, now / 300);
          gl.drawArrays(gl.TRIANGLES, 0, 3);
          frames += 1;
          if (now - started < 2_000) requestAnimationFrame(frame);
          else resolve((frames * 1000) / (now - started));
        };
        requestAnimationFrame(frame);
      }),
  );
}

type Measured = Pick<ViewFigures, 'paintedMs' | 'wholeMs' | 'longestTaskMs' | 'nodes' | 'renderer' | 'note'>;
/** A load that failed, and why. */
type Failed = { error: string };
const NOT_MEASURED: Measured = {
  paintedMs: null,
  wholeMs: null,
  longestTaskMs: null,
  nodes: null,
  renderer: '–',
  note: '',
};

/**
 * Rounds of each Explore view per Chromium mode (BENCH_BROWSER_ROUNDS, default 3): one load of a
 * view swung ±20 % from run to run (rounds.ts).
 */
const BROWSER_ROUNDS = Math.max(1, Math.floor(Number(process.env.BENCH_BROWSER_ROUNDS ?? 3)) || 3);

/** An Explore view the section measures in rounds. */
interface ExploreView {
  key: ViewKey;
  name: string;
  search: string;
  note: string;
}

/** A view's figures from its rounds: the medians of those that succeeded, what it shows from the first of them. */
function fromRounds(view: ExploreView, loads: readonly (Measured | Failed)[]): ViewFigures {
  const row = { key: view.key, name: view.name, url: `/${view.search}` };
  const rounds: Round[] = loads.map((l) =>
    'error' in l
      ? { paintedMs: null, wholeMs: null, longestTaskMs: null, error: l.error }
      : { paintedMs: l.paintedMs, wholeMs: l.wholeMs, longestTaskMs: l.longestTaskMs },
  );
  const first = loads.find((l): l is Measured => !('error' in l));
  if (!first) return { ...row, ...NOT_MEASURED, error: `every round failed: ${rounds[0]?.error ?? '?'}`, rounds };
  return { ...row, ...first, ...medians(rounds), rounds };
}

/**
 * An Explore view: navigation to the network on screen, read from window.atlasMetrics.firstDrawnAt,
 * which the page records once the frame drawing it has been painted (GraphCanvas, afterNextPaint),
 * and to it whole (wholeDrawnAt); the longest task is of all the tasks until then.
 */
function exploreView(url: string, note: string) {
  return async (page: Page): Promise<Measured> => {
    await openView(page, url);
    const result = await page.evaluate(() => {
      const w = window as unknown as {
        atlasLongTasks: number[];
        atlasMetrics?: { firstDrawnAt?: number; wholeDrawnAt?: number };
      };
      const canvas = document.querySelector('[data-testid="graph-canvas"]');
      return {
        paintedMs: w.atlasMetrics?.firstDrawnAt ?? null,
        wholeMs: w.atlasMetrics?.wholeDrawnAt ?? null,
        longestTaskMs: Math.max(0, ...w.atlasLongTasks),
        nodes: Number(canvas?.getAttribute('data-nodes') ?? 0),
        renderer: canvas?.getAttribute('data-renderer') ?? '?',
      };
    });
    return { ...result, note };
  };
}

/**
 * The Map view: navigation to the map painted with every answer (countries, the network's
 * clusters and their places), read from window.atlasMetrics.mapPaintedAt.
 */
async function mapView(page: Page, url: string): Promise<Measured> {
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
  return {
    paintedMs: result.paintedMs,
    wholeMs: result.paintedMs,
    longestTaskMs: result.longestTaskMs,
    nodes: result.nodes,
    renderer: 'SVG',
    note: `the world map ${result.level === 'places' ? 'by city' : 'per country'}: ${result.nodes} circles, ${result.arcs} arcs`,
  };
}

/** An error's first line, fit for a table cell. */
const message = (error: unknown) =>
  (error instanceof Error ? error.message.split('\n')[0]! : String(error)).replaceAll('|', '\\|');

/** Waits until the server's analysis has run (or cannot); returns how long that took, in ms. */
async function analysisSettled(baseUrl: string, timeoutMs = 600_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ analysis { state } }' }),
    });
    const state = ((await response.json()) as { data?: { analysis: { state: string } } }).data?.analysis.state;
    if (state !== 'PENDING' && state !== 'REFRESHING') return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`The server's analysis was still running after ${timeoutMs / 1000} s`);
}

/** Waits until the server says (at info level) that its start-up drill-downs are warmed, or that it could not warm up; returns how long that took, in ms. */
async function drillDownsWarmed(server: { output: () => string }, timeoutMs = 300_000): Promise<number> {
  const started = Date.now();
  while (!/Drill-down networks warmed|Warming the drill-downs failed|Warm-up failed/.test(server.output())) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`The server was still warming its drill-downs after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return Date.now() - started;
}

interface OverviewGroup {
  id: string;
  clusters: number;
  ties: number;
}

/**
 * Starts the server on the bench's data folder (dataDir), waits for its start-up analysis and
 * warm-up, and measures in a warmed browser: the three Explore views (default, a country of ~900
 * clusters, a 1,500-element view) in BROWSER_ROUNDS rounds, alternated within each round, first
 * with SwiftShader as the GPU, then, after the fps rows, in software mode; pan and zoom (fps) in
 * both modes; the Map view once; the default view once as the first page of a cold browser.
 */
export async function measureBrowser(options: {
  dataDir: string;
  clusters: number;
  networkCountries: string[];
  log: (line: string) => void;
}): Promise<BrowserFigures> {
  let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServerProcess({
      dataDir: options.dataDir,
      env: {
        ATLAS_GRAPH: 'synthetic',
        ATLAS_SYNTHETIC_CLUSTERS: String(options.clusters),
        ATLAS_WARM_UP: 'hot',
        LOG_LEVEL: 'info',
      },
      startupTimeoutMs: 600_000,
    });
    // The server computes the structural analysis (GDS, every core for 30–60 s at 10k) after it
    // starts serving: measured during it, the first views took four times as long (5.3 s against
    // 1.4 s, load 9). What a visitor waits for once the server has started is measured after it.
    const settledIn = await analysisSettled(server.baseUrl);
    options.log(`browser: the start-up analysis ended ${Math.round(settledIn / 1000)} s after /health answered\n`);
    // So do the drill-downs the server warms after it starts serving (answers.ts): during them
    // (4.5 s at 10k) the first page's questions answered in 0.7–1.3 s, after them in 20–180 ms.
    const warmedIn = await drillDownsWarmed(server);
    options.log(`browser: the drill-downs were warmed ${Math.round(warmedIn / 1000)} s after that\n`);
    browser = await launch('gpu');
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
    const { baseUrl } = server;
    const url = (search: string) => `${baseUrl}/${search}`;
    const launched = browser;

    // Each load on its own, in a fresh context: one that fails is reported with its error, the others go on.
    const load = async (on: Browser, measure: (page: Page) => Promise<Measured>): Promise<Measured | Failed> => {
      try {
        return await inFreshPage(on, {}, measure);
      } catch (error) {
        options.log(`failed: ${message(error)}\n`);
        return { error: message(error) };
      }
    };
    const views: ViewFigures[] = [];
    /** A view loaded once (the Map, the cold browser). */
    const once = async (
      key: ViewKey,
      name: string,
      search: string,
      measure: (page: Page) => Promise<Measured>,
      on: Browser,
    ): Promise<void> => {
      options.log(`${name} … `);
      const loaded = await load(on, measure);
      views.push({ key, name, url: `/${search}`, ...('error' in loaded ? { ...NOT_MEASURED, ...loaded } : loaded) });
    };
    /**
     * Views loaded in rounds, alternated within each (A, B, C, A, B, C, …) in the same browser: a
     * slow minute of the machine then falls on every view alike, not on one view's every load.
     */
    const inRounds = async (on: Browser, explore: readonly ExploreView[]): Promise<void> => {
      const loads = explore.map((): (Measured | Failed)[] => []);
      for (let round = 1; round <= BROWSER_ROUNDS; round += 1) {
        for (const [i, v] of explore.entries()) {
          options.log(`${v.name}, round ${round} of ${BROWSER_ROUNDS} … `);
          loads[i]!.push(await load(on, exploreView(url(v.search), v.note)));
        }
      }
      views.push(...explore.map((v, i) => fromRounds(v, loads[i]!)));
    };
    const country = `?country=${big.id}`;
    const budget = `?country=${options.networkCountries.join(',')}`;
    const explore: (ExploreView & { key: ExploreKey })[] = [
      { key: 'default', name: 'default view', search: '', note: 'the overview by country' },
      {
        key: 'country',
        name: `a country of ${big.clusters} clusters`,
        search: country,
        note: `${big.clusters} clusters and ${big.ties} ties, cut to the most connected within 2,000 elements`,
      },
      { key: 'budget', name: '1,500-element view', search: budget, note: 'under the budget: drawn whole' },
    ];
    options.log('browser: ');
    await inRounds(launched, explore);

    // Pan and zoom in both of Chromium's ways of drawing, each with the ceiling of its WebGL.
    const fps: FpsFigures[] = [];
    for (const chromiumMode of ['gpu', 'software'] as const) {
      const drawing = chromiumMode === 'gpu' ? launched : await launch(chromiumMode);
      try {
        for (const [name, search, elements] of [
          ['~1k elements', `?country=${oneK.id}`, oneK.clusters + oneK.ties],
          ['~2k elements', country, 2000],
        ] as const) {
          for (const renderer of ['canvas', 'webgl'] as const) {
            options.log(`fps ${name} ${renderer} (${chromiumMode}) … `);
            const row = { name, elements: Math.min(elements, 2000), chromium: chromiumMode };
            try {
              fps.push({
                ...row,
                ...(await inFreshPage(drawing, { renderer }, async (page) => {
                  await openView(page, url(search));
                  const actual = (await page.getByTestId('graph-canvas').getAttribute('data-renderer')) ?? '?';
                  return { renderer: actual, fps: await panZoomFps(page) };
                })),
              });
            } catch (error) {
              options.log(`failed: ${message(error)}\n`);
              fps.push({ ...row, renderer, fps: null, error: message(error) });
            }
          }
        }
        options.log(`fps trivial WebGL scene (${chromiumMode}) … `);
        const ceiling = {
          name: 'trivial WebGL scene (the ceiling)',
          elements: 1,
          renderer: 'webgl',
          chromium: chromiumMode,
        };
        try {
          fps.push({ ...ceiling, fps: await inFreshPage(drawing, {}, trivialWebglFps) });
        } catch (error) {
          options.log(`failed: ${message(error)}\n`);
          fps.push({ ...ceiling, fps: null, error: message(error) });
        }
      } finally {
        if (drawing !== launched) await drawing.close();
      }
    }
    await once('map', 'Map view', '?view=map', (page) => mapView(page, url('?view=map')), launched);
    // The same view as the first page of a freshly launched browser (see `launch`): what the
    // warm-up leaves out of the figures above.
    const cold = await launchCold('gpu');
    try {
      await once(
        'default-cold',
        'default view, the first page of a freshly launched browser',
        '',
        exploreView(url(''), 'the overview by country; the browser not warmed up'),
        cold,
      );
    } finally {
      await cold.close();
    }
    // The three views again in Chromium's software mode, what a machine without a usable GPU runs
    // (CHROMIUM_MODES). The goals are read from the rows above, and say these beside them.
    const software = await launch('software');
    try {
      await inRounds(
        software,
        explore.map((v) => ({
          key: `${v.key}-software`,
          name: `${v.name}, software`,
          search: v.search,
          note: CHROMIUM_MODES.software.label,
        })),
      );
    } finally {
      await software.close();
    }
    options.log('done\n');
    return { views, fps };
  } catch (error) {
    return { views: [], fps: [], error: message(error) };
  } finally {
    await browser?.close();
    await server?.stop();
  }
}

/**
 * The section's tables: per view, navigation to painted, to the picture whole and the longest task,
 * for an Explore view the median of its rounds with every round beside it in the order measured,
 * then the rounds that failed; the fps rows.
 */
export function renderBrowser(figures: BrowserFigures): string[] {
  if (figures.error) return [`Browser section failed: ${figures.error}`];
  const ms = (v: number | null) => (v === null ? '–' : `${milliseconds(v)} ms`);
  const cell = (v: ViewFigures, figure: RoundFigure) =>
    v.rounds ? `${ms(v[figure])} (${eachRound(v.rounds, figure)})` : ms(v[figure]);
  const measured = (v: ViewFigures) => {
    if (!v.rounds) return 'one load';
    const ok = succeeded(v.rounds).length;
    return `median of ${ok}${ok < v.rounds.length ? ` of ${v.rounds.length}` : ''} rounds`;
  };
  const failedRounds = figures.views.flatMap((v) =>
    (v.rounds ?? []).flatMap((r, i) => (r.error === undefined ? [] : [`- ${v.name}, round ${i + 1}: ${r.error}`])),
  );
  return [
    'Each Explore view is loaded in rounds, the three views alternated within a round, each load in a fresh context of the same warmed browser: a figure is the median of the rounds, every round in brackets in the order measured. The Map view and the first page of a cold browser are loaded once.',
    '',
    '| view | measured | navigation to painted | to the picture whole | longest main-thread task | nodes drawn | renderer | what it shows |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...figures.views.map(
      (v) =>
        `| ${v.name} (\`${v.url}\`) | ${measured(v)} | ${v.error ? `failed: ${v.error}` : cell(v, 'paintedMs')} | ${cell(v, 'wholeMs')} | ${cell(v, 'longestTaskMs')} | ${v.nodes ?? '–'} | ${v.renderer} | ${v.note} |`,
    ),
    ...(failedRounds.length ? ['', 'Rounds that failed:', '', ...failedRounds] : []),
    '',
    '| pan and zoom | elements | renderer | Chromium | frames per second |',
    '| --- | ---: | --- | --- | ---: |',
    ...figures.fps.map(
      (f) =>
        `| ${f.name} | ${f.elements} | ${f.renderer} | ${CHROMIUM_MODES[f.chromium].label} | ${f.error ? `failed: ${f.error}` : f.fps === null ? '–' : f.fps.toFixed(1)} |`,
    ),
  ];
}
