import { factConfidence, type FACT_CONFIDENCE } from '../confidence.js';
import { distinctParties, party, type Reading } from '../reading.js';
import { nameKey, type Sentence } from '../text.js';
import type { AgreementKind, AgreementStatus, Candidate } from '../types.js';

/**
 * Agreements: a sentence naming a kind of agreement, with the organisations it joins.
 * - kind from the words: MoU / Memorandum of Understanding, partnership, cooperation or
 *   collaboration agreement ("agreements of cooperation" too; "a partnership" signed or initiated
 *   is a partnership agreement);
 * - status: initiated when the text says so, planned when it plans, intends or negotiates; else signed;
 * - parties: each "between A and B" clause is one agreement ("two MoU: one between A and B and
 *   another one between C and D"); without one, the organisations of the sentence, else of the
 *   sentence before ("approached by X… The two parties plan to sign"); a single party inside a
 *   partnership's paragraph signs with the partnership (on its behalf), as the text means;
 * - date: the first date of the clause; "until 2019" or "will run until" gives the end;
 * - "the agreement", "this partnership agreement", "The 2013 agreement" refer back: they add a
 *   date to the agreement just read instead of proposing a new one.
 */

const KINDS: { pattern: RegExp; kind: AgreementKind }[] = [
  { pattern: /\b(MoUs?|MOUs?|[Mm]emorand(?:um|a) of [Uu]nderstanding)\b/, kind: 'MOU' },
  { pattern: /\bpartnership agreements?\b/i, kind: 'PARTNERSHIP_AGREEMENT' },
  {
    pattern: /\b(cooperation|co-operation) agreements?\b|\bagreements? of (cooperation|co-operation)\b/i,
    kind: 'COOPERATION_AGREEMENT',
  },
  { pattern: /\bcollaboration agreements?\b/i, kind: 'COLLABORATION_AGREEMENT' },
  {
    pattern:
      /\b(sign(ed)?|initiated|concluded)\s+(a|the|its)?\s*partnership\b|\bpartnership\s+(has been|was|is)\s+(signed|initiated|concluded)\b/i,
    kind: 'PARTNERSHIP_AGREEMENT',
  },
];
const PLANNED =
  /\b(plans?|planned|planning|intends?|will sign|to be signed|in negotiation|under negotiation|negotiating)\b/i;
/** Begun but not signed: the text's own word. */
const INITIATED = /\b(initiated)\b/i;
const REFERS_BACK =
  /\b(the|this|that|The|This)\s+(\d{4}\s+)?(partnership agreement|agreement|MoU|[Mm]emorandum of [Uu]nderstanding)\b/;
const RENEWED = /\b(updated|renewed|extended|revised|amended)\s+(in|on)\s+$/;
const UNTIL = /\b(until|till|run(s)? to|expires? in|ends? in)\s+$/;
/** Agreements between governments or blocs are policy, not cluster cooperation. */
const NOT_BETWEEN_CLUSTERS = /\bbetween (the )?(EU|European Union|Canada|United States)\b/;

export function findAgreements(reading: Reading, memberships: Candidate[]): Candidate[] {
  const candidates: Candidate[] = [];
  reading.sentences.forEach((sentence, index) => {
    const kind = KINDS.find((k) => k.pattern.test(sentence.text))?.kind;
    if (!kind) {
      candidates.push(...namedByParties(reading, sentence));
      return;
    }
    if (NOT_BETWEEN_CLUSTERS.test(sentence.text)) return;
    const dates = reading.datesIn(sentence);
    const last = candidates.at(-1);
    const orgs = reading.organisationsIn(sentence);
    if (REFERS_BACK.test(sentence.text) && orgs.length === 0 && last) {
      refine(last, reading, dates);
      return;
    }
    const clauses = betweenClauses(sentence.text)
      .map((c) => ({ start: sentence.start + c.start, end: sentence.start + c.end }))
      .filter((c) => reading.organisationsIn(c).length > 0);
    const parts = clauses.length > 0 ? clauses : [{ start: sentence.start, end: sentence.end }];
    for (const part of parts) {
      const deductions: (keyof typeof FACT_CONFIDENCE)[] = [];
      let parties = distinctParties(
        reading
          .organisationsIn(part)
          .filter((o) => !onBehalfOf(reading.text, sentence.start, o.start))
          .map((o) => party(o, 'PARTY')),
      );
      if (parties.length < 2 && clauses.length === 0) {
        const previous = reading.sentences[index - 1];
        if (previous && previous.paragraph >= sentence.paragraph - 1) {
          const more = reading.organisationsIn(previous).map((o) => party(o, 'PARTY'));
          if (more.length > 0) {
            parties = distinctParties([...more, ...parties]);
            deductions.push('fromContext');
          }
        }
      }
      // The other side unnamed inside a partnership's paragraph ("the ESCP4i has been approached
      // by CANGEA… The two parties plan to sign") is the partnership: the agreement is on its behalf.
      const partnership =
        parties.length === 1 ? memberships.find((m) => paragraphOf(reading, m) === sentence.paragraph) : undefined;
      if (partnership) deductions.push('fromContext');
      // An agreement needs two sides; one name alone is a mention, not a fact to propose.
      if (parties.length < 2 && !partnership) continue;
      if (parties.some((p) => !p.match)) deductions.push('newParty');
      const status: AgreementStatus = INITIATED.test(sentence.text)
        ? 'INITIATED'
        : PLANNED.test(sentence.text)
          ? 'PLANNED'
          : 'SIGNED';
      const inPart = dates.filter(
        (d) => d.start >= (clauses.length > 0 ? sentence.start : part.start) && d.end <= part.end,
      );
      const ends = inPart.find((d) => UNTIL.test(reading.text.slice(sentence.start, d.start)));
      const renewed = inPart.find((d) => RENEWED.test(reading.text.slice(sentence.start, d.start)));
      const signed = inPart.find((d) => d !== ends && d !== renewed);
      if (signed && !signed.startsOn && status === 'SIGNED') deductions.push('yearNotStated');
      if (signed?.yearFromSentence && status === 'SIGNED') deductions.push('yearFromSentence');
      candidates.push({
        kind: 'AGREEMENT',
        name: `${kindName(kind)} between ${parties.map((p) => p.name).join(' and ')}`,
        parties,
        agreementKind: kind,
        agreementStatus: status,
        ...(partnership ? { partnership: partnership.name } : {}),
        // A planned agreement has no signing date; the date the text plans is in its excerpt.
        ...(signed?.startsOn && status === 'SIGNED' ? { startsOn: signed.startsOn } : {}),
        ...(ends?.startsOn ? { endsOn: ends.startsOn } : {}),
        places: [],
        placeIds: [],
        ...reading.excerpt(sentence),
        confidence: factConfidence(deductions),
        reasons: [
          `"${sentence.text.match(KINDS.find((k) => k.kind === kind)!.pattern)?.[0] ?? kind}" names the agreement`,
        ],
      });
      // "First signed in 2007, the MoU … was updated in 2013": the update is an agreement of its own.
      if (renewed?.startsOn && status === 'SIGNED') {
        candidates.push({
          ...candidates.at(-1)!,
          name: `${kindName(kind)} between ${parties.map((p) => p.name).join(' and ')} (renewed)`,
          startsOn: renewed.startsOn,
          reasons: ['the text says the agreement was updated or renewed on this date'],
        });
      }
    }
  });
  return mergeSameParties(candidates);
}

/**
 * "the Skywin and Aero Montréal collaboration", "the Alsace BioValley and MEDTEQ partnership": a
 * cooperation named by its two parties. The text does not say which kind of agreement it is.
 */
function namedByParties(reading: Reading, sentence: Sentence): Candidate[] {
  const orgs = reading.organisationsIn(sentence);
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < orgs.length; i += 1) {
    const [left, right] = [orgs[i]!, orgs[i + 1]!];
    if (!/^\s+and\s+$/.test(reading.text.slice(left.end, right.start))) continue;
    const noun = /^\s+(collaboration|partnership|cooperation)\b/.exec(reading.text.slice(right.end, right.end + 20));
    if (!noun) continue;
    const parties = [party(left, 'PARTY'), party(right, 'PARTY')];
    found.push({
      kind: 'AGREEMENT',
      name: `${noun[1]} between ${left.name} and ${right.name}`,
      parties,
      agreementStatus: 'SIGNED',
      places: [],
      placeIds: [],
      ...reading.excerpt(sentence),
      confidence: factConfidence(parties.some((p) => !p.match) ? ['newParty', 'missingParties'] : ['missingParties']),
      reasons: [
        `"the ${left.name} and ${right.name} ${noun[1]}" names a cooperation by its parties; its kind is not stated`,
      ],
    });
  }
  return found;
}

function paragraphOf(reading: Reading, candidate: Candidate): number | undefined {
  return reading.sentences.find((s) => s.start <= candidate.start && candidate.end <= s.end)?.paragraph;
}

/** "between A and B … and another one between C and D": one stretch per "between". */
function betweenClauses(text: string): { start: number; end: number }[] {
  const starts = [...text.matchAll(/\bbetween\b/g)].map((m) => m.index);
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}

/** "(on behalf of the LASER-GO GLOBAL consortium)": the consortium is not a party. */
function onBehalfOf(text: string, from: number, at: number): boolean {
  return /on behalf of\s+(the\s+)?$/i.test(text.slice(from, at));
}

/** A sentence that refers back adds the date it states, when more precise or missing. */
function refine(candidate: Candidate, reading: Reading, dates: ReturnType<Reading['datesIn']>): void {
  const ends = dates.find((d) => UNTIL.test(reading.text.slice(Math.max(0, d.start - 20), d.start)));
  const signed = dates.find((d) => d !== ends)?.startsOn;
  if (
    signed &&
    (!candidate.startsOn || (signed.startsWith(candidate.startsOn) && signed.length > candidate.startsOn.length))
  ) {
    candidate.startsOn = signed;
    candidate.reasons.push('date from a later sentence about the same agreement');
  }
  if (ends?.startsOn && !candidate.endsOn) candidate.endsOn = ends.startsOn;
}

/** The same agreement named twice (a list, then its story) is one candidate with both dates read. */
function mergeSameParties(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const key = partyKey(candidate);
    const same = kept.find(
      (k) =>
        partyKey(k) === key &&
        k.agreementKind === candidate.agreementKind &&
        (!k.startsOn || !candidate.startsOn || k.startsOn === candidate.startsOn),
    );
    if (!same) {
      kept.push(candidate);
      continue;
    }
    if (!same.startsOn && candidate.startsOn) {
      same.startsOn = candidate.startsOn;
      Object.assign(same, { start: candidate.start, end: candidate.end, excerpt: candidate.excerpt });
    }
    same.endsOn ??= candidate.endsOn;
  }
  return kept;
}

function partyKey(candidate: Candidate): string {
  return candidate.parties
    .map((p) => p.match ?? nameKey(p.name))
    .sort()
    .join('|');
}

function kindName(kind: AgreementKind): string {
  return {
    MOU: 'MoU',
    PARTNERSHIP_AGREEMENT: 'Partnership agreement',
    COOPERATION_AGREEMENT: 'Cooperation agreement',
    COLLABORATION_AGREEMENT: 'Collaboration agreement',
  }[kind];
}
