/**
 * A browser view measured in rounds. One load of a view swung ±20 % from run to run (the default
 * view read 970, 1,142 and 1,392 ms in three runs of the same code, 7 December), so a view's figure
 * is the median of its rounds, with the rounds beside it.
 */

/** One load of a view: its figures, or why it failed. */
export interface Round {
  paintedMs: number | null;
  wholeMs: number | null;
  longestTaskMs: number | null;
  error?: string;
}

export type RoundFigure = 'paintedMs' | 'wholeMs' | 'longestTaskMs';

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const succeeded = (rounds: readonly Round[]): Round[] => rounds.filter((r) => r.error === undefined);

const valuesOf = (rounds: readonly Round[], figure: RoundFigure): number[] =>
  succeeded(rounds).flatMap((r) => r[figure] ?? []);

/** Per figure, the median of the rounds that succeeded. */
export function medians(rounds: readonly Round[]): Record<RoundFigure, number | null> {
  return {
    paintedMs: median(valuesOf(rounds, 'paintedMs')),
    wholeMs: median(valuesOf(rounds, 'wholeMs')),
    longestTaskMs: median(valuesOf(rounds, 'longestTaskMs')),
  };
}

export const milliseconds = (value: number): string => Math.round(value).toLocaleString('en');

/** Every round's figure in the order measured: "1,180 / failed / 1,093". */
export function eachRound(rounds: readonly Round[], figure: RoundFigure): string {
  return rounds
    .map((r) => {
      const value = r[figure];
      return r.error !== undefined ? 'failed' : value === null ? '–' : milliseconds(value);
    })
    .join(' / ');
}

/** The lowest and the highest figure of the rounds that succeeded: "1,021–1,180". */
export function spread(rounds: readonly Round[], figure: RoundFigure): string {
  const values = valuesOf(rounds, figure);
  if (values.length === 0) return '–';
  const [low, high] = [milliseconds(Math.min(...values)), milliseconds(Math.max(...values))];
  return low === high ? low : `${low}–${high}`;
}
