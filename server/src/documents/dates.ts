import type { Span } from './types.js';

/**
 * Dates as the text gives them, at exactly its precision: "2007" stays a year, "February 2017" a
 * month, "31 January 2017" a day, "29 May-2 June 2023" a range whose year covers both ends. A day
 * or month written without a year takes a year only from the sentence that frames it, when that
 * sentence states one year before it and no other ("during the first 6 months of 2023, the first
 * one took place 20-24 February"). Otherwise it is found, so that the fact it dates is still read,
 * but it carries no date: the document's own date or another sentence's year may be another
 * year, and a day and month without a year is not a date.
 */

export interface DateMention extends Span {
  /** The partial date; absent when the text gives no year for it. */
  startsOn?: string;
  endsOn?: string;
  /** A day or month given without a year, as "--MM" or "--MM-DD": compares two mentions, never stored. */
  withoutYear?: string;
  /** The year is the one the sentence states before this day or month. */
  yearFromSentence?: true;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH = `(${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
const DAY = `(\\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = `((?:19|20)\\d{2})`;
const TO = `\\s*(?:-|–|—|to|until|till)\\s*`;

/** The forms, most specific first; the first that matches a stretch of text wins it. */
const FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => Parts }[] = [
  {
    // "29 May-2 June 2023", "20-24 February 2023", "from the 06th to the 11th of November"
    pattern: new RegExp(
      `(?:the\\s+)?${DAY}(?:\\s+(?:of\\s+)?${MONTH})?${TO}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`,
      'g',
    ),
    read: (m) => ({ day: m[1], month: m[2] ?? m[4], year: m[5], endDay: m[3], endMonth: m[4] }),
  },
  {
    // "June 27, 2013", "October 30th, 2016"
    pattern: new RegExp(`${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'g'),
    read: (m) => ({ month: m[1], day: m[2], year: m[3] }),
  },
  {
    // "31 January 2017", "27 April, 2017"
    pattern: new RegExp(`${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, 'g'),
    read: (m) => ({ day: m[1], month: m[2], year: m[3] }),
  },
  {
    // "February 2017", "June, 2018"
    pattern: new RegExp(`${MONTH},?\\s+${YEAR}`, 'g'),
    read: (m) => ({ month: m[1], year: m[2] }),
  },
  {
    // "in May": a month alone only after a preposition, so that the verb "may" is never a date
    pattern: new RegExp(`(?<=\\b(?:in|since|until|during|from|of|early|late|mid)\\s+)${MONTH}\\b(?!\\s*\\d)`, 'g'),
    read: (m) => ({ month: m[1] }),
  },
  {
    // "2007"; not a page number, a reference or part of a web address
    pattern: new RegExp(`(?<![\\d/.\\w-])${YEAR}(?![\\d/])`, 'g'),
    read: (m) => ({ year: m[1] }),
  },
];

interface Parts {
  year?: string | undefined;
  month?: string | undefined;
  day?: string | undefined;
  endMonth?: string | undefined;
  endDay?: string | undefined;
}

/** Every date in a sentence, with offsets into the document (the sentence starts at `offset`). */
export function findDates(sentence: string, options: { offset: number }): DateMention[] {
  const taken: Span[] = [];
  const found: { span: Span; parts: Parts }[] = [];
  for (const form of FORMS) {
    form.pattern.lastIndex = 0;
    for (let m = form.pattern.exec(sentence); m; m = form.pattern.exec(sentence)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
      if (insideAddress(sentence, span.start)) continue;
      taken.push(span);
      found.push({ span, parts: form.read(m) });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  const years = new Set(found.flatMap((f) => (f.parts.year ? [f.parts.year] : [])));
  const framing = years.size === 1 ? found.find((f) => f.parts.year) : undefined;
  const mentions: DateMention[] = [];
  for (const { span, parts } of found) {
    if (!isCalendarDate(parts.month, parts.day) || !isCalendarDate(parts.endMonth, parts.endDay)) continue;
    const at = { start: options.offset + span.start, end: options.offset + span.end };
    const fromSentence = parts.year === undefined && framing !== undefined && framing.span.end <= span.start;
    const year = parts.year ?? (fromSentence ? framing.parts.year : undefined);
    if (year === undefined) {
      mentions.push({ ...at, withoutYear: partialDate('-', parts.month, parts.day) });
      continue;
    }
    mentions.push({
      ...at,
      startsOn: partialDate(year, parts.month, parts.day),
      ...(parts.endDay === undefined ? {} : { endsOn: partialDate(year, parts.endMonth, parts.endDay) }),
      ...(fromSentence ? { yearFromSentence: true as const } : {}),
    });
  }
  return mentions;
}

function monthIndex(month: string): number {
  return MONTHS.findIndex((name) => name.slice(0, 3) === month.slice(0, 3));
}

function isCalendarDate(month?: string, day?: string): boolean {
  if (month !== undefined && monthIndex(month) < 0) return false;
  return day === undefined || (Number(day) >= 1 && Number(day) <= 31);
}

function partialDate(year: string, month?: string, day?: string): string {
  if (month === undefined) return year;
  const mm = String(monthIndex(month) + 1).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  return `${year}-${mm}-${day.padStart(2, '0')}`;
}

/** Years in web addresses and file names ("/2014/04/") are not dates the text states. */
function insideAddress(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  const word = before.slice(before.search(/\S*$/));
  return /https?:|www\.|\//.test(word);
}
