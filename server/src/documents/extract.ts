import { ORGANISATION_CONFIDENCE } from './confidence.js';
import { Places } from './places.js';
import { Reading } from './reading.js';
import { findAgreements } from './rules/agreements.js';
import { findEvents } from './rules/events.js';
import { findMissions } from './rules/missions.js';
import { clusterKindOf, findOrganisations } from './rules/organisations.js';
import { findMemberships } from './rules/partnerships.js';
import { foldText, nameKey, sentences } from './text.js';
import type { Candidate, DocumentToRead, KnownEntity, OrganisationMention } from './types.js';

/**
 * Text → mentions → candidates. Pure: the graph comes in as `known`, nothing is read or written
 * elsewhere. Every candidate's excerpt is text.slice(start, end).
 */
export function extractCandidates(document: DocumentToRead, known: KnownEntity[]): Candidate[] {
  const { text } = document;
  const folded = foldText(text);
  const places = new Places(known);
  const cut = sentences(text);
  const organisations = findOrganisations({ text, folded, sentences: cut, known, places });
  const reading = new Reading(text, cut, organisations, places.findAll(folded, text), places, known);
  const memberships = findMemberships(reading);
  const facts = [
    ...findAgreements(reading, memberships),
    ...findMissions(reading, document.publishedOn ? { publishedOn: document.publishedOn } : {}),
    ...memberships,
    ...findEvents(reading),
  ].map((candidate) => recogniseFact(candidate, known));
  return [...organisationCandidates(reading), ...facts].sort(
    (a, b) => a.start - b.start || a.kind.localeCompare(b.kind),
  );
}

/** One candidate per organisation: its strongest mention, with the sentence that names it. */
function organisationCandidates(reading: Reading): Candidate[] {
  const groups = new Map<string, OrganisationMention[]>();
  const byAcronym = new Map<string, string>();
  for (const mention of reading.organisations) {
    if (mention.acronym) byAcronym.set(nameKey(mention.acronym), mention.match ?? nameKey(mention.name));
  }
  for (const mention of reading.organisations) {
    const own = mention.match ?? nameKey(mention.name);
    const key = byAcronym.get(own) ?? own;
    groups.set(key, [...(groups.get(key) ?? []), mention]);
  }
  const candidates: Candidate[] = [];
  for (const mentions of groups.values()) {
    const best = [...mentions].sort(
      (a, b) => ORGANISATION_CONFIDENCE[b.cue] - ORGANISATION_CONFIDENCE[a.cue] || a.start - b.start,
    )[0]!;
    const sentence = reading.sentences.find((s) => s.start <= best.start && best.end <= s.end)!;
    const country = best.country ?? mentions.find((m) => m.country)?.country;
    // Seen again with other cues, a name is more likely an organisation.
    const support = new Set(mentions.map((m) => m.cue)).size - 1;
    candidates.push({
      kind: 'ORGANISATION',
      name: best.name,
      ...(best.match ? { match: best.match } : {}),
      parties: [],
      ...(country ? { country } : {}),
      clusterKind: clusterKindOf(best.name),
      places: [],
      placeIds: [],
      ...reading.excerpt(sentence),
      confidence: Math.min(0.95, ORGANISATION_CONFIDENCE[best.cue] + 0.05 * support),
      reasons: [...new Set(mentions.map((m) => CUE_REASONS[m.cue]))],
    });
  }
  return candidates;
}

const CUE_REASONS: Record<OrganisationMention['cue'], string> = {
  known: 'a name the graph knows',
  'country-in-parentheses': 'a country code in parentheses follows the name',
  'cue-word': 'the name says what it is (cluster, association, network…)',
  'descriptor-before': '"cluster" describes it just before the name',
  apposition: 'an apposition describes it as a cluster, consortium or association',
  'located-in-country': 'the text places it in a country',
  'party-of-a-fact': 'a party of an agreement or cooperation',
  acts: 'an acronym that acts (supports, organises, funds…)',
  'listed-with-an-organisation': 'listed with other organisations',
};

/**
 * A fact the graph already holds is a match: the same kind of agreement between the same parties,
 * an event of the same name.
 */
function recogniseFact(candidate: Candidate, known: KnownEntity[]): Candidate {
  if (candidate.kind === 'EVENT') {
    const key = nameKey(candidate.name);
    const same = known.find((k) => k.kind === 'EVENT' && k.names.some((n) => nameKey(n) === key));
    return same ? { ...candidate, match: same.id, reasons: [...candidate.reasons, 'already in the graph'] } : candidate;
  }
  if (candidate.kind !== 'AGREEMENT' || candidate.parties.some((p) => !p.match)) return candidate;
  const ids = candidate.parties
    .map((p) => p.match!)
    .sort()
    .join('|');
  const same = known.find(
    (k) =>
      k.kind === 'AGREEMENT' &&
      k.agreementKind === candidate.agreementKind &&
      [...(k.parties ?? [])].sort().join('|') === ids &&
      (k.date === undefined || candidate.startsOn === undefined || k.date === candidate.startsOn),
  );
  return same ? { ...candidate, match: same.id, reasons: [...candidate.reasons, 'already in the graph'] } : candidate;
}
