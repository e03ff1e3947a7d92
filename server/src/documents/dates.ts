import type { Span } from './types.js';

/**
 * Dates as the text gives them, at exactly its precision: "2007" stays a year, "February 2017" a
 * month, "31 January 2017" a day. A day or month written without a year takes the year the same
 * sentence states, else the document's own year (a news item's "in May" is May of its year); with
 * neither it is no date at all, because a day and month without a year is not one.
 */

export interface DateMention extends Span {
  startsOn: string;
  endsOn?: string;
  /** Where the year came from; a borrowed year lowers a candidate's confidence. */
  year: 'stated' | 'sentence' | 'document';
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
export function findDates(sentence: string, options: { offset: number; documentYear?: string }): DateMention[] {
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
  const stated = found.map((f) => f.parts.year).find((year) => year !== undefined);
  const mentions: DateMention[] = [];
  for (const { span, parts } of found.sort((a, b) => a.span.start - b.span.start)) {
    const year = parts.year ?? stated ?? options.documentYear;
    if (year === undefined) continue;
    const source = parts.year !== undefined ? 'stated' : stated !== undefined ? 'sentence' : 'document';
    const startsOn = partialDate(year, parts.month, parts.day);
    if (startsOn === null) continue;
    const endsOn = parts.endDay === undefined ? null : partialDate(year, parts.endMonth, parts.endDay);
    mentions.push({
      start: options.offset + span.start,
      end: options.offset + span.end,
      startsOn,
      ...(endsOn === null ? {} : { endsOn }),
      year: source,
    });
  }
  return mentions;
}

function partialDate(year: string, month?: string, day?: string): string | null {
  if (month === undefined) return year;
  const index = MONTHS.findIndex((name) => name.slice(0, 3) === month.slice(0, 3));
  if (index < 0) return null;
  const mm = String(index + 1).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const dd = Number(day);
  if (dd < 1 || dd > 31) return null;
  return `${year}-${mm}-${String(dd).padStart(2, '0')}`;
}

/** Years in web addresses and file names ("/2014/04/") are not dates the text states. */
function insideAddress(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  const word = before.slice(before.search(/\S*$/));
  return /https?:|www\.|\//.test(word);
}
