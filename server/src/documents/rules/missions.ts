import { factConfidence, type FACT_CONFIDENCE } from '../confidence.js';
import type { DateMention } from '../dates.js';
import { distinctParties, party, type Reading } from '../reading.js';
import type { Candidate, CandidateParty } from '../types.js';

/**
 * Missions, visits and trips: a sentence with a mission word and a date states one; several
 * dates in it state several ("the first 20-24 February to the UAE and the second 20-24 March to
 * Singapore"), each taking the places and organisations nearest to it. A year alone beside more
 * precise dates is their context, not a mission of its own. Sentences after it that visit or meet
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
  let last: { candidate: Candidate; paragraph: number } | undefined;
  for (const sentence of reading.sentences) {
    const isMission = MISSION.test(sentence.text) && !NEGATED.test(sentence.text);
    let dates = reading.datesIn(sentence);
    if (dates.some((d) => d.startsOn.length > 4)) dates = dates.filter((d) => d.startsOn.length > 4);
    if (isMission && dates.length > 0) {
      const orgs = reading.organisationsIn(sentence);
      const places = reading.placesIn(sentence);
      for (const date of dates) {
        const nearest = <T extends { start: number }>(item: T) => nearestDate(item.start, dates) === date;
        const parties = distinctParties(
          orgs
            .filter(nearest)
            .map((o) => party(o, MET.test(reading.text.slice(sentence.start, o.start)) ? 'MET' : 'PARTICIPANT')),
        );
        const near = places.filter(nearest);
        const where = [...new Set(near.map((p) => p.place.name))];
        const deductions: (keyof typeof FACT_CONFIDENCE)[] = [];
        if (date.year !== 'stated') deductions.push('borrowedYear');
        if (where.length === 0 && parties.length === 0) deductions.push('missingParties');
        if (parties.some((p) => !p.match)) deductions.push('newParty');
        const sme = SMES.exec(sentence.text);
        const planned =
          FUTURE.test(sentence.text) ||
          (options.publishedOn !== undefined &&
            date.startsOn > options.publishedOn &&
            !date.startsOn.startsWith(options.publishedOn));
        const candidate: Candidate = {
          kind: 'MISSION',
          name: `Mission${where.length > 0 ? ` to ${where.join(' and ')}` : ''}${parties.length > 0 ? ` (${parties.map((p) => p.name).join(', ')})` : ''}`,
          parties,
          startsOn: date.startsOn,
          ...(date.endsOn ? { endsOn: date.endsOn } : {}),
          places: where,
          placeIds: [...new Set(near.flatMap((p) => (p.place.id ? [p.place.id] : [])))],
          missionStatus: planned ? 'PLANNED' : 'DONE',
          ...(sme ? { smeCount: count(sme[1]!) } : {}),
          ...reading.excerpt(sentence),
          confidence: factConfidence(deductions),
          reasons: [
            `"${MISSION.exec(sentence.text)?.[0]}" with a date`,
            planned ? 'planned: future tense or after the document' : 'done',
          ],
        };
        candidates.push(candidate);
        last = { candidate, paragraph: sentence.paragraph };
      }
      continue;
    }
    if (last && CONTINUES.test(sentence.text) && dates.length === 0 && sentence.paragraph - last.paragraph <= 4) {
      extend(last.candidate, reading, sentence);
    }
  }
  return mergeSameMission(candidates);
}

function nearestDate(at: number, dates: DateMention[]): DateMention | undefined {
  let best: DateMention | undefined;
  for (const date of dates) {
    const distance = Math.min(Math.abs(at - date.start), Math.abs(at - date.end));
    const bestDistance = best ? Math.min(Math.abs(at - best.start), Math.abs(at - best.end)) : Infinity;
    if (distance < bestDistance) best = date;
  }
  return best;
}

/** A following sentence adds where the mission went and whom it met. */
function extend(candidate: Candidate, reading: Reading, sentence: { start: number; end: number; text: string }): void {
  for (const place of reading.placesIn(sentence)) {
    if (!candidate.places.includes(place.place.name)) candidate.places.push(place.place.name);
    if (place.place.id && !candidate.placeIds.includes(place.place.id)) candidate.placeIds.push(place.place.id);
  }
  const met: CandidateParty[] = reading.organisationsIn(sentence).map((o) => party(o, 'MET'));
  candidate.parties = distinctParties([...candidate.parties, ...met]);
}

/** The same mission announced twice (a title, then the text) is one, kept at its most precise date. */
function mergeSameMission(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const same = kept.find(
      (k) =>
        (k.startsOn!.startsWith(candidate.startsOn!) || candidate.startsOn!.startsWith(k.startsOn!)) &&
        (k.endsOn ?? candidate.endsOn) === (candidate.endsOn ?? k.endsOn) &&
        k.places.some((p) => candidate.places.includes(p)),
    );
    if (!same) {
      kept.push(candidate);
      continue;
    }
    const precise = candidate.startsOn!.length > same.startsOn!.length ? candidate : same;
    const other = precise === candidate ? same : candidate;
    const merged: Candidate = {
      ...precise,
      places: [...new Set([...precise.places, ...other.places])],
      placeIds: [...new Set([...precise.placeIds, ...other.placeIds])],
      parties: distinctParties([...precise.parties, ...other.parties]),
      ...((precise.smeCount ?? other.smeCount) ? { smeCount: (precise.smeCount ?? other.smeCount)! } : {}),
    };
    kept[kept.indexOf(same)] = merged;
  }
  return kept;
}

function count(word: string): number {
  const n = Number(word);
  return Number.isNaN(n) ? NUMBERS.indexOf(word.toLowerCase()) : n;
}
