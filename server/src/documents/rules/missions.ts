import { factConfidence, type FACT_CONFIDENCE } from '../confidence.js';
import type { DateMention } from '../dates.js';
import { distinctParties, party, regionIds, type Reading } from '../reading.js';
import type { Candidate, CandidateParty, Span } from '../types.js';

/**
 * Missions, visits and trips: a sentence with a mission word and a date states one; several
 * dates in it state several ("the first 20-24 February to the UAE and the second 20-24 March to
 * Singapore"), each taking the places and organisations nearest to it. A year alone beside more
 * precise dates is their context, not a mission of its own. A day or month without a year ("our
 * mission to New York in May") still states a mission, proposed undated, unless the sentence
 * dates one with a year. Sentences after it that visit or meet
 * without a date of their own ("First, we will land in Toronto… meet the Digital Transformation
 * Super Cluster") add to it. Status: planned when the text speaks of it in the future or it falls
 * after the document's date; SME counts from "12 … SMEs".
 */

const MISSION = /\b(missions?|visit(s|ed|ing)?|trips?|delegations?|went on|travel(l?ed|s)?|attended|had a meeting)\b/i;
const CONTINUES = /\b(visit(s|ed|ing)?|meet|met|meeting|land in|fly to|hosted|attended)\b/i;
const NEGATED = /\b(not yet|has not|have not|never|no mission)\b/i;
const FUTURE = /\b(will|is organi[sz]ing|are organi[sz]ing|intends? to|plans? to|to take place|going to)\b/i;
const MET = /\b(meet|met|meeting|with|hosted by)\b[^.;]{0,40}$/i;
const SMES =
  /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+){0,6}?(SMEs|companies|enterprises)\b/iu;
const NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

export function findMissions(reading: Reading, options: { publishedOn?: string }): Candidate[] {
  const candidates: Candidate[] = [];
  /** Each candidate's date as written, so that a title's "in November" and the text's "6-11 November" compare. */
  const dateKeys = new Map<Candidate, string>();
  let last: { candidate: Candidate; paragraph: number } | undefined;
  for (const sentence of reading.sentences) {
    const isMission = MISSION.test(sentence.text) && !NEGATED.test(sentence.text);
    const dates = missionDates(reading.datesIn(sentence));
    if (isMission && dates.length > 0) {
      const orgs = reading.organisationsIn(sentence);
      const places = reading.placesIn(sentence);
      for (const date of dates) {
        const nearest = (item: Span) => nearestDate(item, dates) === date;
        const parties = distinctParties(
          orgs
            .filter(nearest)
            .map((o) => party(o, MET.test(reading.text.slice(sentence.start, o.start)) ? 'MET' : 'PARTICIPANT')),
        );
        const near = places.filter(nearest);
        const where = [...new Set(near.map((p) => p.place.name))];
        const deductions: (keyof typeof FACT_CONFIDENCE)[] = [];
        if (!date.startsOn) deductions.push('yearNotStated');
        if (date.yearFromSentence) deductions.push('yearFromSentence');
        if (where.length === 0 && parties.length === 0) deductions.push('missingParties');
        if (parties.some((p) => !p.match)) deductions.push('newParty');
        const sme = SMES.exec(sentence.text);
        const planned =
          FUTURE.test(sentence.text) ||
          (options.publishedOn !== undefined &&
            date.startsOn !== undefined &&
            date.startsOn > options.publishedOn &&
            !date.startsOn.startsWith(options.publishedOn));
        const candidate: Candidate = {
          kind: 'MISSION',
          name: `Mission${where.length > 0 ? ` to ${where.join(' and ')}` : ''}${parties.length > 0 ? ` (${parties.map((p) => p.name).join(', ')})` : ''}`,
          parties,
          ...(date.startsOn ? { startsOn: date.startsOn } : {}),
          ...(date.endsOn ? { endsOn: date.endsOn } : {}),
          places: where,
          placeIds: regionIds(near),
          missionStatus: planned ? 'PLANNED' : 'DONE',
          ...(sme ? { smeCount: count(sme[1]!) } : {}),
          ...reading.excerpt(sentence),
          confidence: factConfidence(deductions),
          reasons: [
            `"${MISSION.exec(sentence.text)?.[0]}" with a date`,
            ...(date.startsOn ? [] : [`undated: "${reading.text.slice(date.start, date.end)}" gives no year`]),
            planned ? 'planned: future tense or after the document' : 'done',
          ],
        };
        candidates.push(candidate);
        dateKeys.set(candidate, date.startsOn ?? date.withoutYear!);
        last = { candidate, paragraph: sentence.paragraph };
      }
      continue;
    }
    if (last && CONTINUES.test(sentence.text) && dates.length === 0 && sentence.paragraph - last.paragraph <= 4) {
      extend(last.candidate, reading, sentence);
    }
  }
  return mergeSameMission(candidates, dateKeys);
}

/**
 * The dates that state missions: those more precise than a year when the sentence has any (a year
 * beside them is their context), else its years, else the days and months it gives without a year.
 */
function missionDates(dates: DateMention[]): DateMention[] {
  const dated = dates.filter((d) => d.startsOn !== undefined);
  if (dated.length === 0) return dates;
  const precise = dated.filter((d) => d.startsOn!.length > 4);
  return precise.length > 0 ? precise : dated;
}

/** The date a mention is nearest to, by the gap between them ("the mission to X in September"). */
function nearestDate(item: Span, dates: DateMention[]): DateMention | undefined {
  const gap = (date: DateMention) => Math.max(0, item.start - date.end, date.start - item.end);
  let best: DateMention | undefined;
  for (const date of dates) if (best === undefined || gap(date) < gap(best)) best = date;
  return best;
}

/** A following sentence adds where the mission went and whom it met. */
function extend(candidate: Candidate, reading: Reading, sentence: { start: number; end: number; text: string }): void {
  for (const place of reading.placesIn(sentence)) {
    if (!candidate.places.includes(place.place.name)) candidate.places.push(place.place.name);
    for (const id of regionIds([place])) if (!candidate.placeIds.includes(id)) candidate.placeIds.push(id);
  }
  const met: CandidateParty[] = reading.organisationsIn(sentence).map((o) => party(o, 'MET'));
  candidate.parties = distinctParties([...candidate.parties, ...met]);
}

/**
 * The same mission announced twice (a title, then the text) is one, kept at its most precise date:
 * same places and one date the other's prefix, a dated one never merged with one without a year.
 */
function mergeSameMission(candidates: Candidate[], dateKeys: Map<Candidate, string>): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const key = dateKeys.get(candidate)!;
    const same = kept.find((k) => {
      const other = dateKeys.get(k)!;
      return (
        (other.startsWith(key) || key.startsWith(other)) &&
        (k.endsOn ?? candidate.endsOn) === (candidate.endsOn ?? k.endsOn) &&
        k.places.some((p) => candidate.places.includes(p))
      );
    });
    if (!same) {
      kept.push(candidate);
      continue;
    }
    const precise = key.length > dateKeys.get(same)!.length ? candidate : same;
    const other = precise === candidate ? same : candidate;
    const merged: Candidate = {
      ...precise,
      places: [...new Set([...precise.places, ...other.places])],
      placeIds: [...new Set([...precise.placeIds, ...other.placeIds])],
      parties: distinctParties([...precise.parties, ...other.parties]),
      ...((precise.smeCount ?? other.smeCount) ? { smeCount: (precise.smeCount ?? other.smeCount)! } : {}),
    };
    kept[kept.indexOf(same)] = merged;
    dateKeys.set(merged, dateKeys.get(precise)!);
  }
  return kept;
}

function count(word: string): number {
  const n = Number(word);
  return Number.isNaN(n) ? NUMBERS.indexOf(word.toLowerCase()) : n;
}
