import { factConfidence, type FACT_CONFIDENCE } from '../confidence.js';
import { distinctParties, party, type Reading } from '../reading.js';
import type { Candidate } from '../types.js';

/**
 * Partnership memberships: a sentence that lists members ("gathers four European clusters:",
 * "The consortium consists of five partners:", "the 5 European clusters members,", "13 partners
 * including") makes the organisations after the cue members of the partnership that the
 * paragraph is about: the name it opens with (quoted or capitalised), else the nearest
 * partnership, project or consortium named before.
 */

const MEMBERS =
  /\b(gathers|composed of|consists of|comprises|brings together|members?|partners|clusters)\b(?:\s+[\p{L}\d-]+){0,3}?\s*(?:[:;,]|\bincluding\b)/iu;
const OPENING =
  /^[\s\-–•■oO]*(?:["“]([^"”]{2,80})["”]|((?:[\p{Lu}\d][\p{L}\d'’.-]*)(?:\s+[\p{Lu}\d][\p{L}\d'’.-]*){0,5}))/u;
const PROGRAMME_NAME =
  /\b(?:the\s+)?((?:[\p{Lu}][\p{L}\d.-]*\s+){0,3}[\p{Lu}\d][\p{L}\d.-]*)\s+(?:project|partnership|consortium|network|ESCP)\b/gu;
const GENERIC = /^(The|This|These|A|An|It|In|As|EU|European)$/;

export function findMemberships(reading: Reading): Candidate[] {
  const candidates: Candidate[] = [];
  reading.sentences.forEach((sentence, index) => {
    const cue = MEMBERS.exec(sentence.text);
    if (!cue) return;
    const from = sentence.start + cue.index + cue[0].length;
    const members = reading.organisationsIn({ start: from, end: sentence.end });
    if (members.length < 2) return;
    const name = partnershipName(reading, index);
    if (!name) return;
    const deductions: (keyof typeof FACT_CONFIDENCE)[] = [];
    if (!name.inSentence) deductions.push('fromContext');
    if (members.some((m) => !m.match)) deductions.push('newParty');
    candidates.push({
      kind: 'PARTNERSHIP',
      name: name.name,
      ...(name.match ? { match: name.match } : {}),
      parties: distinctParties(members.map((m) => party(m, 'MEMBER'))),
      places: [],
      placeIds: [],
      ...reading.excerpt(sentence),
      confidence: factConfidence(deductions),
      reasons: [
        `"${cue[0].trim()}" lists members`,
        `partnership named ${name.inSentence ? 'in the paragraph' : 'earlier in the text'}`,
      ],
    });
  });
  return candidates;
}

/** The partnership a list belongs to. */
function partnershipName(
  reading: Reading,
  index: number,
): { name: string; inSentence: boolean; match?: string } | undefined {
  const sentence = reading.sentences[index]!;
  const first = reading.sentences.find((s) => s.paragraph === sentence.paragraph)!;
  const opening = OPENING.exec(first.text);
  const opened = (opening?.[1] ?? opening?.[2])?.trim();
  if (opened && !GENERIC.test(opened.split(' ')[0]!) && !reading.places.lookup(opened)) {
    return { name: opened, inSentence: true, ...known(reading, opened) };
  }
  for (let i = index; i >= Math.max(0, index - 30); i -= 1) {
    const text = reading.sentences[i]!.text;
    const found = [...text.matchAll(PROGRAMME_NAME)].map((m) => m[1]!.trim()).filter((n) => !GENERIC.test(n));
    const name = found.at(-1);
    if (name) return { name, inSentence: i === index, ...known(reading, name) };
  }
  return undefined;
}

function known(reading: Reading, name: string): { match?: string } {
  const key = name.toLowerCase();
  const entity = reading.known.find((e) => e.kind === 'PARTNERSHIP' && e.names.some((n) => n.toLowerCase() === key));
  return entity ? { match: entity.id } : {};
}
