import { randomBytes, randomUUID } from 'node:crypto';
import type { Editor } from '../../auth.js';
import type { Executor, WriteTransaction } from '../../db/executor.js';
import { extractCandidates } from '../../documents/extract.js';
import { documentText, type DocumentFormat } from '../../documents/input.js';
import type { Candidate, CandidateParty, KnownEntity, KnownKind } from '../../documents/types.js';
import { badInput, conflict, notFound } from '../../errors.js';
import {
  addCitation,
  addPartnershipMembers,
  createAgreement,
  createEvent,
  createMission,
  upsertCluster,
} from '../editing/repo.js';
import { recordedWrite, type Idempotency, type Writer } from '../history/write-path.js';
import { slugify } from '../editing/inputs.js';
import {
  ACCEPT,
  CANDIDATE,
  CANDIDATE_FOR_DECISION,
  CREATE_REVIEW,
  KNOWN_WORLD,
  RECENT_REVIEWS,
  REJECT,
  REVIEW,
  REVIEW_CANDIDATES,
} from './queries.js';

/**
 * Documents under review. Proposing reads the document, runs the extractor against what the graph
 * holds now, and stores the document as a Source with its full text, the review and its candidates
 * (one recorded write). Accepting a candidate writes its fact through the editing write path — the
 * organisations it needs first, then the fact, each cited to the document's Source with the
 * candidate's excerpt and recorded in the history — and marks the candidate accepted, all in one
 * transaction. Rejecting keeps the candidate with its review, with the reason.
 */

export interface DocumentToPropose {
  title: string;
  text: string;
  url?: string | null;
  publisher?: string | null;
  publishedOn?: string | null;
  format?: DocumentFormat | null;
}

export type CandidatePartyRecord = CandidateParty;

export interface CandidateRecord extends Omit<Candidate, 'parties' | 'reasons'> {
  id: string;
  status: 'PENDING' | 'ACCEPTED' | 'REJECTED';
  parties: CandidatePartyRecord[];
  reasons: string[];
  entity: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  /** The name as the text gave it, when the reviewer renamed the candidate on accepting it. */
  proposedName?: string;
}

export interface ReviewRecord {
  id: string;
  title: string;
  text: string;
  createdAt: string;
  createdBy: string;
  source: {
    id: string;
    title: string;
    publisher: string | null;
    publishedOn: string | null;
    file: string | null;
    url: string | null;
  };
  candidates: CandidateRecord[];
}

export interface CandidateEdit {
  name?: string | null;
  agreementKind?: Candidate['agreementKind'] | null;
  agreementStatus?: Candidate['agreementStatus'] | null;
  startsOn?: string | null;
  endsOn?: string | null;
  country?: string | null;
  parties?: { name: string; match?: string | null }[] | null;
}

const KNOWN_LABELS: Record<string, KnownKind> = {
  Cluster: 'CLUSTER',
  Region: 'REGION',
  Country: 'COUNTRY',
  Sector: 'SECTOR',
  Agreement: 'AGREEMENT',
  Partnership: 'PARTNERSHIP',
  Event: 'EVENT',
};

/** What the extractor compares the text with: the graph as it is now. */
export async function readKnownWorld(executor: Executor): Promise<KnownEntity[]> {
  const rows = await executor.read<{
    id: string;
    label: string;
    names: string[];
    country: string | null;
    parties: string[];
    kind: string | null;
    date: string | null;
  }>(KNOWN_WORLD);
  return rows.map((row) => {
    const kind = KNOWN_LABELS[row.label]!;
    return {
      id: row.id,
      kind,
      names: row.names,
      ...(row.country ? { country: row.country } : {}),
      ...(row.parties.length > 0 ? { parties: row.parties } : {}),
      ...(kind === 'AGREEMENT' && row.kind ? { agreementKind: row.kind as Candidate['agreementKind'] } : {}),
      ...(row.date ? { date: row.date } : {}),
    };
  });
}

export async function proposeFacts(options: {
  executor: Executor;
  writer: Writer;
  editor: Editor;
  document: DocumentToPropose;
  /** A retry with the same key answers the first review and stores no second one. */
  idempotency?: Idempotency | undefined;
}): Promise<{ id: string }> {
  const { document, editor } = options;
  const title = document.title.trim();
  if (title.length === 0) throw badInput('Give the document a title.', 'title');
  const text = await documentText({ format: document.format ?? 'TEXT', content: document.text });
  const known = await readKnownWorld(options.executor);
  const candidates = extractCandidates(
    { text, ...(document.publishedOn ? { publishedOn: document.publishedOn } : {}) },
    known,
  );
  const reviewId = `review-${randomUUID()}`;
  const sourceId = `${slugify(title).slice(0, 60) || 'document'}-${randomBytes(3).toString('hex')}`;
  return recordedWrite({
    writer: options.writer,
    editor,
    idempotency: options.idempotency,
    work: async (tx) => {
      await tx.run(CREATE_REVIEW, {
        review: { id: reviewId, title, createdBy: editor.name },
        source: {
          id: sourceId,
          props: defined({
            title,
            text,
            url: document.url,
            publisher: document.publisher,
            publishedOn: document.publishedOn,
          }),
        },
        candidates: candidates.map((candidate, index) => ({
          id: `${reviewId}-${index + 1}`,
          match: candidate.match ?? null,
          props: toProps(candidate),
        })),
      });
      return { id: reviewId };
    },
  });
}

export async function readReview(executor: Executor, id: string): Promise<ReviewRecord | null> {
  const [row] = await executor.read<ReviewRow>(REVIEW, { id });
  return row ? toReview(row) : null;
}

export async function recentReviews(executor: Executor, first: number): Promise<ReviewRecord[]> {
  const rows = await executor.read<ReviewRow>(RECENT_REVIEWS, { first });
  return rows.map(toReview);
}

export async function readCandidate(executor: Executor, id: string): Promise<CandidateRecord | null> {
  const [row] = await executor.read<{ candidate: CandidateRow }>(CANDIDATE, { id });
  return row ? toCandidate(row.candidate) : null;
}

/**
 * Accepts a candidate: its fact written through the editing write path, cited to the document, and
 * the candidate marked accepted, in one transaction. Returns the id of the entity written.
 */
export async function acceptCandidate(options: {
  writer: Writer;
  editor: Editor;
  id: string;
  edit?: CandidateEdit | null;
  idempotency?: Idempotency | undefined;
}): Promise<{ entityId: string }> {
  const { editor } = options;
  return recordedWrite({
    writer: options.writer,
    editor,
    idempotency: options.idempotency,
    work: async (tx) => {
      // The editing functions run their recorded writes inside this transaction.
      const inside: Writer = { write: (work) => work(tx) };
      const { candidate: stored, review, source } = await candidateForDecision(tx, options.id);
      const candidate = applyEdit(stored, options.edit);
      const citations = [{ source: { id: source }, excerpt: candidate.excerpt }];
      const others = (await tx.run<{ candidate: CandidateRow }>(REVIEW_CANDIDATES, { review })).map((r) =>
        toCandidate(r.candidate),
      );
      const partyId = async (party: CandidatePartyRecord): Promise<string> => {
        if (party.match) return party.match;
        const own = organisationNamed(others, party.name);
        if (own?.status === 'ACCEPTED' && own.entity) return own.entity;
        // A new organisation the fact needs: created first, with what its own candidate says.
        if (!own?.country) {
          throw badInput(
            `The text does not say which country ${party.name} is in: accept its organisation with a country first (edit, then accept), then this ${candidate.kind.toLowerCase()}.`,
            'country',
          );
        }
        const { id } = await upsertCluster({
          writer: inside,
          editor,
          input: {
            name: party.name,
            clusterKind: own.clusterKind ?? 'CLUSTER',
            countryCode: own.country,
            citations: [{ source: { id: source }, excerpt: own.excerpt }],
          },
        });
        if (own.status === 'PENDING') {
          await tx.run(ACCEPT, { id: own.id, entity: id, props: {}, editor: editor.name });
        }
        return id;
      };
      const ids = async (role?: CandidateParty['role']) => {
        const list: string[] = [];
        for (const party of candidate.parties.filter((p) => role === undefined || p.role === role))
          list.push(await partyId(party));
        return [...new Set(list)];
      };
      let entityId: string;
      switch (candidate.kind) {
        case 'ORGANISATION': {
          if (candidate.match) {
            await addCitation({
              writer: inside,
              editor,
              input: { entityId: candidate.match, source: { id: source }, excerpt: candidate.excerpt },
            });
            entityId = candidate.match;
          } else {
            if (!candidate.country) {
              throw badInput(`Say which country ${candidate.name} is in (edit the candidate, then accept).`, 'country');
            }
            ({ id: entityId } = await upsertCluster({
              writer: inside,
              editor,
              input: {
                name: candidate.name,
                clusterKind: candidate.clusterKind ?? 'CLUSTER',
                countryCode: candidate.country,
                citations,
              },
            }));
          }
          break;
        }
        case 'AGREEMENT': {
          if (candidate.match) {
            await addCitation({
              writer: inside,
              editor,
              input: { entityId: candidate.match, source: { id: source }, excerpt: candidate.excerpt },
            });
            entityId = candidate.match;
            break;
          }
          if (!candidate.agreementKind) {
            throw badInput(
              'The text does not say which kind of agreement this is: choose one (edit, then accept).',
              'agreementKind',
            );
          }
          ({ id: entityId } = await createAgreement({
            writer: inside,
            editor,
            input: {
              name: candidate.name,
              agreementKind: candidate.agreementKind,
              status: candidate.agreementStatus ?? 'SIGNED',
              signedOn: candidate.startsOn ?? null,
              endsOn: candidate.endsOn ?? null,
              parties: await ids(),
              citations,
            },
          }));
          break;
        }
        case 'MISSION': {
          ({ id: entityId } = await createMission({
            writer: inside,
            editor,
            input: {
              name: candidate.name,
              status: candidate.missionStatus ?? 'DONE',
              startsOn: candidate.startsOn ?? null,
              endsOn: candidate.endsOn ?? null,
              smeCount: candidate.smeCount ?? null,
              organisers: await ids('ORGANISER'),
              participants: await ids('PARTICIPANT'),
              met: await ids('MET'),
              visited: candidate.placeIds,
              citations,
            },
          }));
          break;
        }
        case 'PARTNERSHIP': {
          // The members the text lists join the partnership it names (the graph's, or a new one).
          ({ id: entityId } = await addPartnershipMembers({
            writer: inside,
            editor,
            input: {
              ...(candidate.match ? { partnership: candidate.match } : { name: candidate.name }),
              members: await ids('MEMBER'),
              citations,
            },
          }));
          break;
        }
        case 'EVENT': {
          if (candidate.match) {
            await addCitation({
              writer: inside,
              editor,
              input: { entityId: candidate.match, source: { id: source }, excerpt: candidate.excerpt },
            });
            entityId = candidate.match;
            break;
          }
          ({ id: entityId } = await createEvent({
            writer: inside,
            editor,
            input: {
              name: candidate.name,
              startsOn: candidate.startsOn ?? null,
              endsOn: candidate.endsOn ?? null,
              region: candidate.placeIds[0] ?? null,
              citations,
            },
          }));
          break;
        }
      }
      await tx.run(ACCEPT, {
        id: candidate.id,
        entity: entityId,
        props: editedProps(stored, candidate),
        editor: editor.name,
      });
      return { entityId };
    },
  });
}

export async function rejectCandidate(options: {
  writer: Writer;
  editor: Editor;
  id: string;
  reason?: string | null;
  idempotency?: Idempotency | undefined;
}): Promise<void> {
  await recordedWrite({
    writer: options.writer,
    editor: options.editor,
    idempotency: options.idempotency,
    work: async (tx) => {
      await candidateForDecision(tx, options.id);
      await tx.run(REJECT, { id: options.id, reason: options.reason?.trim() || null, editor: options.editor.name });
      return null;
    },
  });
}

/** The candidate, locked, still pending: a decision is taken once. */
async function candidateForDecision(tx: WriteTransaction, id: string) {
  const [row] = await tx.run<{ candidate: CandidateRow; review: string; source: string }>(CANDIDATE_FOR_DECISION, {
    id,
  });
  if (!row) throw notFound('candidate', id);
  const candidate = toCandidate(row.candidate);
  if (candidate.status !== 'PENDING') {
    throw conflict(
      `This candidate was already ${candidate.status.toLowerCase()} by ${candidate.decidedBy ?? 'someone'}.`,
    );
  }
  return { candidate, review: row.review, source: row.source };
}

function applyEdit(candidate: CandidateRecord, edit: CandidateEdit | null | undefined): CandidateRecord {
  if (!edit) return candidate;
  const pick = <K extends keyof CandidateEdit>(key: K) =>
    edit[key] === undefined || edit[key] === null ? {} : { [key]: edit[key] };
  return {
    ...candidate,
    ...pick('name'),
    ...pick('agreementKind'),
    ...pick('agreementStatus'),
    ...pick('startsOn'),
    ...pick('endsOn'),
    ...pick('country'),
    ...(edit.parties
      ? {
          parties: edit.parties.map((p, i) => ({
            name: p.name,
            ...(p.match ? { match: p.match } : {}),
            role: candidate.parties[i]?.role ?? 'PARTY',
          })),
        }
      : {}),
  } as CandidateRecord;
}

/**
 * What a reviewer changed before accepting, stored on the candidate so the review shows it; a
 * renamed one keeps the name the text gave, by which the review's other facts name it.
 */
function editedProps(stored: CandidateRecord, accepted: CandidateRecord): Record<string, unknown> {
  const props = toProps(accepted as unknown as Candidate);
  const before = toProps(stored as unknown as Candidate);
  const changed = Object.fromEntries(
    Object.entries(props).filter(([key, value]) => JSON.stringify(before[key]) !== JSON.stringify(value)),
  );
  return changed['name'] === undefined ? changed : { ...changed, proposedName: stored.name };
}

/** The review's organisation candidate a fact's party names: by the text's name, even if renamed since. */
function organisationNamed(candidates: CandidateRecord[], name: string): CandidateRecord | undefined {
  return candidates.find(
    (o) => o.kind === 'ORGANISATION' && (sameName(o.proposedName ?? o.name, name) || sameName(o.name, name)),
  );
}

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

type CandidateRow = Record<string, unknown>;
interface ReviewRow {
  review: { id: string; title: string; createdBy: string; createdAt: string };
  source: ReviewRecord['source'] & { text: string };
  candidates: CandidateRow[];
}

function toProps(candidate: Candidate): Record<string, unknown> {
  return defined({
    kind: candidate.kind,
    status: 'PENDING',
    name: candidate.name,
    parties: JSON.stringify(candidate.parties),
    agreementKind: candidate.agreementKind,
    agreementStatus: candidate.agreementStatus,
    partnership: candidate.partnership,
    clusterKind: candidate.clusterKind,
    missionStatus: candidate.missionStatus,
    startsOn: candidate.startsOn,
    endsOn: candidate.endsOn,
    country: candidate.country,
    places: candidate.places,
    placeIds: candidate.placeIds,
    smeCount: candidate.smeCount,
    excerpt: candidate.excerpt,
    start: candidate.start,
    end: candidate.end,
    confidence: candidate.confidence,
    reasons: candidate.reasons,
  });
}

function toCandidate(row: CandidateRow): CandidateRecord {
  const text = (key: string) => (typeof row[key] === 'string' ? (row[key] as string) : undefined);
  return {
    ...(row as object),
    parties: JSON.parse(text('parties') ?? '[]') as CandidatePartyRecord[],
    places: (row.places as string[] | undefined) ?? [],
    placeIds: (row.placeIds as string[] | undefined) ?? [],
    reasons: (row.reasons as string[] | undefined) ?? [],
    entity: text('entity') ?? null,
    decidedBy: text('decidedBy') ?? null,
    decidedAt: text('decidedAt') ?? null,
    reason: text('reason') ?? null,
    ...(text('match') ? { match: text('match') } : {}),
  } as CandidateRecord;
}

function toReview(row: ReviewRow): ReviewRecord {
  const { text, ...source } = row.source;
  return {
    ...row.review,
    text,
    source: {
      ...source,
      file: source.file ?? null,
      url: source.url ?? null,
      publisher: source.publisher ?? null,
      publishedOn: source.publishedOn ?? null,
    },
    candidates: row.candidates
      .map(toCandidate)
      .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id, undefined, { numeric: true })),
  };
}

function defined(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null));
}
