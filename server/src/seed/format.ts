import { z } from 'zod';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CLUSTER_KINDS,
  MEMBER_ROLES,
  MISSION_STATUSES,
  REGION_KINDS,
  SLUG,
} from '../domain/vocabulary.js';

/**
 * The format of a seed file (cypher/seed/*.yaml): the facts one source document states, each
 * entry citing that document with an excerpt. An entity may appear in several files; the loader
 * merges them by id, and every appearance adds a citation.
 */

export const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

const slug = z.string().regex(SLUG, 'ids are lower-case slugs such as "aero-montreal"');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'countries are ISO 3166-1 alpha-2 codes such as "CA"');
const partialDate = z.string().regex(PARTIAL_DATE, 'dates are "2007", "2018-06" or "2017-01-31"');
const text = z.string().trim().min(1);
const count = z.number().int().nonnegative();
/** The words of the source that state the fact; required on every fact-bearing entry. */
const cite = text;

const source = z.strictObject({
  id: slug,
  file: text,
  title: text,
  publisher: text.optional(),
  publishedOn: partialDate.optional(),
  url: z.url().optional(),
});

const country = z.strictObject({
  code: countryCode,
  name: text,
  eu: z.boolean(),
  /** Sectors the text names as the country's innovation priorities. */
  prioritySectors: z.array(slug).optional(),
  cite: cite.optional(),
});

const region = z.strictObject({
  id: slug,
  name: text.optional(),
  kind: z.enum(REGION_KINDS).optional(),
  country: countryCode.optional(),
  partOf: slug.optional(),
  aliases: z.array(text).optional(),
  cite: cite.optional(),
});

const sector = z.strictObject({
  id: slug,
  name: text.optional(),
  partOf: slug.optional(),
  aliases: z.array(text).optional(),
  cite: cite.optional(),
});

const cluster = z.strictObject({
  id: slug,
  name: text.optional(),
  acronym: text.optional(),
  aliases: z.array(text).optional(),
  kind: z.enum(CLUSTER_KINDS).optional(),
  description: text.optional(),
  website: text.optional(),
  foundedYear: z.number().int().min(1800).max(2100).optional(),
  memberCount: count.optional(),
  smeCount: count.optional(),
  /** Where the cluster is: a region id when the text says, else only the country. */
  region: slug.optional(),
  country: countryCode.optional(),
  sectors: z.array(slug).optional(),
  cite,
});

const agreement = z.strictObject({
  id: slug,
  title: text.optional(),
  kind: z.enum(AGREEMENT_KINDS).optional(),
  status: z.enum(AGREEMENT_STATUSES).optional(),
  signedOn: partialDate.optional(),
  endsOn: partialDate.optional(),
  summary: text.optional(),
  parties: z.array(slug).optional(),
  sectors: z.array(slug).optional(),
  partnership: slug.optional(),
  mission: slug.optional(),
  /** The earlier agreement this one updates (renews, amends, refocuses), as its source says. */
  updates: slug.optional(),
  cite,
});

const mission = z.strictObject({
  id: slug,
  title: text.optional(),
  startsOn: partialDate.optional(),
  endsOn: partialDate.optional(),
  status: z.enum(MISSION_STATUSES).optional(),
  smeCount: count.optional(),
  summary: text.optional(),
  /** Clusters or partnerships that organised the mission. */
  organisers: z.array(slug).optional(),
  /** Clusters that travelled with it. */
  participants: z.array(slug).optional(),
  /** Clusters it met or that hosted it. */
  met: z.array(slug).optional(),
  visited: z.array(slug).optional(),
  sectors: z.array(slug).optional(),
  events: z.array(slug).optional(),
  cite,
});

const member = z.union([slug, z.strictObject({ cluster: slug, role: z.enum(MEMBER_ROLES) })]);

const partnership = z.strictObject({
  id: slug,
  name: text.optional(),
  acronym: text.optional(),
  aliases: z.array(text).optional(),
  programme: text.optional(),
  smeCount: count.optional(),
  partnerCount: count.optional(),
  members: z.array(member).optional(),
  targets: z.array(countryCode).optional(),
  sectors: z.array(slug).optional(),
  cite,
});

const event = z.strictObject({
  id: slug,
  title: text.optional(),
  startsOn: partialDate.optional(),
  endsOn: partialDate.optional(),
  kind: text.optional(),
  audience: text.optional(),
  region: slug.optional(),
  /** Clusters or partnerships the text names as organising it; left out when the text names none. */
  organisers: z.array(slug).optional(),
  cite,
});

export const seedFileSchema = z.strictObject({
  source,
  countries: z.array(country).default([]),
  regions: z.array(region).default([]),
  sectors: z.array(sector).default([]),
  clusters: z.array(cluster).default([]),
  agreements: z.array(agreement).default([]),
  missions: z.array(mission).default([]),
  partnerships: z.array(partnership).default([]),
  events: z.array(event).default([]),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
export type SeedSource = SeedFile['source'];
export type SeedCountry = SeedFile['countries'][number];
export type SeedRegion = SeedFile['regions'][number];
export type SeedSector = SeedFile['sectors'][number];
export type SeedCluster = SeedFile['clusters'][number];
export type SeedAgreement = SeedFile['agreements'][number];
export type SeedMission = SeedFile['missions'][number];
export type SeedPartnership = SeedFile['partnerships'][number];
export type SeedEvent = SeedFile['events'][number];
