import { describe, expect, it } from 'vitest';
import type { BrowserFigures, ViewFigures } from './browser.js';
import { issueGoals } from './goals.js';

const explore = (key: ViewFigures['key'], rounds: NonNullable<ViewFigures['rounds']>, medians: number[]) => ({
  key,
  name: key,
  url: '/',
  paintedMs: medians[0]!,
  wholeMs: medians[1]!,
  longestTaskMs: medians[2]!,
  nodes: 30,
  renderer: 'canvas',
  note: 'what it shows',
  rounds,
});

const browser: BrowserFigures = {
  views: [
    explore(
      'default',
      [
        { paintedMs: 1180, wholeMs: 1180, longestTaskMs: 140 },
        { paintedMs: 930, wholeMs: 930, longestTaskMs: 90 },
        { paintedMs: 990, wholeMs: 990, longestTaskMs: 120 },
      ],
      [990, 990, 120],
    ),
    explore(
      'country',
      [
        { paintedMs: 1021, wholeMs: 1500, longestTaskMs: 90 },
        { paintedMs: null, wholeMs: null, longestTaskMs: null, error: 'Timeout' },
        { paintedMs: 1165, wholeMs: 1676, longestTaskMs: 230 },
      ],
      [1093, 1588, 160],
    ),
  ],
  fps: [],
};

const goals = issueGoals({
  api: [],
  browser,
  scaling: null,
  generator: null,
  throughput: null,
  initialJsKb: null,
});
const goal = (what: string) => goals.find((g) => g.what.startsWith(what));

describe('the browser goals', () => {
  it('read the median of the alternated rounds, with the lowest and highest round beside it', () => {
    expect(goal('Explore default view')).toMatchObject({
      figure: 'median of 3 alternated rounds: painted 990 ms (930–1,180) after navigation (what it shows)',
      met: true,
    });
  });

  it('say how many rounds the median is of when one failed, and show the whole picture', () => {
    expect(goal('a country with ~900 clusters')).toMatchObject({
      figure:
        'median of 2 alternated rounds (1 of 3 failed): painted 1,093 ms (1,021–1,165) after navigation, whole 1,588 ms (1,500–1,676) (what it shows)',
      met: false,
    });
  });

  it("judge the longest task on the views' medians, not on their slowest round", () => {
    expect(goal('longest main-thread task')).toMatchObject({ figure: '160 ms', met: true });
  });
});
