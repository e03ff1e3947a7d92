import { z } from 'zod';
import { comparePartialDates, isPartialDate } from '../../domain/partial-date.js';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, CLUSTER_KINDS, MISSION_STATUSES, SLUG } from '../../domain/vocabulary.js';
import { AtlasError } from '../../errors.js';

/**
 * What a write may say, checked before anything touches the graph: shapes, slugs, partial dates,
 * enum values, at least one source. Facts that need the graph (ids exist, stored dates) are
 * checked by the repository inside the write's transaction.
 */

const MAX_LINKS = 200;

const name = z.string().trim().min(1, 'must not be blank').max(300, 'must be at most 300 characters');
const text = z.string().trim().min(1, 'must not be blank').max(5000, 'must be at most 5000 characters');
const slug = z
  .string()
  .max(100, 'must be at most 100 characters')
  .regex(SLUG, 'must be a slug: lower-case letters and digits joined by single hyphens, such as "aero-montreal"');
const reference = z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters');
const references = z
  .array(reference)
  .max(MAX_LINKS, `must list at most ${MAX_LINKS} ids`)
  .transform((ids) => [...new Set(ids)]);
const partialDate = z.string().refine(isPartialDate, 'must be a partial date: 2007, 2018-06 or 2017-01-31');
const count = z.number().int().min(0, 'must not be negative');
const httpUrl = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .refine(
    (value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol),
    'must be an http:// or https:// URL',
  );

const newSource = z.object({
  id: slug.nullish(),
  title: name,
  url: httpUrl,
  publisher: name.nullish(),
  publishedOn: partialDate.nullish(),
});
const sourceRef = z
  .object({ id: reference.nullish(), new: newSource.nullish() })
  .refine(
    (source) => (source.id ? 1 : 0) + (source.new ? 1 : 0) === 1,
    'give exactly one of id (an existing Source) or new (a source to create with title and url)',
  );
const citation = z.object({ source: sourceRef, excerpt: text });
const citations = z
  .array(citation)
  .min(1, 'name at least one source: cite an existing Source id, or a new source with title and url')
  .max(20, 'must list at most 20 citations');

const atLeastTwoParties = references.refine(
  (ids) => ids.length >= 2,
  'an agreement needs at least two distinct parties: list two or more cluster ids',
);

export const createAgreementInput = z.object({
  id: slug.nullish(),
  name,
  agreementKind: z.enum(AGREEMENT_KINDS),
  status: z.enum(AGREEMENT_STATUSES),
  signedOn: partialDate.nullish(),
  endsOn: partialDate.nullish(),
  summary: text.nullish(),
  parties: atLeastTwoParties,
  sectors: references.nullish(),
  partnership: reference.nullish(),
  mission: reference.nullish(),
  citations,
});

/** Absent: keep; null: clear (optional fields only); a list replaces the stored one. */
export const updateAgreementInput = createAgreementInput
  .omit({ id: true })
  .partial({ name: true, agreementKind: true, status: true, parties: true });

export const createMissionInput = z.object({
  id: slug.nullish(),
  name,
  status: z.enum(MISSION_STATUSES),
  startsOn: partialDate.nullish(),
  endsOn: partialDate.nullish(),
  smeCount: count.nullish(),
  summary: text.nullish(),
  organisers: references.nullish(),
  participants: references.nullish(),
  met: references.nullish(),
  visited: references.nullish(),
  sectors: references.nullish(),
  citations,
});

/** Absent: keep; null: clear (optional fields only); a list replaces the stored one. */
export const updateMissionInput = createMissionInput.omit({ id: true }).partial({ name: true, status: true });

export const createPartnershipInput = z.object({
  id: slug.nullish(),
  name,
  acronym: name.nullish(),
  programme: name.nullish(),
  smeCount: count.nullish(),
  partnerCount: count.nullish(),
  targets: references.nullish(),
  sectors: references.nullish(),
  citations,
});

/** Absent: keep; null: clear (optional fields only); a list replaces the stored one. */
export const updatePartnershipInput = createPartnershipInput.omit({ id: true }).partial({ name: true });

export const upsertClusterInput = z.object({
  id: slug.nullish(),
  name: name.optional(),
  acronym: name.nullish(),
  aliases: z.array(name).max(50, 'must list at most 50 aliases').nullish(),
  clusterKind: z.enum(CLUSTER_KINDS).optional(),
  description: text.nullish(),
  website: httpUrl.nullish(),
  foundedYear: z.number().int().min(1000, 'must be a four-digit year').max(9999, 'must be a four-digit year').nullish(),
  memberCount: count.nullish(),
  smeCount: count.nullish(),
  countryCode: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as CA or FR')
    .transform((code) => code.toUpperCase())
    .optional(),
  region: reference.nullish(),
  sectors: references.nullish(),
  citations,
});

export const createEventInput = z.object({
  id: slug.nullish(),
  name,
  startsOn: partialDate.nullish(),
  endsOn: partialDate.nullish(),
  region: reference.nullish(),
  citations,
});

/** A partnership by id, or a new one by name; its members are added, never removed. */
export const addPartnershipMembersInput = z
  .object({
    partnership: reference.nullish(),
    name: name.nullish(),
    members: references.refine((ids) => ids.length > 0, 'list at least one member cluster id'),
    citations,
  })
  .refine((input) => input.partnership || input.name, {
    message: 'give the partnership: the id of one in the graph, or the name of a new one',
    path: ['partnership'],
  });

export const addCitationInput = z.object({
  entityId: reference,
  source: sourceRef,
  excerpt: text,
});

/** Fields an update may leave out but not clear: GraphQL lets a client send null, parseInput refuses it by name. */
export const UPDATE_AGREEMENT_REQUIRED = ['name', 'agreementKind', 'status', 'parties'] as const;
export const UPDATE_MISSION_REQUIRED = ['name', 'status'] as const;
export const UPSERT_CLUSTER_REQUIRED = ['name', 'clusterKind', 'countryCode'] as const;
export const UPDATE_PARTNERSHIP_REQUIRED = ['name'] as const;

/** An input as a client may send it: the not-clearable fields may still arrive as null. */
type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]?: T[P] | null };

export type CreateAgreementInput = z.input<typeof createAgreementInput>;
export type UpdateAgreementInput = Nullable<
  z.input<typeof updateAgreementInput>,
  (typeof UPDATE_AGREEMENT_REQUIRED)[number]
>;
export type CreateMissionInput = z.input<typeof createMissionInput>;
export type UpdateMissionInput = Nullable<z.input<typeof updateMissionInput>, (typeof UPDATE_MISSION_REQUIRED)[number]>;
export type CreatePartnershipInput = z.input<typeof createPartnershipInput>;
export type UpdatePartnershipInput = Nullable<
  z.input<typeof updatePartnershipInput>,
  (typeof UPDATE_PARTNERSHIP_REQUIRED)[number]
>;
export type UpsertClusterInput = Nullable<z.input<typeof upsertClusterInput>, (typeof UPSERT_CLUSTER_REQUIRED)[number]>;
export type AddCitationInput = z.input<typeof addCitationInput>;
export type CreateEventInput = z.input<typeof createEventInput>;
export type AddPartnershipMembersInput = z.input<typeof addPartnershipMembersInput>;
export type CitationCommand = z.output<typeof citation>;
export type SourceCommand = z.output<typeof sourceRef>;
export type NewSourceCommand = NonNullable<SourceCommand['new']>;

/** A problem with one field of a write, as the client sent it. */
export interface InputProblem {
  field: string;
  message: string;
}

/** One BAD_USER_INPUT naming every problem, so a client fixes them all in one go. */
export function invalidInput(problems: InputProblem[]): AtlasError {
  const lines = problems.map((problem) => `${problem.field}: ${problem.message}`);
  return new AtlasError('BAD_USER_INPUT', `The write was refused, nothing was written. ${lines.join('; ')}.`, {
    problems,
  });
}

/**
 * Parses one write's input, or throws BAD_USER_INPUT naming each field and what to change.
 * `required` lists fields that may be left out but not cleared with null.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  required: readonly string[] = [],
): z.output<S> {
  const problems: InputProblem[] = [];
  if (value && typeof value === 'object') {
    for (const field of required) {
      if ((value as Record<string, unknown>)[field] === null)
        problems.push({ field, message: 'cannot be cleared: leave it out to keep the stored value' });
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.') || 'input';
      if (!problems.some((problem) => problem.field === field)) problems.push({ field, message: issue.message });
    }
  }
  if (problems.length > 0 || !parsed.success) throw invalidInput(problems);
  return parsed.data;
}

/** Refuses a start after its end, compared to the precision both share ("2018" is not after "2018-06"). */
export function checkDateOrder(options: {
  start: string | null | undefined;
  end: string | null | undefined;
  startField: string;
  endField: string;
}): void {
  const { start, end, startField, endField } = options;
  if (start && end && comparePartialDates(start, end) > 0) {
    throw invalidInput([
      { field: endField, message: `${end} is before ${startField} ${start}: the end must not be before the start` },
    ]);
  }
}

/** A slug from a title: "Aéro Montréal – CRIAQ" becomes "aero-montreal-criaq". */
export function slugify(title: string, maxLength = 60): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}
