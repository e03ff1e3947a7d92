import { findDates } from '../dates.js';
import type { Places } from '../places.js';
import { findName, nameKey, type FoldedText, type Sentence } from '../text.js';
import type { ClusterKind, KnownEntity, OrganisationCue, OrganisationMention, Span } from '../types.js';

/**
 * Organisations in a text. Every name, acronym and alias the graph knows is that entity. A new
 * organisation needs a cue from the text itself, because a capitalised phrase alone is as often a
 * programme, a place or a heading:
 * - country-in-parentheses: "Vitagora (F)", "OPTICSVALLEY (FR)": how cluster lists name members;
 * - cue-word: a name holding "cluster", "association", "consortium", "network", "alliance",
 *   "valley", "pôle", "council"…: organisations name themselves so;
 * - descriptor-before: "the French competitiveness cluster Aquimer";
 * - apposition: "Skywin, the Aerospace cluster from Wallonia";
 * - located-in-country: "Tenerdis in France";
 * - party-of-a-fact: "MoU signed between A and B", "A and B have reached an agreement";
 * - acts: an acronym that supports, organises, funds, leads… ("AWEX supports the activity");
 * - listed-with-an-organisation: "Tweed and Flux 50 in Belgium": a list shares its items' kind.
 */

const WORD = String.raw`[\p{Lu}\d][\p{L}\d'’.+]*(?:[-/][\p{L}\d'’.+]+)*`;
const JOIN = String.raw`(?:(?:\s+(?:of|for|de|du|des|del|della|di|la|le|et|on|d['’]|&|:|–|-|/)){1,2}\s+|:\s+|\s+|-)`;
const TAIL = String.raw`(?:\s+(?:e\.V\.|z\.s\.|GmbH|Ltd|Ab|AB|Oy|cluster|clusters)(?![\p{L}]))?`;
const NAME = new RegExp(`${WORD}(?:${JOIN}${WORD})*${TAIL}`, 'gu');
/** Names whose cue word is followed by "of" or "for" go on over "and", "in" and capitalised words. */
const DESCRIPTIVE_TAIL = new RegExp(String.raw`^(?:,?\s+(?:and|in|&|of|for|the)\s+${WORD}(?:${JOIN}${WORD})*)+`, 'u');
/** "Center for Defence, Space & Security (CenSec)": a comma inside a name its acronym closes. */
const ACRONYM_CLOSED_TAIL = new RegExp(
  String.raw`^(?:,?\s+(?:and|in|&|of|for|the)?\s*${WORD}(?:${JOIN}${WORD})*)+(?=\s*\([\p{Lu}][\p{L}]{1,10}\))`,
  'u',
);
/** What programmes, projects and plans call themselves: not organisations. */
const NOT_ORGANISATIONS =
  /\b(programme|program|project|challenge|platform|strategy|plan|pan|agenda|agreement|call)$|\bpartnerships?\b/;
/** Words that say what something is or where, but never which one it is. */
const GENERIC_WORDS = new Set(
  'of for de du des del della di la le et on d and the greater local ict it eu european europe existing international competitiveness'.split(
    ' ',
  ),
);
/** Public bodies are named by their country: "the Walloon government", "Government of Canada". */
const PUBLIC_BODY =
  /^(?:[\p{L}]+ (?:government|delegation|port)|(?:government|port|city|eurometropole|metropole) of [\p{L} ]+)$/u;
/** An acronym that acts as an organisation does: "AWEX supports…", "EASME does not guarantee…". */
const ACTING =
  /^\s+(?:also\s+)?(?:supports|organises|organizes|funds|leads|hosts|runs|coordinates|manages|does|signed|represents)\b/;
/**
 * Public bodies written in lower case: "the Canadian government", "the industrial city of
 * Surrey", "the Québec Port". The place or demonym must be one the gazetteer or graph knows.
 */
const LOWER_CASE_PUBLIC_BODY =
  /\b(?:([\p{Lu}][\p{L}-]+)\s+(government|port)\b|(city|port|government) of ([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?))/gu;
/** "Banque de développement économique du Québec": French names run in lower case up to a place. */
const FRENCH_NAME =
  /\b(?:Banque|Consortium|Association|Agence|Société|Institut|Centre|Conseil|Fédération|Chambre)\s+(?:d['’]|de|du|des)\s*[\p{Ll}\s'’-]{3,80}?\s(?:du|de|au|en|des)\s+[\p{Lu}][\p{L}-]+/gu;
/** "Government of Canada Smart Cities Challenge": the body inside a programme's name. */
const BODY_INSIDE = /^((?:Government|City|Port) of [\p{Lu}][\p{L}-]+)\s/u;

export const CUE_WORDS = [
  'cluster',
  'clusters',
  'supercluster',
  'association',
  'asociacion',
  'associacao',
  'consortium',
  'network',
  'alliance',
  'valley',
  'pole',
  'polo',
  'technopole',
  'council',
  'hub',
  'park',
  'centre',
  'center',
  'institute',
  'corridor',
  'foundation',
  'fondazione',
  'federation',
  'chamber',
  'delegation',
  'government',
  'agency',
  'group',
  'eurometropole',
  'metropole',
  'e v',
  'gmbh',
  'ltd',
];
const CUE = new RegExp(`(?:^| )(?:${CUE_WORDS.join('|')})(?: |$)`);

/** Words a sentence starts with that are no part of a name. */
const LEADING = new Set(
  'the this that these those a an in on at as by for from with and or but both another our its their his her all each also mainly essentially first then however furthermore lastly since contrary amongst among through under over within during according partners partner cooperation sectors context objective policy results more name role type interview signed founded created set established'.split(
    ' ',
  ),
);
/** Phrases that are never organisations though capitalised. */
const NOT_NAMES = new Set([
  ...'eu europe asia africa america ceta sme smes ict b2b ai mou mous'.split(' '),
  'north america',
  'south america',
  'read less',
  'read more',
  'table of content',
  'project name',
  'project acronym',
]);
const WEEKDAYS_AND_MONTHS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/;

/** Words that make a sentence about cooperation, so that "A and B" in it are parties. */
export const COOPERATION =
  /\b(MoU|Memorandum of Understanding|agreements?|partnerships?|cooperation|collaboration|co-operation|signed|signature)\b/i;

interface NameSpan extends Span {
  name: string;
  acronym?: string;
  country?: string;
  cue?: OrganisationCue;
}

export function findOrganisations(options: {
  text: string;
  folded: FoldedText;
  sentences: Sentence[];
  known: KnownEntity[];
  places: Places;
}): OrganisationMention[] {
  const { text, folded, sentences, known, places } = options;
  const mentions: OrganisationMention[] = [];
  for (const entity of known) {
    if (entity.kind !== 'CLUSTER') continue;
    for (const name of entity.names) {
      for (const span of findName(folded, name, text)) {
        mentions.push({
          ...span,
          name: text.slice(span.start, span.end),
          match: entity.id,
          cue: 'known',
          ...(entity.country ? { country: entity.country } : {}),
        });
      }
    }
  }
  const knownSpans = dedupe(mentions);
  const found: OrganisationMention[] = [...knownSpans];
  for (const sentence of sentences) {
    const spans = [
      ...nameSpans(sentence, places, findDates(sentence.text, { offset: sentence.start })),
      ...describedSpans(sentence, places),
    ].filter((span) => !knownSpans.some((k) => span.start < k.end && k.start < span.end));
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    for (let i = spans.length - 1; i > 0; i -= 1) {
      // Of two overlapping spans the described one ("Banque de développement…") or the longer wins.
      const [a, b] = [spans[i - 1]!, spans[i]!];
      if (b.start < a.end) spans.splice(a.cue !== undefined || a.end - a.start >= b.end - b.start ? i : i - 1, 1);
    }
    classify(sentence, spans, places);
    for (const span of spans) {
      if (span.cue === undefined) continue;
      found.push({
        start: span.start,
        end: span.end,
        name: span.name,
        cue: span.cue,
        ...(span.acronym ? { acronym: span.acronym } : {}),
        ...(span.country ? { country: span.country } : {}),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function dedupe(mentions: OrganisationMention[]): OrganisationMention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: OrganisationMention[] = [];
  for (const mention of sorted) {
    if (kept.some((k) => mention.start < k.end && k.start < mention.end)) continue;
    kept.push(mention);
  }
  return kept;
}

/** Names the capitalised-phrase rule cannot see: lower-case public bodies and French names. */
function describedSpans(sentence: Sentence, places: Places): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const m of sentence.text.matchAll(LOWER_CASE_PUBLIC_BODY)) {
    const place = m[1] ?? m[4]!;
    const country = places.countryOfAdjective(place) ?? places.lookup(place)?.country;
    if (!country) continue;
    // "Government of Canada" written with capitals is the capitalised-phrase rule's.
    if (m[2] === undefined && /^[A-Z]/.test(m[0])) continue;
    const start = sentence.start + m.index;
    spans.push({ start, end: start + m[0].length, name: m[0], cue: 'cue-word', country });
  }
  for (const m of sentence.text.matchAll(FRENCH_NAME)) {
    const start = sentence.start + m.index;
    const country = places.countryInName(m[0]);
    spans.push({ start, end: start + m[0].length, name: m[0], cue: 'cue-word', ...(country ? { country } : {}) });
  }
  return spans;
}

/** Capitalised phrases of a sentence, trimmed of sentence words, places and dates. */
function nameSpans(sentence: Sentence, places: Places, dates: Span[]): NameSpan[] {
  const spans: NameSpan[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(sentence.text); m; m = NAME.exec(sentence.text)) {
    let start = m.index;
    let raw = m[0];
    // Strip sentence words in front ("The", "In", "Partners") and punctuation at the end.
    for (;;) {
      const first = /^([\p{L}]+)(\s+|$)/u.exec(raw);
      if (!first || !LEADING.has(first[1]!.toLowerCase())) break;
      start += first[0].length;
      raw = raw.slice(first[0].length);
    }
    raw = raw.replace(/[\s'’.:–-]+$/u, (tail) =>
      /^\.$/.test(tail) && /\b[a-zA-Z]\.[a-zA-Z]$/.test(raw.slice(0, -1)) ? tail : '',
    );
    // A footnote number glued to a word ("Valorial9.") is no part of the name.
    raw = raw.replace(/(?<=\p{Ll}{3})\d{1,2}$/u, '');
    // "the Canadian Optonique cluster": the adjective describes, the name is "Optonique cluster".
    const adjective = /^([\p{L}]+)\s+(?=\S+.*\bclusters?$)/u.exec(raw);
    if (adjective && places.countryOfAdjective(adjective[1]!)) {
      start += adjective[0].length;
      raw = raw.slice(adjective[0].length);
    }
    if (raw.length === 0) continue;
    let end = start + raw.length;
    const key = nameKey(raw);
    if (CUE.test(key) && /\b(of|for)\b/.test(key)) {
      const closed = ACRONYM_CLOSED_TAIL.exec(sentence.text.slice(end));
      const more = closed ?? DESCRIPTIVE_TAIL.exec(sentence.text.slice(end));
      if (more && (closed || !/^,/.test(more[0]))) end += more[0].replace(/[\s'’.:–-]+$/u, '').length;
      NAME.lastIndex = Math.max(NAME.lastIndex, end);
    }
    const inside = BODY_INSIDE.exec(sentence.text.slice(start, end));
    if (inside && NOT_ORGANISATIONS.test(nameKey(sentence.text.slice(start, end)))) end = start + inside[1]!.length;
    // "EU Delegation to Canada", "Canadian Delegation to the EU"
    const to = /Delegation$/.test(sentence.text.slice(start, end))
      ? /^\s+to\s+(?:the\s+)?(?:EU|[\p{Lu}][\p{L}-]+)/u.exec(sentence.text.slice(end))
      : null;
    if (to) end += to[0].length;
    const name = sentence.text.slice(start, end);
    const nameKeyed = nameKey(name);
    if (nameKeyed.length < 2 || NOT_NAMES.has(nameKeyed) || WEEKDAYS_AND_MONTHS.test(nameKeyed)) continue;
    if (/^\d+$/.test(nameKeyed.replace(/ /g, ''))) continue;
    if (places.lookup(name) || places.countryOfAdjective(name)) continue;
    if (NOT_ORGANISATIONS.test(nameKeyed) || places.isSector(name) || /:$/.test(sentence.text.slice(end, end + 1)))
      continue;
    if (!hasProperWord(nameKeyed, places) && !PUBLIC_BODY.test(nameKeyed)) continue;
    // "the Aerospace cluster": a sector and the word cluster describe, they do not name.
    if (/ clusters?$/.test(name) && places.isSector(name.replace(/\s+clusters?$/, ''))) continue;
    const at = sentence.start + start;
    if (dates.some((d) => at < d.end && d.start < sentence.start + end)) continue;
    spans.push({ start: sentence.start + start, end: sentence.start + end, name });
  }
  return spans;
}

/** Applies the cues in order of strength; a span keeps the first that holds. */
function classify(sentence: Sentence, spans: NameSpan[], places: Places): void {
  const after = (span: NameSpan) => sentence.text.slice(span.end - sentence.start);
  const before = (span: NameSpan) => sentence.text.slice(0, span.start - sentence.start);
  for (const span of spans) {
    const rest = after(span);
    const acronym = /^\s*\(([\p{Lu}][\p{L}\d.&'-]{1,15}(?: [\p{L}\d.&'-]+){0,3})\)/u.exec(rest);
    const code = /^\s*(?:\([^()]{2,40}\)\s*)?\(([A-Z]{1,3})\)/.exec(rest);
    const isCode = code !== null && (code[1]!.length <= 2 || places.countryOfCodeText(code[1]!) !== undefined);
    if (acronym && acronym[1]!.length > 3 && !places.lookup(acronym[1]!)) span.acronym = acronym[1]!;
    // "Lumen Valley (Lyon, France)", "MEDICEN (Paris region)": a place in parentheses.
    const placed = /^\s*\(([^()]{2,60})\)/
      .exec(rest)?.[1]
      ?.split(/,\s*/)
      .map((part) => places.lookup(part.replace(/\s+region$/i, '')));
    const where = placed?.filter((p) => p !== undefined).at(-1);
    if (where && !places.lookup(span.name)) {
      span.cue = 'country-in-parentheses';
      span.country = where.country;
      continue;
    }
    if (code && isCode && !places.lookup(span.name)) {
      span.cue = 'country-in-parentheses';
      const country = places.countryOfCodeText(code[1]!);
      if (country) span.country = country;
      continue;
    }
    if (CUE.test(nameKey(span.name)) && nameKey(span.name).split(' ').length > 1) {
      span.cue = 'cue-word';
    } else if (/\bclusters?\s+(?:\([^)]*\)\s+)?$/.test(before(span))) {
      span.cue = 'descriptor-before';
    } else if (
      /^(?:,|\s+[-–])\s+(?:the|a|an)\s+[^,;]{0,90}?\b(cluster|consortium|association|network|alliance|organisation|organization)\b/i.test(
        rest,
      )
    ) {
      span.cue = 'apposition';
    } else if (/^[A-Z]{3,8}$/.test(span.name) && ACTING.test(rest)) {
      span.cue = 'acts';
    } else {
      const located = /^\s+in\s+(?:the\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*)/u.exec(rest);
      const place = located ? places.lookup(located[1]!) : undefined;
      if (place && place.kind === 'COUNTRY') {
        span.cue = 'located-in-country';
        span.country = place.country;
      }
    }
    if (span.cue === undefined && PUBLIC_BODY.test(nameKey(span.name))) span.cue = 'cue-word';
    if (span.cue !== undefined && span.country === undefined) {
      const country = places.countryInName(span.name) ?? adjectiveBefore(before(span), places);
      if (country) span.country = country;
    }
  }
  // Parties: "between A and B", "A and B have agreed", in a sentence about cooperation.
  if (COOPERATION.test(sentence.text)) {
    for (let i = 0; i + 1 < spans.length; i += 1) {
      const left = spans[i]!;
      const right = spans[i + 1]!;
      const gap = sentence.text.slice(left.end - sentence.start, right.start - sentence.start);
      const joined = /^(?:\s*\([^)]*\))?[\s,]*(?:and|&|with)\s+(?:the\s+)?$/.test(gap);
      // The pair is the subject ("- A and B, the ICT clusters…") or follows "between".
      const placed = /(?:^|[-–]\s*|\b(?:between|with|such as)\s+(?:the\s+)?)$/.test(before(left));
      // "the Skywin and Aero Montréal collaboration": a cooperation named by its two parties.
      const named = /^\s+(collaboration|partnership|cooperation)\b/.test(
        sentence.text.slice(right.end - sentence.start),
      );
      if (!joined || !(placed || named)) continue;
      left.cue ??= 'party-of-a-fact';
      right.cue ??= 'party-of-a-fact';
    }
    for (const span of spans) {
      if (/\b(between|with)\s+(?:the\s+)?$/.test(before(span))) span.cue ??= 'party-of-a-fact';
    }
  }
  // "the Québec consortium for research … (CRIAQ)", "the marine niche of excellence of Québec
  // ("Creneau marin d'excellence")": a description in lower case, its name in parentheses.
  for (const m of sentence.text.matchAll(
    /\b(?:cluster|consortium|association|network|niche|pole|pôle)\b[^().;]{0,80}\(\s*["“]?([\p{Lu}][^()"”]{1,60}?)["”]?\s*\)/gu,
  )) {
    const start = sentence.start + m.index + m[0].indexOf(m[1]!, m[0].indexOf('('));
    const end = start + m[1]!.length;
    if (places.lookup(m[1]!) || /^[A-Z]{1,2}$/.test(m[1]!)) continue;
    const existing = spans.find((s) => s.start < end && start < s.end);
    if (existing) {
      Object.assign(existing, { start, end, name: m[1]! });
      existing.cue ??= 'apposition';
    } else spans.push({ start, end, name: m[1]!, cue: 'apposition' });
  }
  spans.sort((a, b) => a.start - b.start);
  // A list shares its items' kind: "OPTITEC as the coordinator, Minalogic and SAFE Cluster".
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i + 1 < spans.length; i += 1) {
      const left = spans[i]!;
      const right = spans[i + 1]!;
      const gap = sentence.text.slice(left.end - sentence.start, right.start - sentence.start);
      // ", the …" after a name describes it (an apposition); it does not list another.
      if (!/^(?:\s*\([^)]*\))*\s*(?:,|;|,?\s+and(?:\s+the)?)\s+$/.test(gap)) continue;
      if ((left.cue === undefined) === (right.cue === undefined)) continue;
      (left.cue === undefined ? left : right).cue = 'listed-with-an-organisation';
      changed = true;
    }
  }
}

/** What an organisation's name says it is; a plain name is a cluster. */
export function clusterKindOf(name: string): ClusterKind {
  const key = nameKey(name);
  if (/\bsuper ?clusters?\b/.test(key)) return 'SUPERCLUSTER';
  if (/\b(government|delegation|city|port|agency|ministry|eurometropole|metropole|banque)\b/.test(key))
    return 'PUBLIC_BODY';
  if (/\b(association|asociacion|associacao|federation|chamber)\b/.test(key)) return 'ASSOCIATION';
  if (/\bconsortium\b/.test(key)) return 'RESEARCH_CONSORTIUM';
  if (/\b(network|alliance)\b/.test(key)) return 'NETWORK';
  return 'CLUSTER';
}

/** A name needs a word of its own beside cue words, places, adjectives and numbers. */
function hasProperWord(key: string, places: Places): boolean {
  return key
    .split(' ')
    .some(
      (word) =>
        !GENERIC_WORDS.has(word) &&
        !CUE.test(word) &&
        !/^\d+(st|nd|rd|th)?$/.test(word) &&
        !places.lookup(word) &&
        !places.countryOfAdjective(word),
    );
}

/** "the French competitiveness cluster Aquimer": the adjective a few words before gives the country. */
function adjectiveBefore(before: string, places: Places): string | undefined {
  const words = before.split(/\s+/).slice(-5);
  for (const word of words.reverse()) {
    const country = places.countryOfAdjective(word.replace(/[^\p{L}]/gu, ''));
    if (country) return country;
  }
  return undefined;
}
