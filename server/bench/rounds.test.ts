import { describe, expect, it } from 'vitest';
import { eachRound, median, medians, spread, type Round } from './rounds.js';

const round = (paintedMs: number, wholeMs = paintedMs, longestTaskMs = 100): Round => ({
  paintedMs,
  wholeMs,
  longestTaskMs,
});
const failed: Round = { paintedMs: null, wholeMs: null, longestTaskMs: null, error: 'Timeout 180000ms exceeded' };

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([1180, 1021, 1093])).toBe(1093);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([1180, 1021])).toBe(1100.5);
  });

  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });
});

describe('a view measured in rounds', () => {
  const rounds = [round(1180, 1700, 140), failed, round(1021, 1500, 90), round(1093, 1588, 120)];

  it('takes each median of the rounds that succeeded only', () => {
    expect(medians(rounds)).toEqual({ paintedMs: 1093, wholeMs: 1588, longestTaskMs: 120 });
  });

  it('shows every round in the order measured, a failed one as failed', () => {
    expect(eachRound(rounds, 'paintedMs')).toBe('1,180 / failed / 1,021 / 1,093');
  });

  it('gives the lowest and the highest round that succeeded', () => {
    expect(spread(rounds, 'paintedMs')).toBe('1,021–1,180');
    expect(spread([round(1000.2), round(999.9)], 'paintedMs')).toBe('1,000');
    expect(spread([failed], 'paintedMs')).toBe('–');
  });
});
