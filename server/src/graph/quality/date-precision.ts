/**
 * The rule "a date is stored at the precision its excerpt gives, never more", checked on text: a
 * fact's date is supported when one excerpt citing the fact names its year, and, for a month or a
 * day, that month (by name, English or French) and that day. "From the 06th to the 11th of
 * November" supports no date at all: it has no year.
 *
 * A textual check, so it can be fooled by a year that the excerpt gives for something else; it
 * catches what matters here, a year, month or day that no excerpt states (an invented date).
 */

const MONTH_NAMES = [
  ['january', 'jan', 'janvier'],
  ['february', 'feb', 'février', 'fevrier'],
  ['march', 'mar', 'mars'],
  ['april', 'apr', 'avril'],
  ['may', 'mai'],
  ['june', 'jun', 'juin'],
  ['july', 'jul', 'juillet'],
  ['august', 'aug', 'août', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'décembre', 'decembre'],
] as const;

/** What a date names: "2018" a year, "2018-06" a month, "2018-06-27" a day. */
type Precision = 'year' | 'month' | 'day';

export interface DatedFact {
  label: string;
  id: string;
  /** Field name to partial date ("2017-01-31") or year (2006). */
  dates: Record<string, string | number | null>;
  excerpts: string[];
}

export interface UnsupportedDate {
  label: string;
  id: string;
  field: string;
  date: string;
  /** The finest part of the date that no excerpt gives. */
  missing: Precision;
}

const words = (text: string) => text.toLowerCase().normalize('NFC');

function namesMonth(excerpt: string, month: number): boolean {
  const names = MONTH_NAMES[month - 1] ?? [];
  const numeric = String(month).padStart(2, '0');
  return (
    names.some((name) => new RegExp(`(^|[^\\p{L}])${name}($|[^\\p{L}])`, 'u').test(excerpt)) ||
    // Numeric dates such as 04/02/2019 or 2019-02-04.
    new RegExp(`(^|\\D)${numeric}[/.-]\\d{4}|\\d{4}-${numeric}(\\D|$)`).test(excerpt)
  );
}

function namesDay(excerpt: string, day: number): boolean {
  return new RegExp(`(^|\\D)0?${day}(st|nd|rd|th|er)?(\\D|$)`).test(excerpt);
}

/** The finest part of `date` that `excerpt` does not give, or null when it gives them all. */
export function missingPart(date: string, excerpt: string): Precision | null {
  const [year, month, day] = date.split('-');
  const text = words(excerpt);
  if (!year || !new RegExp(`(^|\\D)${year}(\\D|$)`).test(text)) return 'year';
  if (month && !namesMonth(text, Number(month))) return 'month';
  if (day && !namesDay(text, Number(day))) return 'day';
  return null;
}

/** The dates of a fact that none of its excerpts supports at their precision. */
export function unsupportedDates(fact: DatedFact): UnsupportedDate[] {
  const problems: UnsupportedDate[] = [];
  for (const [field, value] of Object.entries(fact.dates)) {
    if (value === null || value === undefined) continue;
    const date = String(value);
    const missing = fact.excerpts.map((excerpt) => missingPart(date, excerpt));
    if (missing.includes(null)) continue;
    // Report the coarsest miss among the excerpts' best attempts: the part that no excerpt reaches.
    const order: Precision[] = ['year', 'month', 'day'];
    const best = missing.reduce<Precision>(
      (finest, part) => (part && order.indexOf(part) > order.indexOf(finest) ? part : finest),
      'year',
    );
    problems.push({ label: fact.label, id: fact.id, field, date, missing: best });
  }
  return problems;
}
