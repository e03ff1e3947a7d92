import { regionIds, type Reading } from '../reading.js';
import type { Candidate } from '../types.js';

/**
 * Events: a capitalised name ending in an event word ("World Petroleum Congress", "Business
 * Connection Forum Albany 2017", "International Aeronautic Week"), with the date of its sentence
 * and the places named in it.
 */

const EVENT =
  /(?:\d+(?:st|nd|rd|th)\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){1,6}(?:Congress|Conference|Forum|Week|Summit|Fair|Expo|Symposium|Show|Days)(?:\s+(?:on|of|for|in)\s+(?:[\p{Lu}][\p{L}'’-]*\s*){1,4})?(?:\s+[\p{Lu}][\p{L}]+)?(?:\s+\d{4})?/gu;

export function findEvents(reading: Reading): Candidate[] {
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const sentence of reading.sentences) {
    EVENT.lastIndex = 0;
    for (let m = EVENT.exec(sentence.text); m; m = EVENT.exec(sentence.text)) {
      const name = m[0].trim().replace(/^(The|the|In|At|During)\s+/, '');
      if (seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      const date = reading.datesIn(sentence).find((d) => d.startsOn);
      candidates.push({
        kind: 'EVENT',
        name,
        parties: [],
        ...(date?.startsOn ? { startsOn: date.startsOn, ...(date.endsOn ? { endsOn: date.endsOn } : {}) } : {}),
        places: [...new Set(reading.placesIn(sentence).map((p) => p.place.name))],
        placeIds: regionIds(reading.placesIn(sentence)),
        ...reading.excerpt(sentence),
        confidence: date ? 0.7 : 0.55,
        reasons: [`"${name}" ends in an event word`],
      });
    }
  }
  return candidates;
}
