import { randomBytes } from 'node:crypto';
import type { Editor } from '../../auth.js';
import type { WriteTransaction } from '../../db/executor.js';
import { yearOf } from '../../domain/partial-date.js';
import { AtlasError, conflict, notFound } from '../../errors.js';
import {
  addCitationInput,
  addPartnershipMembersInput,
  checkDateOrder,
  createAgreementInput,
  createEventInput,
  createMissionInput,
  createPartnershipInput,
  invalidInput,
  parseInput,
  slugify,
  UPDATE_AGREEMENT_REQUIRED,
  UPDATE_MISSION_REQUIRED,
  updateAgreementInput,
  updateMissionInput,
  UPDATE_PARTNERSHIP_REQUIRED,
  updatePartnershipInput,
  UPSERT_CLUSTER_REQUIRED,
  upsertClusterInput,
  type AddCitationInput,
  type AddPartnershipMembersInput,
  type CitationCommand,
  type CreateEventInput,
  type CreateAgreementInput,
  type CreateMissionInput,
  type CreatePartnershipInput,
  type InputProblem,
  type NewSourceCommand,
  type UpdateAgreementInput,
  type UpdateMissionInput,
  type UpdatePartnershipInput,
  type UpsertClusterInput,
} from './inputs.js';
import { recordedWrite, takeLock, type Idempotency, type Recorder, type Writer } from '../history/write-path.js';
import {
  ADD_MEMBERS,
  CHECK_REFERENCES,
  CITE,
  CREATE_SOURCES,
  createEntity,
  FIND_SAME_SOURCE,
  deleteEntity,
  LOAD_ENTITY,
  replaceLinks,
  TAKEN_SOURCE_IDS,
  TOUCH,
  updateEntity,
  type EditableLabel,
  type LinkType,
  type TargetLabel,
} from './queries.js';

/**
 * Writes: each one validates its input, then, as one recorded write (history/write-path.ts: one
 * transaction, its Change record, its Idempotency-Key), checks that every id it names exists with
 * the right label, creates or reuses its sources, writes the node, its links and its citations.
 * Any problem throws before commit, so the transaction rolls back and nothing is left.
 */

export type { Writer } from '../history/write-path.js';

export interface WriteOptions<I> {
  writer: Writer;
  editor: Editor;
  input: I;
  /** The request's Idempotency-Key: a retry returns the first result and writes nothing. */
  idempotency?: Idempotency | undefined;
}

export interface UpdateOptions<I> extends WriteOptions<I> {
  id: string;
}

export interface DeleteOptions {
  writer: Writer;
  editor: Editor;
  id: string;
  idempotency?: Idempotency | undefined;
}

/** The id of the written entity; the caller reads it back through the read side. */
export interface WriteResult {
  id: string;
}

interface LinkField extends LinkType {
  targets: readonly TargetLabel[];
}

const AGREEMENT_LINKS = {
  parties: { type: 'PARTY_TO', direction: 'in', targets: ['Cluster'] },
  sectors: { type: 'COVERS', direction: 'out', targets: ['Sector'] },
  partnership: { type: 'ON_BEHALF_OF', direction: 'out', targets: ['Partnership'] },
  mission: { type: 'RESULTED_FROM', direction: 'out', targets: ['Mission'] },
} as const satisfies Record<string, LinkField>;

const MISSION_LINKS = {
  organisers: { type: 'ORGANISED', direction: 'in', targets: ['Cluster', 'Partnership'] },
  participants: { type: 'JOINED', direction: 'in', targets: ['Cluster'] },
  met: { type: 'MET', direction: 'out', targets: ['Cluster'] },
  visited: { type: 'VISITED', direction: 'out', targets: ['Region'] },
  sectors: { type: 'FOCUSED_ON', direction: 'out', targets: ['Sector'] },
} as const satisfies Record<string, LinkField>;

const EVENT_LINKS = {
  region: { type: 'IN', direction: 'out', targets: ['Region'] },
} as const satisfies Record<string, LinkField>;

const PARTNERSHIP_LINKS = {
  targets: { type: 'TARGETS', direction: 'out', targets: ['Country'] },
  sectors: { type: 'IN_SECTOR', direction: 'out', targets: ['Sector'] },
  members: { type: 'MEMBER_OF', direction: 'in', targets: ['Cluster'] },
} as const satisfies Record<string, LinkField>;

const CLUSTER_LINKS = {
  sectors: { type: 'ACTIVE_IN', direction: 'out', targets: ['Sector'] },
  location: { type: 'LOCATED_IN', direction: 'out', targets: ['Region', 'Country'] },
} as const satisfies Record<string, LinkField>;

/** The links a write replaces: field → target ids. A field that is absent keeps its stored links. */
type Links<F extends string> = Partial<Record<F, string[]>>;

/** An id the write names, the labels it may have, and how to say it is missing. */
interface Reference {
  field: string;
  id: string;
  expected: readonly (TargetLabel | 'Source')[];
  missing?: string;
}

interface ReferenceRow {
  index: number;
  labels: string[];
  countryCode: string | null;
}

interface StoredEntity {
  label: string;
  props: Record<string, unknown>;
  region: string | null;
}

export async function createAgreement({
  writer,
  editor,
  input,
  idempotency,
}: WriteOptions<CreateAgreementInput>): Promise<WriteResult> {
  const data = parseInput(createAgreementInput, input);
  checkDateOrder({ start: data.signedOn, end: data.endsOn, startField: 'signedOn', endField: 'endsOn' });
  const links: Links<keyof typeof AGREEMENT_LINKS> = {
    parties: data.parties,
    sectors: data.sectors ?? [],
    partnership: data.partnership ? [data.partnership] : [],
    mission: data.mission ? [data.mission] : [],
  };
  return createNode({
    writer,
    editor,
    idempotency,
    node: {
      label: 'Agreement',
      requestedId: data.id,
      name: data.name,
      props: {
        name: data.name,
        kind: data.agreementKind,
        status: data.status,
        signedOn: data.signedOn ?? null,
        endsOn: data.endsOn ?? null,
        summary: data.summary ?? null,
        year: data.signedOn ? yearOf(data.signedOn) : null,
      },
      fields: AGREEMENT_LINKS,
      links,
      citations: data.citations,
    },
  });
}

export async function updateAgreement({
  writer,
  editor,
  id,
  input,
  idempotency,
}: UpdateOptions<UpdateAgreementInput>): Promise<WriteResult> {
  const data = parseInput(updateAgreementInput, input, UPDATE_AGREEMENT_REQUIRED);
  const links: Links<keyof typeof AGREEMENT_LINKS> = given({
    parties: data.parties,
    sectors: listOrClear(data.sectors),
    partnership: oneOrClear(data.partnership),
    mission: oneOrClear(data.mission),
  });
  return updateNode({
    writer,
    editor,
    idempotency,
    check: (stored) =>
      checkDateOrder({
        start: data.signedOn === undefined ? storedText(stored, 'signedOn') : data.signedOn,
        end: data.endsOn === undefined ? storedText(stored, 'endsOn') : data.endsOn,
        startField: 'signedOn',
        endField: 'endsOn',
      }),
    node: {
      label: 'Agreement',
      id,
      props: given({
        name: data.name,
        kind: data.agreementKind,
        status: data.status,
        signedOn: data.signedOn,
        endsOn: data.endsOn,
        summary: data.summary,
        year: data.signedOn === undefined ? undefined : data.signedOn && yearOf(data.signedOn),
      }),
      fields: AGREEMENT_LINKS,
      links,
      citations: data.citations,
    },
  });
}

export async function createMission({
  writer,
  editor,
  input,
  idempotency,
}: WriteOptions<CreateMissionInput>): Promise<WriteResult> {
  const data = parseInput(createMissionInput, input);
  checkDateOrder({ start: data.startsOn, end: data.endsOn, startField: 'startsOn', endField: 'endsOn' });
  const links: Links<keyof typeof MISSION_LINKS> = {
    organisers: data.organisers ?? [],
    participants: data.participants ?? [],
    met: data.met ?? [],
    visited: data.visited ?? [],
    sectors: data.sectors ?? [],
  };
  return createNode({
    writer,
    editor,
    idempotency,
    node: {
      label: 'Mission',
      requestedId: data.id,
      name: data.name,
      props: {
        name: data.name,
        status: data.status,
        startsOn: data.startsOn ?? null,
        endsOn: data.endsOn ?? null,
        smeCount: data.smeCount ?? null,
        summary: data.summary ?? null,
        year: data.startsOn ? yearOf(data.startsOn) : null,
      },
      fields: MISSION_LINKS,
      links,
      citations: data.citations,
    },
  });
}

export async function updateMission({
  writer,
  editor,
  id,
  input,
  idempotency,
}: UpdateOptions<UpdateMissionInput>): Promise<WriteResult> {
  const data = parseInput(updateMissionInput, input, UPDATE_MISSION_REQUIRED);
  const links: Links<keyof typeof MISSION_LINKS> = given({
    organisers: listOrClear(data.organisers),
    participants: listOrClear(data.participants),
    met: listOrClear(data.met),
    visited: listOrClear(data.visited),
    sectors: listOrClear(data.sectors),
  });
  return updateNode({
    writer,
    editor,
    idempotency,
    check: (stored) =>
      checkDateOrder({
        start: data.startsOn === undefined ? storedText(stored, 'startsOn') : data.startsOn,
        end: data.endsOn === undefined ? storedText(stored, 'endsOn') : data.endsOn,
        startField: 'startsOn',
        endField: 'endsOn',
      }),
    node: {
      label: 'Mission',
      id,
      props: given({
        name: data.name,
        status: data.status,
        startsOn: data.startsOn,
        endsOn: data.endsOn,
        smeCount: data.smeCount,
        summary: data.summary,
        year: data.startsOn === undefined ? undefined : data.startsOn && yearOf(data.startsOn),
      }),
      fields: MISSION_LINKS,
      links,
      citations: data.citations,
    },
  });
}

/** Creates a partnership: its fields, target countries and sectors (its members join it by import or by their own writes). */
export async function createPartnership({
  writer,
  editor,
  input,
  idempotency,
}: WriteOptions<CreatePartnershipInput>): Promise<WriteResult> {
  const data = parseInput(createPartnershipInput, input);
  const links: Links<keyof typeof PARTNERSHIP_LINKS> = { targets: data.targets ?? [], sectors: data.sectors ?? [] };
  return createNode({
    writer,
    editor,
    idempotency,
    node: {
      label: 'Partnership',
      requestedId: data.id,
      name: data.name,
      props: {
        name: data.name,
        acronym: data.acronym ?? null,
        programme: data.programme ?? null,
        smeCount: data.smeCount ?? null,
        partnerCount: data.partnerCount ?? null,
      },
      fields: PARTNERSHIP_LINKS,
      links,
      citations: data.citations,
    },
  });
}

export async function updatePartnership({
  writer,
  editor,
  id,
  input,
  idempotency,
}: UpdateOptions<UpdatePartnershipInput>): Promise<WriteResult> {
  const data = parseInput(updatePartnershipInput, input, UPDATE_PARTNERSHIP_REQUIRED);
  const links: Links<keyof typeof PARTNERSHIP_LINKS> = given({
    targets: listOrClear(data.targets),
    sectors: listOrClear(data.sectors),
  });
  return updateNode({
    writer,
    editor,
    idempotency,
    node: {
      label: 'Partnership',
      id,
      props: given({
        name: data.name,
        acronym: data.acronym,
        programme: data.programme,
        smeCount: data.smeCount,
        partnerCount: data.partnerCount,
      }),
      fields: PARTNERSHIP_LINKS,
      links,
      citations: data.citations,
    },
  });
}

/**
 * Creates the cluster when `id` is absent or names no node, else updates it. A new cluster needs a
 * name and a country code; it sits in its region when one is given, else in its country.
 */
export async function upsertCluster({
  writer,
  editor,
  input,
  idempotency,
}: WriteOptions<UpsertClusterInput>): Promise<WriteResult & { created: boolean }> {
  const data = parseInput(upsertClusterInput, input, UPSERT_CLUSTER_REQUIRED);
  return recordedWrite({
    writer,
    editor,
    idempotency,
    work: async (tx, recorder) => {
      // Claiming the id first makes concurrent upserts of one new id one create and updates after it.
      const claimed = data.id ? await recorder.claim(data.id) : null;
      if (claimed && !claimed.mine && claimed.label !== 'Cluster') {
        throw conflict(
          `The id "${data.id}" belongs to a ${claimed.label ?? 'node'}, not a Cluster: choose another id, or leave id out to have one made from the name.`,
        );
      }
      if (data.id && claimed && !claimed.mine) await recorder.before([data.id]);
      const stored = data.id && claimed && !claimed.mine ? await findEntity(tx, data.id) : null;
      const created = stored === null;
      if (created) {
        const problems: InputProblem[] = [];
        if (!data.name) problems.push({ field: 'name', message: 'a new cluster needs a name' });
        if (!data.countryCode)
          problems.push({
            field: 'countryCode',
            message: 'a new cluster needs its country: an ISO code such as CA or FR',
          });
        if (problems.length > 0) throw invalidInput(problems);
      }
      const countryCode = data.countryCode ?? storedText(stored, 'countryCode');
      const region = data.region === undefined ? (stored?.region ?? null) : data.region;
      const relocated = created || data.countryCode !== undefined || data.region !== undefined;
      const links: Links<keyof typeof CLUSTER_LINKS> = given({
        sectors: created ? (data.sectors ?? []) : listOrClear(data.sectors),
        location: relocated && countryCode ? [region ?? countryCode.toLowerCase()] : undefined,
      });
      const country: Reference[] = relocated && countryCode && !region ? [countryReference(countryCode)] : [];
      const regionReference: Reference[] =
        relocated && region ? [{ field: 'region', id: region, expected: ['Region'] }] : [];
      const countries = await checkReferences(tx, [
        ...regionReference,
        ...country,
        ...linkReferences({ sectors: CLUSTER_LINKS.sectors }, { sectors: links.sectors }),
        ...sourceReferences(data.citations),
      ]);
      const regionCountry = regionReference.length > 0 ? countries[0] : null;
      if (region && countryCode && regionCountry && regionCountry !== countryCode) {
        throw invalidInput([
          {
            field: 'region',
            message: `"${region}" is in ${regionCountry}, not in ${countryCode}: choose a region of ${countryCode}, or change countryCode`,
          },
        ]);
      }
      const id = data.id ?? (await claimNewId(recorder, { requested: null, title: data.name ?? '' }));
      const aliases = created ? (data.aliases ?? []) : listOrClear(data.aliases);
      const props = given({
        name: data.name,
        acronym: data.acronym,
        aliases,
        aliasText: aliases === undefined ? undefined : aliases.length > 0 ? aliases.join(' | ') : null,
        kind: data.clusterKind ?? (created ? 'CLUSTER' : undefined),
        description: data.description,
        website: data.website,
        foundedYear: data.foundedYear,
        memberCount: data.memberCount,
        smeCount: data.smeCount,
        countryCode: data.countryCode,
      });
      await storeNode(tx, recorder, {
        operation: created ? 'CREATE' : 'UPDATE',
        editor,
        node: { label: 'Cluster', id, props, fields: CLUSTER_LINKS, links, citations: data.citations },
      });
      return { id, created };
    },
  });
}

export async function createEvent({
  writer,
  editor,
  input,
  idempotency,
}: WriteOptions<CreateEventInput>): Promise<WriteResult> {
  const data = parseInput(createEventInput, input);
  checkDateOrder({ start: data.startsOn, end: data.endsOn, startField: 'startsOn', endField: 'endsOn' });
  const links: Links<keyof typeof EVENT_LINKS> = { region: data.region ? [data.region] : [] };
  return createNode({
    writer,
    editor,
    idempotency,
    node: {
      label: 'Event',
      requestedId: data.id,
      name: data.name,
      props: { name: data.name, startsOn: data.startsOn ?? null, endsOn: data.endsOn ?? null },
      fields: EVENT_LINKS,
      links,
      citations: data.citations,
    },
  });
}

/**
 * Adds members to a partnership: the one `partnership` names, or a new one called `name`. Members
 * are only added (as partners), so that a document that lists some members never drops the others.
 */
export async function addPartnershipMembers({
  writer,
  editor,
  input,
  idempotency,
}: WriteOptions<AddPartnershipMembersInput>): Promise<WriteResult> {
  const data = parseInput(addPartnershipMembersInput, input);
  return recordedWrite({
    writer,
    editor,
    idempotency,
    work: async (tx, recorder) => {
      const members = linkReferences(PARTNERSHIP_LINKS, { members: data.members });
      const existing = data.partnership
        ? [{ field: 'partnership', id: data.partnership, expected: ['Partnership'] as const }]
        : [];
      await checkReferences(tx, [...existing, ...members, ...sourceReferences(data.citations)]);
      let id: string;
      if (data.partnership) {
        id = data.partnership;
        await recorder.before([id]);
        await tx.run(TOUCH, { id, editor: editor.name });
      } else {
        id = await claimNewId(recorder, { requested: null, title: data.name ?? '' });
        await tx.run(createEntity('Partnership'), { id, props: { name: data.name }, editor: editor.name });
      }
      await tx.run(ADD_MEMBERS, { id, members: data.members });
      const sources = await cite(tx, { id, citations: data.citations, editor });
      recorder.changed({ entityId: id, operation: data.partnership ? 'UPDATE' : 'CREATE', sources });
      return { id };
    },
  });
}

/** Cites any entity: an existing source or a new one, with the passage that supports it. */
export async function addCitation({
  writer,
  editor,
  input,
  idempotency,
}: WriteOptions<AddCitationInput>): Promise<{ entityId: string; sourceId: string }> {
  const data = parseInput(addCitationInput, input);
  const citation: CitationCommand = { source: data.source, excerpt: data.excerpt };
  return recordedWrite({
    writer,
    editor,
    idempotency,
    work: async (tx, recorder) => {
      await recorder.before([data.entityId]);
      if (!(await findEntity(tx, data.entityId))) throw notFound('entity', data.entityId);
      await checkReferences(tx, sourceReferences([citation]));
      const sources = await cite(tx, { id: data.entityId, citations: [citation], editor });
      await tx.run(TOUCH, { id: data.entityId, editor: editor.name });
      recorder.changed({ entityId: data.entityId, operation: 'UPDATE', sources });
      return { entityId: data.entityId, sourceId: sources[0] as string };
    },
  });
}

export const deleteAgreement = (options: DeleteOptions) => deleteNode({ ...options, label: 'Agreement' });
export const deleteMission = (options: DeleteOptions) => deleteNode({ ...options, label: 'Mission' });
export const deletePartnership = (options: DeleteOptions) => deleteNode({ ...options, label: 'Partnership' });
/** A cluster goes with its links (its agreements stay, with one party less); Revert brings them back. */
export const deleteCluster = (options: DeleteOptions) => deleteNode({ ...options, label: 'Cluster' });

/** What a write stores of a node: its properties, the links of its fields and its citations. */
interface NodeWrite<F extends string> {
  label: EditableLabel;
  id: string;
  props: Record<string, unknown>;
  fields: Record<F, LinkField>;
  links: Links<F>;
  citations: CitationCommand[];
}

type WriteFrame = Omit<WriteOptions<unknown>, 'input'>;

/** Creates a node under a new id (the one asked for, or one made from its name), with its links and citations. */
async function createNode<F extends string>({
  writer,
  editor,
  idempotency,
  node,
}: WriteFrame & { node: Omit<NodeWrite<F>, 'id'> & { requestedId: string | null | undefined; name: string } }) {
  return recordedWrite({
    writer,
    editor,
    idempotency,
    work: async (tx, recorder): Promise<WriteResult> => {
      await checkReferences(tx, [...linkReferences(node.fields, node.links), ...sourceReferences(node.citations)]);
      const id = await claimNewId(recorder, { requested: node.requestedId, title: node.name });
      await storeNode(tx, recorder, { operation: 'CREATE', editor, node: { ...node, id } });
      return { id };
    },
  });
}

/** Updates a stored node of the label (NOT_FOUND otherwise); `check` validates the update against what is stored. */
async function updateNode<F extends string>({
  writer,
  editor,
  idempotency,
  node,
  check,
}: WriteFrame & { node: NodeWrite<F>; check?: (stored: StoredEntity) => void }) {
  return recordedWrite({
    writer,
    editor,
    idempotency,
    work: async (tx, recorder): Promise<WriteResult> => {
      await recorder.before([node.id]);
      check?.(await loadEntity(tx, { id: node.id, label: node.label }));
      await checkReferences(tx, [...linkReferences(node.fields, node.links), ...sourceReferences(node.citations)]);
      await storeNode(tx, recorder, { operation: 'UPDATE', editor, node });
      return { id: node.id };
    },
  });
}

/** Writes the node, its links and its citations, and records the change: the last steps of every create and update. */
async function storeNode<F extends string>(
  tx: WriteTransaction,
  recorder: Recorder,
  { operation, editor, node }: { operation: 'CREATE' | 'UPDATE'; editor: Editor; node: NodeWrite<F> },
): Promise<void> {
  const { label, id, props, fields, links, citations } = node;
  await tx.run(operation === 'CREATE' ? createEntity(label) : updateEntity(label), { id, props, editor: editor.name });
  await writeLinks(tx, { label, id, fields, links });
  const sources = await cite(tx, { id, citations, editor });
  recorder.changed({ entityId: id, operation, sources });
}

/** Deletes the node and its relationships, never its sources; NOT_FOUND when there is no such node. */
async function deleteNode({
  writer,
  editor,
  id,
  idempotency,
  label,
}: DeleteOptions & { label: EditableLabel }): Promise<WriteResult> {
  return recordedWrite({
    writer,
    editor,
    idempotency,
    work: async (tx, recorder) => {
      await recorder.before([id]);
      const rows = await tx.run<{ id: string }>(deleteEntity(label), { id });
      if (rows.length === 0) throw notFound(label.toLowerCase(), id);
      recorder.changed({ entityId: id, operation: 'DELETE' });
      return { id };
    },
  });
}

/** The references of the link fields a write sets, each with the labels its targets may have. */
function linkReferences<F extends string>(fields: Record<F, LinkField>, links: Links<F>): Reference[] {
  return (Object.entries(links) as [F, string[] | undefined][]).flatMap(([field, ids]) =>
    (ids ?? []).map((id) => ({ field, id, expected: fields[field].targets })),
  );
}

function sourceReferences(citations: CitationCommand[]): Reference[] {
  return citations.flatMap((citation, index) =>
    citation.source.id
      ? [{ field: `citations.${index}.source.id`, id: citation.source.id, expected: ['Source'] as const }]
      : [],
  );
}

function countryReference(code: string): Reference {
  return {
    field: 'countryCode',
    id: code.toLowerCase(),
    expected: ['Country'],
    missing: `no country with the code ${code} is in the graph: use the code of a country it holds`,
  };
}

/**
 * Checks every reference in one statement; throws BAD_USER_INPUT naming each missing or mislabelled
 * id. Returns, per reference in order, the country code of the node it names (regions, clusters).
 */
async function checkReferences(tx: WriteTransaction, refs: Reference[]): Promise<(string | null)[]> {
  if (refs.length === 0) return [];
  const rows = await tx.run<ReferenceRow>(CHECK_REFERENCES, {
    refs: refs.map((ref, index) => ({ index, id: ref.id, source: ref.expected.includes('Source') })),
  });
  const byIndex = new Map(rows.map((row) => [row.index, row]));
  const problems: InputProblem[] = [];
  refs.forEach((ref, index) => {
    const labels = (byIndex.get(index)?.labels ?? []).filter((label) => label !== 'Entity');
    const expected = ref.expected.join(' or ');
    if (labels.length === 0) {
      problems.push({ field: ref.field, message: ref.missing ?? `no ${expected} has the id "${ref.id}"` });
    } else if (!labels.some((label) => (ref.expected as readonly string[]).includes(label))) {
      problems.push({ field: ref.field, message: `"${ref.id}" is a ${labels.join(', ')}, not a ${expected}` });
    }
  });
  if (problems.length > 0) throw invalidInput(problems);
  return refs.map((_, index) => byIndex.get(index)?.countryCode ?? null);
}

/** The stored node with that id, or null. */
async function findEntity(tx: WriteTransaction, id: string): Promise<StoredEntity | null> {
  const [row] = await tx.run<{ labels: string[]; props: Record<string, unknown>; region: string | null }>(LOAD_ENTITY, {
    id,
  });
  if (!row) return null;
  return { label: row.labels.find((label) => label !== 'Entity') ?? 'Entity', props: row.props, region: row.region };
}

/** The stored node a write updates; NOT_FOUND when no node of that label has the id. */
async function loadEntity(
  tx: WriteTransaction,
  { id, label }: { id: string; label: EditableLabel },
): Promise<StoredEntity> {
  const stored = await findEntity(tx, id);
  if (!stored || stored.label !== label) throw notFound(label.toLowerCase(), id);
  return stored;
}

/**
 * The id of a new entity, claimed for this write (see Recorder.claim). The rule: the requested id,
 * CONFLICT when taken; without one, the slug of the name (`Aero Montréal` → `aero-montreal`), or,
 * when that is taken, the slug and a random six-hex-digit suffix (`aero-montreal-3f9a1c`).
 * Concurrent creates of one name so get distinct ids, never a CONFLICT.
 */
async function claimNewId(
  recorder: Recorder,
  { requested, title }: { requested: string | null | undefined; title: string },
): Promise<string> {
  if (requested) {
    if ((await recorder.claim(requested)).mine) return requested;
    throw takenId(requested);
  }
  const base = slugify(title) || 'entry';
  for (const candidate of [base, ...suffixed(base, 8)]) {
    if ((await recorder.claim(candidate)).mine) return candidate;
  }
  throw conflict(`No free id could be made from "${title}": choose an id.`);
}

function suffixed(base: string, count: number): string[] {
  return Array.from({ length: count }, () => `${base}-${randomBytes(3).toString('hex')}`);
}

function takenId(id: string): AtlasError {
  return new AtlasError(
    'CONFLICT',
    `The id "${id}" is already taken: choose another id, or leave id out to have one made from the name.`,
    { id },
  );
}

/**
 * The source a new-source citation stands for: a stored source with the same URL, or the same
 * title and publisher, is reused; else a source is created, with the requested id (CONFLICT when
 * taken) or the slug of its title (suffixed when taken). Runs under the "sources" lock, so two
 * concurrent writes of one new source make one.
 */
async function resolveNewSource(
  tx: WriteTransaction,
  options: { fresh: NewSourceCommand; editor: Editor },
): Promise<string> {
  const { fresh, editor } = options;
  const [same] = await tx.run<{ id: string }>(FIND_SAME_SOURCE, {
    url: fresh.url,
    title: fresh.title,
    publisher: fresh.publisher ?? null,
  });
  if (same) return same.id;
  const base = fresh.id ?? (slugify(fresh.title) || 'source');
  const candidates = fresh.id ? [fresh.id] : [base, ...suffixed(base, 4)];
  const taken = new Set((await tx.run<{ id: string }>(TAKEN_SOURCE_IDS, { ids: candidates })).map((row) => row.id));
  const id = candidates.find((candidate) => !taken.has(candidate));
  if (!id)
    throw fresh.id ? takenId(fresh.id) : conflict(`No free id could be made from "${fresh.title}": choose an id.`);
  await tx.run(CREATE_SOURCES, {
    rows: [
      {
        id,
        props: {
          title: fresh.title,
          url: fresh.url,
          publisher: fresh.publisher ?? null,
          publishedOn: fresh.publishedOn ?? null,
        },
      },
    ],
    editor: editor.name,
  });
  return id;
}

/** Creates or reuses the write's new sources, then cites them and the existing ones; returns the source ids in order. */
async function cite(
  tx: WriteTransaction,
  options: { id: string; citations: CitationCommand[]; editor: Editor },
): Promise<string[]> {
  const { id, citations, editor } = options;
  if (citations.some((citation) => citation.source.new)) await takeLock(tx, 'sources');
  const resolved: { source: string; excerpt: string }[] = [];
  for (const citation of citations) {
    const fresh = citation.source.new;
    const source = fresh ? await resolveNewSource(tx, { fresh, editor }) : (citation.source.id ?? '');
    resolved.push({ source, excerpt: citation.excerpt });
  }
  await tx.run(CITE, { id, citations: resolved });
  return resolved.map((citation) => citation.source);
}

/** Replaces the links of each given field, in the allow-listed type and direction of that field. */
async function writeLinks<F extends string>(
  tx: WriteTransaction,
  options: { label: EditableLabel; id: string; fields: Record<F, LinkField>; links: Links<F> },
): Promise<void> {
  const { label, id, fields, links } = options;
  for (const [field, targets] of Object.entries(links) as [F, string[] | undefined][]) {
    if (targets !== undefined) await tx.run(replaceLinks(label, fields[field]), { id, targets });
  }
}

/** Drops the keys whose value is undefined: absent means "keep", null means "clear". */
function given<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/** Update semantics for a list: absent keeps, null clears, a list replaces. */
function listOrClear(ids: string[] | null | undefined): string[] | undefined {
  return ids === null ? [] : ids;
}

function oneOrClear(id: string | null | undefined): string[] | undefined {
  return id === undefined ? undefined : id === null ? [] : [id];
}

function storedText(stored: StoredEntity | null, key: string): string | null {
  const value = stored?.props[key];
  return typeof value === 'string' ? value : null;
}
