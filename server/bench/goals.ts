import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../src/config.js';
import type { BrowserFigures, ViewFigures, ViewKey } from './browser.js';
import { nodesPerSecond, relationshipsPerSecond, type GeneratorFigures } from './generator-speed.js';
import type { ScalingFigures } from './scaling.js';
import { spread, succeeded, type RoundFigure } from './rounds.js';
import { networkRatios, throughputRatios, type ThroughputFigures } from './throughput.js';

/**
 * The issue's table (issue 9): each goal, the figure this run measured, and whether it is met.
 * Sections add their rows; a row without a figure says it was not measured, never guesses.
 */

export interface GoalRow {
  what: string;
  figure: string;
  goal: string;
  /** null: not measured in this run. */
  met: boolean | null;
}

export function renderGoals(rows: readonly GoalRow[]): string[] {
  return [
    '| what | measured | goal | met |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) => `| ${r.what} | ${r.figure} | ${r.goal} | ${r.met === null ? 'not measured' : r.met ? 'yes' : 'no'} |`,
    ),
  ];
}

/** Gzipped size of the JavaScript the explorer's page loads before anything else (web/dist, built). */
export async function initialJsGzipKb(): Promise<number | null> {
  const dist = path.join(REPO_ROOT, 'web/dist');
  let html: string;
  try {
    html = await readFile(path.join(dist, 'index.html'), 'utf8');
  } catch {
    return null;
  }
  const scripts = [...html.matchAll(/"(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let bytes = 0;
  for (const script of new Set(scripts)) bytes += gzipSync(await readFile(path.join(dist, script))).length;
  return bytes / 1024;
}

interface Measured {
  /** p50s of the API section, per query: ours, raw Cypher, and whether the two answered alike (sizes). */
  api: {
    name: string;
    ours: number | undefined;
    raw: number | undefined;
    oursP95: number | undefined;
    sameAnswer: boolean;
  }[];
  browser: BrowserFigures | null;
  scaling: ScalingFigures | null;
  generator: GeneratorFigures | null;
  throughput: ThroughputFigures | null;
  initialJsKb: number | null;
}

const fmt = (value: number, unit: string) =>
  `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ${unit}`;

/** The rows of the issue's table from what this run measured. */
export function issueGoals(m: Measured): GoalRow[] {
  const rows: GoalRow[] = [];
  const view = (key: ViewKey) => m.browser?.views.find((v) => v.key === key);
  // A view measured in rounds: its median, and the lowest and highest round beside it.
  const figureOf = (v: ViewFigures, figure: RoundFigure) => {
    const value = v[figure];
    if (value == null) return '–';
    return v.rounds && v.rounds.length > 1 ? `${fmt(value, 'ms')} (${spread(v.rounds, figure)})` : fmt(value, 'ms');
  };
  const howMeasured = (v: ViewFigures) => {
    if (!v.rounds) return '';
    const ok = succeeded(v.rounds).length;
    const failed = v.rounds.length - ok;
    return `median of ${ok} alternated round${ok === 1 ? '' : 's'}${failed ? ` (${failed} of ${v.rounds.length} failed)` : ''}: `;
  };
  // A first picture drawn in two steps: when the second was on screen too.
  const whole = (v: ViewFigures) =>
    v.wholeMs != null && v.paintedMs != null && v.wholeMs - v.paintedMs >= 1 ? `, whole ${figureOf(v, 'wholeMs')}` : '';
  const paint = (what: string, key: ViewKey, softwareKey?: ViewKey) => {
    const v = view(key);
    const software = softwareKey ? view(softwareKey) : undefined;
    rows.push({
      what,
      figure:
        v?.paintedMs != null
          ? `${howMeasured(v)}painted ${figureOf(v, 'paintedMs')} after navigation${whole(v)} (${v.note})${software?.paintedMs != null ? `; in software mode ${figureOf(software, 'paintedMs')}` : ''}`
          : v?.error
            ? `failed: ${v.error}`
            : '–',
      goal: 'painted ≤ 1 s after navigation',
      met: v?.paintedMs != null ? v.paintedMs <= 1000 : v?.error ? false : null,
    });
  };
  paint('Explore default view', 'default', 'default-software');
  paint('a country with ~900 clusters', 'country', 'country-software');
  // The longest of the three views' medians.
  const explore = (['default', 'country', 'budget'] as const).flatMap((key) => view(key)?.longestTaskMs ?? []);
  const longest = explore.length ? Math.max(...explore) : null;
  rows.push({
    what: 'longest main-thread task (the three Explore views, the median of their rounds)',
    figure: longest === null ? '–' : fmt(longest, 'ms'),
    goal: '≤ 200 ms',
    met: longest === null ? null : longest <= 200,
  });
  const fps = m.browser?.fps ?? [];
  // Judged on the renderer the app draws 2k elements with (the country view's), in Chromium's
  // software mode: what a machine without a GPU runs (the other mode emulates a GPU; see browser.ts).
  const appRenderer = view('country')?.renderer;
  const at2k = fps.find((f) => f.name.includes('2k') && f.renderer === appRenderer && f.chromium === 'software');
  rows.push({
    what: 'pan/zoom at 2k visible elements',
    figure: fps.length
      ? fps.map((f) => `${f.name} ${f.renderer} (${f.chromium}) ${f.fps?.toFixed(1) ?? '–'} fps`).join('; ')
      : '–',
    goal: "≥ 30 fps at 2k with the app's renderer, Chromium without a GPU",
    met: at2k?.fps != null ? at2k.fps >= 30 : null,
  });
  const scaled = (name: string, clusters: number) => {
    const t = m.scaling?.sizes.find((s) => s.clusters === clusters)?.timings.get(name);
    return t instanceof Error ? t : t ? t.p50 : undefined;
  };
  const gaps10 = scaled('gaps (default)', 10_000);
  const gaps20 = scaled('gaps (default)', 20_000);
  const gapsText = (v: number | Error | undefined) =>
    v instanceof Error ? 'failed' : v === undefined ? '–' : fmt(v, 'ms');
  rows.push({
    what: 'Gaps default, p50 at 10k / 20k',
    figure: `${gapsText(gaps10)} / ${gapsText(gaps20)}`,
    goal: '≤ 2 s / ≤ 4 s',
    met:
      typeof gaps10 === 'number' && typeof gaps20 === 'number'
        ? gaps10 <= 2000 && gaps20 <= 4000
        : gaps10 instanceof Error || gaps20 instanceof Error
          ? false
          : null,
  });
  // A ratio between two different answers compares two questions: shown, marked, never met.
  const differ = ' (answers differ)';
  const ratios = m.api.filter((a) => a.ours && a.raw);
  rows.push({
    what: 'API ÷ raw Cypher, p50',
    figure: ratios.length
      ? ratios.map((a) => `${a.name} ${(a.ours! / a.raw!).toFixed(1)}×${a.sameAnswer ? '' : differ}`).join(', ')
      : '–',
    goal: '≤ 1.3× each',
    met: ratios.length ? ratios.every((a) => a.sameAnswer && a.ours! / a.raw! <= 1.3) : null,
  });
  const rates = m.throughput ? throughputRatios(m.throughput) : [];
  rows.push({
    what: 'req/s ours ÷ @neo4j/graphql (16 connections)',
    figure: rates.length
      ? rates
          .map(
            (r) =>
              `${r.name} ${r.ratio === undefined ? 'failed' : `${r.ratio.toFixed(2)}×${r.sameAnswer ? '' : differ}`}`,
          )
          .join(', ')
      : '–',
    goal: '≥ 1.5× on every query',
    met: rates.length ? rates.every((r) => r.ratio !== undefined && r.sameAnswer && r.ratio >= 1.5) : null,
  });
  const network = m.throughput?.network ? networkRatios(m.throughput.network) : null;
  rows.push({
    what: '1,500-element network over HTTP ÷ the same JSON from Express (time per request)',
    figure: network
      ? `${network.sameRead.toFixed(2)}× Express running the same read; ${network.fixed.toFixed(1)}× Express sending it as a fixed body`
      : '–',
    goal: '≤ 2×',
    met: network ? network.sameRead <= 2 : null,
  });
  const d1 = m.api.find((a) => a.name === 'neighbourhood d1');
  const d2 = m.api.find((a) => a.name === 'neighbourhood d2');
  const path = m.api.find((a) => a.name === 'shortestPath');
  const p50Text = (value: number | undefined) => (value ? fmt(value, 'ms') : '–');
  rows.push({
    what: '1-hop p50 / 2-hop p50 / path p95 at 10k',
    figure: `${p50Text(d1?.ours)} / ${p50Text(d2?.ours)} / ${p50Text(path?.oursP95)}`,
    goal: '≤ 2 / 15 / 20 ms',
    met: d1?.ours && d2?.ours && path?.oursP95 ? d1.ours <= 2 && d2.ours <= 15 && path.oursP95 <= 20 : null,
  });
  // The generator's own section when it ran; otherwise the sizes the scaling section loaded.
  const speeds = m.generator
    ? [m.generator.speed]
    : (m.scaling?.sizes ?? []).flatMap((s) => (s.speed ? [s.speed] : []));
  const nodesPerS = speeds.map(nodesPerSecond);
  const relsPerS = speeds.map(relationshipsPerSecond);
  rows.push({
    what: 'import (generator, UNWIND batches)',
    figure: speeds.length
      ? `${nodesPerS.map((v) => fmt(v, 'nodes/s')).join(', ')}; ${relsPerS.map((v) => fmt(v, 'rels/s')).join(', ')}` +
        (m.generator
          ? `; this machine's floor (the simplest write): ${fmt(m.generator.floor.cold.nodesPerSecond, 'nodes/s')}, ${fmt(m.generator.floor.cold.relationshipsPerSecond, 'rels/s')} in a fresh JVM, ${fmt(m.generator.floor.warm.nodesPerSecond, 'nodes/s')}, ${fmt(m.generator.floor.warm.relationshipsPerSecond, 'rels/s')} again`
          : '')
      : 'not loaded in this run',
    goal: '≥ 50k nodes/s, ≥ 80k rels/s',
    met: speeds.length ? nodesPerS.every((v) => v >= 50_000) && relsPerS.every((v) => v >= 80_000) : null,
  });
  rows.push({
    what: 'initial JS, gzip',
    figure: m.initialJsKb === null ? '– (web/dist not built)' : fmt(m.initialJsKb, 'KB'),
    goal: '≤ 230 KB',
    met: m.initialJsKb === null ? null : m.initialJsKb <= 230,
  });
  // Issue 13's figure, last: the Map view under the scale issue's budget.
  paint('Map view at 10k (issue 13)', 'map');
  return rows;
}
