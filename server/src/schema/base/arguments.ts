import { badInput } from '../../errors.js';

/**
 * Argument checks shared by the modules: every list and hop argument is capped, every bad value
 * gets BAD_USER_INPUT with a message that says what to send instead.
 */

export const MAX_PAGE = 200;
export const MAX_FILTER_VALUES = 200;
export const MAX_TEXT = 200;

/** A page size in 0..max; null (sent explicitly) means the default. */
export function pageSize(
  value: number | null | undefined,
  options: { field: string; fallback: number; max: number },
): number {
  if (value === null || value === undefined) return options.fallback;
  if (!Number.isInteger(value) || value < 0 || value > options.max) {
    throw badInput(
      `\`${options.field}\` must be between 0 and ${options.max}; page with \`after\` for more.`,
      options.field,
    );
  }
  return value;
}

/** An integer in min..max (hops, depth); null means the default. */
export function intInRange(
  value: number | null | undefined,
  options: { field: string; fallback: number; min: number; max: number },
): number {
  if (value === null || value === undefined) return options.fallback;
  if (value < options.min || value > options.max) {
    throw badInput(`\`${options.field}\` must be between ${options.min} and ${options.max}.`, options.field);
  }
  return value;
}

/** A filter list: null or empty means "any"; capped in length. */
export function list<T>(values: readonly T[] | null | undefined, field: string): T[] | null {
  if (!values || values.length === 0) return null;
  if (values.length > MAX_FILTER_VALUES)
    throw badInput(`\`${field}\` takes at most ${MAX_FILTER_VALUES} values.`, field);
  return [...values];
}

/** ISO 3166-1 alpha-2 codes, any case, as the upper-case codes the graph stores. */
export function countryCodes(values: readonly string[] | null | undefined, field: string): string[] | null {
  const codes = list(values, field);
  if (!codes) return null;
  return codes.map((code) => {
    if (!/^[A-Za-z]{2}$/.test(code))
      throw badInput(
        `\`${field}\`: "${code.slice(0, 20)}" is not an ISO 3166-1 alpha-2 country code; use two letters such as CA or FR.`,
        field,
      );
    return code.toUpperCase();
  });
}

/** A year range: each year in 1000..9999 and from ≤ to. */
export function yearRange(
  from: number | null | undefined,
  to: number | null | undefined,
): { fromYear: number | null; toYear: number | null } {
  for (const [field, year] of [
    ['fromYear', from],
    ['toYear', to],
  ] as const) {
    if (year !== null && year !== undefined && (year < 1000 || year > 9999))
      throw badInput(`\`${field}\` must be a four-digit year.`, field);
  }
  if (from != null && to != null && from > to)
    throw badInput('`fromYear` is after `toYear`: swap them or widen the range.', 'fromYear');
  return { fromYear: from ?? null, toYear: to ?? null };
}

/** Free text: at most MAX_TEXT characters; blank means none. */
export function text(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (value.length > MAX_TEXT) throw badInput(`\`${field}\` is longer than ${MAX_TEXT} characters: shorten it.`, field);
  return value;
}
