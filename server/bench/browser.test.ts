import { describe, expect, it } from 'vitest';
import { renderBrowser, type BrowserFigures, type ViewFigures } from './browser.js';

const country: ViewFigures = {
  key: 'country',
  name: 'a country of 901 clusters',
  url: '/?country=FR',
  paintedMs: 1093,
  wholeMs: 1588,
  longestTaskMs: 104,
  nodes: 372,
  renderer: 'canvas',
  note: '901 clusters',
  rounds: [
    { paintedMs: 1180, wholeMs: 1700, longestTaskMs: 140 },
    { paintedMs: null, wholeMs: null, longestTaskMs: null, error: 'Timeout 180000ms exceeded' },
    { paintedMs: 1021, wholeMs: 1500, longestTaskMs: 90 },
    { paintedMs: 1093, wholeMs: 1588, longestTaskMs: 104 },
  ],
};
const map: ViewFigures = {
  key: 'map',
  name: 'Map view',
  url: '/?view=map',
  paintedMs: 554,
  wholeMs: 554,
  longestTaskMs: 90,
  nodes: 30,
  renderer: 'SVG',
  note: 'the world map',
};
const figures: BrowserFigures = { views: [country, map], fps: [] };

describe('renderBrowser', () => {
  const lines = renderBrowser(figures);
  const row = (name: string) => lines.find((line) => line.startsWith(`| ${name} (`)) ?? '';

  it('gives a view measured in rounds its medians, every round beside them, and how many succeeded', () => {
    expect(row('a country of 901 clusters')).toContain(
      '| median of 3 of 4 rounds | 1,093 ms (1,180 / failed / 1,021 / 1,093) | 1,588 ms (1,700 / failed / 1,500 / 1,588) | 104 ms (140 / failed / 90 / 104) |',
    );
  });

  it('names each round that failed, with its error', () => {
    expect(lines).toContain('- a country of 901 clusters, round 2: Timeout 180000ms exceeded');
  });

  it('says that a view without rounds was loaded once', () => {
    expect(row('Map view')).toContain('| one load | 554 ms | 554 ms | 90 ms |');
  });
});
