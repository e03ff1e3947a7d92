/**
 * Partial dates: ISO 8601 of reduced precision ("2007", "2018-06", "2017-01-31"). Sources often
 * give only a year or a month; we keep exactly what they say and never invent a day.
 */

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Parses a partial date, or returns null with no exception for anything that is not one. */
export function parsePartialDate(value: string): PartialDate | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  // Four digits from 1000 on, as the year filters take: "0000" is a typo, not a date in antiquity.
  if (year < 1000) return null;
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/** The year of a partial date, or null when the value is not one. */
export function yearOf(value: string): number | null {
  return parsePartialDate(value)?.year ?? null;
}

/**
 * Orders two partial dates by their earliest possible instants, so "2018" < "2018-06" only when
 * the months differ: "2018" and "2018-06" compare equal to the precision they share (0).
 */
export function comparePartialDates(a: string, b: string): number {
  const left = parsePartialDate(a);
  const right = parsePartialDate(b);
  if (!left || !right) throw new RangeError(`not a partial date: ${left ? b : a}`);
  const parts: (keyof PartialDate)[] = ['year', 'month', 'day'];
  for (const part of parts) {
    const l = left[part];
    const r = right[part];
    if (l === undefined || r === undefined) return 0;
    if (l !== r) return l - r;
  }
  return 0;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
