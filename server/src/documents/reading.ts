import { findDates, type DateMention } from './dates.js';
import type { PlaceMention, Places } from './places.js';
import type { Sentence } from './text.js';
import type { CandidateParty, KnownEntity, OrganisationMention, Span } from './types.js';

/**
 * What the fact rules read: the text cut into sentences, with the organisations, places and dates
 * found in it. Each rule asks it for what lies inside a stretch of text.
 */
export class Reading {
  readonly dates: Map<Sentence, DateMention[]>;

  constructor(
    readonly text: string,
    readonly sentences: Sentence[],
    readonly organisations: OrganisationMention[],
    readonly placeMentions: PlaceMention[],
    readonly places: Places,
    readonly known: KnownEntity[],
  ) {
    this.dates = new Map(sentences.map((s) => [s, findDates(s.text, { offset: s.start })]));
  }

  organisationsIn(span: Span): OrganisationMention[] {
    return this.organisations.filter((o) => o.start >= span.start && o.end <= span.end);
  }

  /** Places in a stretch, leaving out those inside an organisation's name ("Food Valley (NL)"). */
  placesIn(span: Span): PlaceMention[] {
    return this.placeMentions.filter(
      (p, i) =>
        p.start >= span.start &&
        p.end <= span.end &&
        !this.organisations.some((o) => p.start >= o.start && p.end <= o.end) &&
        !this.restatesPrevious(p, this.placeMentions[i - 1]),
    );
  }

  /** "the United Arab Emirates (UAE)": the second name is the first one again. */
  private restatesPrevious(place: PlaceMention, previous: PlaceMention | undefined): boolean {
    return previous !== undefined && /^\s*\($/.test(this.text.slice(previous.end, place.start));
  }

  datesIn(sentence: Sentence): DateMention[] {
    return this.dates.get(sentence) ?? [];
  }

  excerpt(span: Span): { start: number; end: number; excerpt: string } {
    return { start: span.start, end: span.end, excerpt: this.text.slice(span.start, span.end) };
  }
}

/** The graph's regions among places: what a mission visits and an event is in (a country is neither). */
export function regionIds(places: PlaceMention[]): string[] {
  return [...new Set(places.flatMap((p) => (p.place.id && p.place.kind === 'REGION' ? [p.place.id] : [])))];
}

/** A mention as a party of a fact: its name as written and the entity when known. */
export function party(mention: OrganisationMention, role: CandidateParty['role']): CandidateParty {
  return { name: mention.name, ...(mention.match ? { match: mention.match } : {}), ...(role ? { role } : {}) };
}

/** One party per organisation, the first mention kept. */
export function distinctParties(parties: CandidateParty[]): CandidateParty[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const key = p.match ?? p.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
