import { nameKey } from './text.js';
import type { Candidate } from './types.js';

/**
 * Scores candidates against the curated facts of the same document. Pure: the caller brings
 * the candidates, the document's curated entries and every organisation's names.
 */

export interface GoldOrganisation {
  id: string;
  names: string[];
}
export interface GoldAgreement {
  id: string;
  kind?: string;
  status?: string;
  signedOn?: string;
  endsOn?: string;
  parties: string[];
}
export interface GoldMission {
  id: string;
  startsOn?: string;
  endsOn?: string;
  /** Place names (region names and aliases). */
  places: string[];
  /** Organisers, participants and hosts met. */
  parties: string[];
}
export interface GoldPartnership {
  id: string;
  names: string[];
  members: string[];
}
export interface GoldEvent {
  id: string;
  title: string;
  startsOn?: string;
}
export interface GoldDocument {
  organisations: GoldOrganisation[];
  agreements: GoldAgreement[];
  missions: GoldMission[];
  partnerships: GoldPartnership[];
  events: GoldEvent[];
}

/** Hits and totals, summed over documents. */
export interface Score {
  organisations: { found: number; gold: number; correct: number; proposed: number };
  agreements: {
    rightParties: number;
    gold: number;
    correct: number;
    proposed: number;
    rightKind: number;
    rightStatus: number;
    rightDate: number;
  };
  missions: {
    rightDates: number;
    found: number;
    gold: number;
    correct: number;
    proposed: number;
    rightPlaces: number;
    rightParties: number;
  };
  memberships: { found: number; gold: number; correct: number; proposed: number };
  events: { found: number; gold: number; correct: number; proposed: number };
  dates: { compared: number; exactPrecision: number; morePrecise: number; notInSeed: number };
  excerpts: { verbatim: number; total: number };
  missed: string[];
  wrong: string[];
}

export function emptyScore(): Score {
  return {
    organisations: { found: 0, gold: 0, correct: 0, proposed: 0 },
    agreements: { rightParties: 0, gold: 0, correct: 0, proposed: 0, rightKind: 0, rightStatus: 0, rightDate: 0 },
    missions: { rightDates: 0, found: 0, gold: 0, correct: 0, proposed: 0, rightPlaces: 0, rightParties: 0 },
    memberships: { found: 0, gold: 0, correct: 0, proposed: 0 },
    events: { found: 0, gold: 0, correct: 0, proposed: 0 },
    dates: { compared: 0, exactPrecision: 0, morePrecise: 0, notInSeed: 0 },
    excerpts: { verbatim: 0, total: 0 },
    missed: [],
    wrong: [],
  };
}

/** Keys a name is compared by: folded, without legal forms, a leading "the" or a trailing "cluster". */
export function nameVariants(name: string): string[] {
  const key = nameKey(name).replace(/^the /, '');
  const bare = key.replace(/ (e v|z s|gmbh|ltd|ab|oy)$/, '').replace(/^(oy|afpg|asociacion|fondazione) /, '');
  return [...new Set([key, bare, bare.replace(/ (cluster|clusters|partnership)$/, '')])].filter((k) => k.length > 0);
}

/** The organisation a name stands for: same name or alias, or a name that contains one whole. */
export function resolveOrganisation(name: string, organisations: GoldOrganisation[]): string | undefined {
  const variants = nameVariants(name);
  const exact = organisations.find((o) => o.names.some((n) => nameVariants(n).some((v) => variants.includes(v))));
  if (exact) return exact.id;
  const padded = variants.map((v) => ` ${v} `);
  const containing = organisations.find((o) =>
    o.names.some((n) => {
      const key = nameKey(n);
      const distinctive = key.includes(' ') || (key.length >= 3 && n === n.toUpperCase());
      return distinctive && padded.some((v) => v.includes(` ${key} `));
    }),
  );
  return containing?.id;
}

export function scoreDocument(options: {
  label: string;
  text: string;
  candidates: Candidate[];
  gold: GoldDocument;
  /** Every organisation of the seed, to tell which one a party is. */
  organisations: GoldOrganisation[];
}): Score {
  const { label, text, candidates, gold, organisations } = options;
  const score = emptyScore();
  const byKind = (kind: Candidate['kind']) => candidates.filter((c) => c.kind === kind);
  const partyIds = (c: Candidate) =>
    new Set(
      c.parties.map((p) => resolveOrganisation(p.name, organisations)).filter((id): id is string => id !== undefined),
    );
  const compareDate = (candidateDate: string | undefined, goldDate: string | undefined) => {
    if (candidateDate === undefined) return;
    if (goldDate === undefined) {
      score.dates.notInSeed += 1;
      return;
    }
    score.dates.compared += 1;
    if (candidateDate.length === goldDate.length) score.dates.exactPrecision += 1;
    if (candidateDate.length > goldDate.length) score.dates.morePrecise += 1;
  };

  for (const candidate of candidates) {
    score.excerpts.total += 1;
    if (text.slice(candidate.start, candidate.end) === candidate.excerpt) score.excerpts.verbatim += 1;
  }

  // Organisations
  const orgCandidates = byKind('ORGANISATION');
  const foundOrgs = new Set<string>();
  score.organisations.proposed = orgCandidates.length;
  for (const candidate of orgCandidates) {
    const id = resolveOrganisation(candidate.name, gold.organisations);
    if (id) {
      score.organisations.correct += 1;
      foundOrgs.add(id);
    } else score.wrong.push(`${label} organisation "${candidate.name}"`);
  }
  score.organisations.gold = gold.organisations.length;
  score.organisations.found = foundOrgs.size;
  for (const org of gold.organisations)
    if (!foundOrgs.has(org.id)) score.missed.push(`${label} organisation ${org.names[0]}`);

  // Agreements: right parties = the same set of organisations.
  const agreementCandidates = byKind('AGREEMENT');
  score.agreements.proposed = agreementCandidates.length;
  score.agreements.gold = gold.agreements.length;
  const sameSet = (a: Set<string>, b: string[]) => a.size === b.length && b.every((id) => a.has(id));
  const usedAgreements = new Set<string>();
  for (const candidate of agreementCandidates) {
    const ids = partyIds(candidate);
    const match =
      gold.agreements.find(
        (g) =>
          !usedAgreements.has(g.id) &&
          sameSet(ids, g.parties) &&
          (g.signedOn === undefined || candidate.startsOn === undefined || g.signedOn === candidate.startsOn),
      ) ?? gold.agreements.find((g) => !usedAgreements.has(g.id) && sameSet(ids, g.parties));
    if (!match) {
      score.wrong.push(`${label} agreement "${candidate.name}" ${candidate.startsOn ?? ''}`);
      continue;
    }
    usedAgreements.add(match.id);
    score.agreements.correct += 1;
    score.agreements.rightParties += 1;
    if (match.kind === candidate.agreementKind) score.agreements.rightKind += 1;
    if (match.status === candidate.agreementStatus) score.agreements.rightStatus += 1;
    if (match.signedOn === candidate.startsOn && match.endsOn === candidate.endsOn) score.agreements.rightDate += 1;
    compareDate(candidate.startsOn, match.signedOn);
    compareDate(candidate.endsOn, match.endsOn);
  }
  for (const g of gold.agreements) if (!usedAgreements.has(g.id)) score.missed.push(`${label} agreement ${g.id}`);

  // Missions: the same start, or the same year (or both undated) and a shared place.
  const missionCandidates = byKind('MISSION');
  score.missions.proposed = missionCandidates.length;
  score.missions.gold = gold.missions.length;
  const usedMissions = new Set<string>();
  for (const candidate of missionCandidates) {
    const places = new Set(candidate.places.map((p) => nameKey(p)));
    const sharesPlace = (g: GoldMission) => g.places.some((p) => places.has(nameKey(p)));
    const match =
      gold.missions.find(
        (g) => !usedMissions.has(g.id) && g.startsOn !== undefined && g.startsOn === candidate.startsOn,
      ) ??
      gold.missions.find(
        (g) => !usedMissions.has(g.id) && g.startsOn?.slice(0, 4) === candidate.startsOn?.slice(0, 4) && sharesPlace(g),
      );
    if (!match) {
      score.wrong.push(`${label} mission "${candidate.name}" ${candidate.startsOn ?? ''}`);
      continue;
    }
    usedMissions.add(match.id);
    score.missions.correct += 1;
    score.missions.found += 1;
    if (match.startsOn === candidate.startsOn && match.endsOn === candidate.endsOn) score.missions.rightDates += 1;
    if (match.places.length === 0 ? places.size === 0 : sharesPlace(match)) score.missions.rightPlaces += 1;
    const ids = partyIds(candidate);
    if (match.parties.every((id) => ids.has(id))) score.missions.rightParties += 1;
    compareDate(candidate.startsOn, match.startsOn);
    compareDate(candidate.endsOn, match.endsOn);
  }
  for (const g of gold.missions)
    if (!usedMissions.has(g.id)) score.missed.push(`${label} mission ${g.id} ${g.startsOn ?? ''}`);

  // Memberships: (partnership, member) pairs; the partnership by its name, else by its members.
  const goldPairs = new Set(gold.partnerships.flatMap((p) => p.members.map((m) => `${p.id}|${m}`)));
  score.memberships.gold = goldPairs.size;
  const foundPairs = new Set<string>();
  for (const candidate of byKind('PARTNERSHIP')) {
    const members = [...partyIds(candidate)];
    const named = resolveOrganisation(
      candidate.name,
      gold.partnerships.map((p) => ({ id: p.id, names: p.names })),
    );
    const overlapping = [...gold.partnerships].sort(
      (a, b) => overlap(b.members, members) - overlap(a.members, members),
    )[0];
    const partnership =
      named ?? (overlapping && overlap(overlapping.members, members) > 0 ? overlapping.id : undefined);
    score.memberships.proposed += candidate.parties.length;
    for (const p of candidate.parties) {
      const member = resolveOrganisation(p.name, organisations);
      const pair = `${partnership}|${member}`;
      if (partnership && member && goldPairs.has(pair)) {
        score.memberships.correct += 1;
        foundPairs.add(pair);
      } else score.wrong.push(`${label} member "${p.name}" of "${candidate.name}"`);
    }
  }
  score.memberships.found = foundPairs.size;
  for (const pair of goldPairs)
    if (!foundPairs.has(pair)) score.missed.push(`${label} membership ${pair.replace('|', ' ∋ ')}`);

  // Events: titles that contain one another.
  const eventCandidates = byKind('EVENT');
  score.events.proposed = eventCandidates.length;
  score.events.gold = gold.events.length;
  const usedEvents = new Set<string>();
  for (const candidate of eventCandidates) {
    const key = nameKey(candidate.name);
    const match = gold.events.find((g) => {
      const title = nameKey(g.title);
      return !usedEvents.has(g.id) && (title.includes(key) || key.includes(title.replace(/ \d{4}$/, '')));
    });
    if (!match) {
      score.wrong.push(`${label} event "${candidate.name}"`);
      continue;
    }
    usedEvents.add(match.id);
    score.events.correct += 1;
    compareDate(candidate.startsOn, match.startsOn);
  }
  score.events.found = usedEvents.size;
  for (const g of gold.events) if (!usedEvents.has(g.id)) score.missed.push(`${label} event ${g.title}`);
  return score;
}

function overlap(a: string[], b: string[]): number {
  return a.filter((x) => b.includes(x)).length;
}

/** Adds b into a. */
export function addScores(a: Score, b: Score): Score {
  const sum = <T extends Record<string, number>>(x: T, y: T): T =>
    Object.fromEntries(Object.keys(x).map((k) => [k, (x[k] ?? 0) + (y[k] ?? 0)])) as T;
  return {
    organisations: sum(a.organisations, b.organisations),
    agreements: sum(a.agreements, b.agreements),
    missions: sum(a.missions, b.missions),
    memberships: sum(a.memberships, b.memberships),
    events: sum(a.events, b.events),
    dates: sum(a.dates, b.dates),
    excerpts: sum(a.excerpts, b.excerpts),
    missed: [...a.missed, ...b.missed],
    wrong: [...a.wrong, ...b.wrong],
  };
}
