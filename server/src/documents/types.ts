import type { AGREEMENT_KINDS, AGREEMENT_STATUSES, CLUSTER_KINDS, MISSION_STATUSES } from '../domain/vocabulary.js';

/**
 * The extraction pipeline's values: what the graph already knows (the only input besides the
 * text), the mentions found in the text, and the candidate facts proposed from them.
 */

export type KnownKind = 'CLUSTER' | 'REGION' | 'COUNTRY' | 'SECTOR' | 'AGREEMENT' | 'MISSION' | 'PARTNERSHIP' | 'EVENT';

/** An entity of the graph as the extractor sees it: its names and the few facts it compares. */
export interface KnownEntity {
  id: string;
  kind: KnownKind;
  /** Name, acronym and aliases. */
  names: string[];
  /** ISO code of the country (clusters, regions; a country's own code). */
  country?: string;
  /** Agreements: the parties' ids; partnerships: the members' ids. */
  parties?: string[];
  agreementKind?: AgreementKind;
  /** Agreements: signedOn; missions: startsOn. */
  date?: string;
}

export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export type ClusterKind = (typeof CLUSTER_KINDS)[number];
export type MissionStatus = (typeof MISSION_STATUSES)[number];
export type CandidateKind = 'ORGANISATION' | 'AGREEMENT' | 'MISSION' | 'PARTNERSHIP' | 'EVENT';

/** A stretch of the document: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

/** An organisation named in the text, known to the graph (`match`) or new. */
export interface OrganisationMention extends Span {
  name: string;
  acronym?: string;
  match?: string;
  country?: string;
  /** The rule that recognised it; rules are named in ./rules/organisations.ts. */
  cue: OrganisationCue;
}

export type OrganisationCue =
  | 'known'
  | 'country-in-parentheses'
  | 'cue-word'
  | 'descriptor-before'
  | 'apposition'
  | 'located-in-country'
  | 'party-of-a-fact'
  | 'acts'
  | 'listed-with-an-organisation';

export interface CandidateParty {
  name: string;
  match?: string;
  /** Missions: organiser, participant or met; partnerships: member. */
  role?: 'PARTY' | 'ORGANISER' | 'PARTICIPANT' | 'MET' | 'MEMBER';
}

export interface Candidate extends Span {
  kind: CandidateKind;
  name: string;
  /** The existing entity this candidate is. */
  match?: string;
  parties: CandidateParty[];
  agreementKind?: AgreementKind;
  agreementStatus?: AgreementStatus;
  /** Agreements: the partnership on whose behalf it is, when the text gives it as the other side. */
  partnership?: string;
  /** Organisations: what the name says it is ("… Association", "… Network"). */
  clusterKind?: ClusterKind;
  missionStatus?: MissionStatus;
  startsOn?: string;
  endsOn?: string;
  country?: string;
  places: string[];
  /** The graph's ids of the regions among the places (a mission's visited regions, an event's region). */
  placeIds: string[];
  smeCount?: number;
  /** text.slice(start, end). */
  excerpt: string;
  confidence: number;
  /** Why the candidate was proposed, in words a reviewer reads. */
  reasons: string[];
}

export interface DocumentToRead {
  text: string;
  /** The document's own date: a mission after it is planned. It never dates a fact itself. */
  publishedOn?: string;
}
