import { randomBytes } from 'node:crypto';
import type { Editor } from '../../auth.js';
import type { Executor } from '../../db/executor.js';
import { comparePartialDates, yearOf } from '../../domain/partial-date.js';
import { slugify } from '../editing/inputs.js';
import type { RecordedLabel } from '../history/queries.js';
import { toSnapshot, type Snapshot } from '../history/snapshot.js';
import { recordedWrite, takeLock, type Recorder } from '../history/write-path.js';
import type { WriteTransaction } from '../../db/executor.js';
import { conflict } from '../../errors.js';
import {
  ROW_SCHEMAS,
  type AgreementRow,
  type CitationRow,
  type ClusterRow,
  type FileSource,
  type ImportFile,
  type ImportKind,
  type MembershipRow,
  type MissionRow,
  type PartnershipRow,
  type Problem,
} from './format.js';
import {
  CREATE_IMPORT_SOURCES,
  ENTITY_LABELS_BY_ID,
  EXISTING_AGREEMENTS,
  EXISTING_CITED,
  EXISTING_CLUSTERS,
  EXISTING_MISSIONS,
  EXISTING_PARTNERSHIPS,
  MATCH_SOURCES,
  TAKEN_SOURCE_IDS,
  UPSERT_CITATIONS,
  UPSERT_MEMBERSHIPS,
  createEntities,
  upsertEntities,
  type ImportedLabel,
  type ImportLink,
} from './queries.js';

/**
 * An import: validate every row, match it to the graph, diff it, and (unless a dry run) write the
 * created and updated entities in batches, each batch one recorded write with one IMPORT change
 * per entity. The rules (docs/import.md):
 * - a row's id is its `id` column, else the slug of its name; the same file imported twice
 *   matches the same ids and changes nothing the second time; a membership is its cluster and
 *   partnership (recorded on the partnership), a citation its entity, source and excerpt;
 * - a row without an id whose name, acronym or alias matches an existing entity of its kind
 *   (accent- and case-insensitive) under another id is a probable duplicate: reported, not created;
 * - empty cells keep what is stored; a given list (sectors) replaces the stored one;
 * - every row cites a source: its source_url/source_title/source_publisher/excerpt columns, else
 *   the file's; a source with the URL, or the title and publisher, of a stored one is that one.
 * Each batch commits on its own (two at once after the first): an import killed midway keeps the
 * batches done, and running the same command again finishes it (done rows are unchanged); a
 * deadlock between two batches is a transient error the executor retries.
 */

/** Batches written at once after the first (two cores: one encodes and records while the other writes). */
const BATCHES_IN_FLIGHT = 2;

export interface ImportOptions {
  executor: Executor;
  editor: Editor;
  file: ImportFile;
  dryRun: boolean;
  /** The default source when the file names none (the CLI's --source-url and --source-title). */
  source?: FileSource | null;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface Rejected extends Problem {
  row: Record<string, unknown>;
}

export interface ImportReport {
  kind: ImportFile['kind'];
  rows: number;
  created: string[];
  updated: string[];
  unchanged: string[];
  rejected: Rejected[];
  duplicates: { line: number; name: string; matches: string[] }[];
  newSources: string[];
}

interface Planned {
  /** What the report lists: the entity's id, or a membership's or citation's key. */
  key: string;
  /** The entity whose change records the row. */
  entityId: string;
  /** The row is an entity the graph did not hold when the import read it. */
  creates: boolean;
  line: number;
  source: string;
  write: Record<string, unknown>;
}

interface Existing {
  id: string;
  props: Record<string, unknown>;
  links: Record<string, string[]>;
  citations: string[];
}

type Labels = Map<string, { label: string; countryCode: string | null }>;

/** What a valid row writes, and whether the stored entity already says all of it; or the problem with it. */
type Plan =
  | { write: Record<string, unknown>; unchanged: (stored: Existing | undefined) => boolean }
  | { problem: string; column: string };

type AnyRow = ClusterRow | AgreementRow | MissionRow | PartnershipRow | MembershipRow | CitationRow;
type Row = AnyRow & { line: number };

/** How each kind is read, matched, planned and written. */
interface KindRule {
  /** The label of the entity a row is (or changes); null for citations, which cite any entity. */
  label: ImportedLabel | null;
  existing: string;
  upsert: string;
  /** For rows that are entities: how a new one is created whole, and the links its row sets. */
  create?: { statement: string; links: readonly ImportLink[] };
  /** Rows are entities with names: ids from names, probable duplicates by name. */
  named: boolean;
  /** The entity a row changes, and the row's own key (one row per key). */
  identify: (row: AnyRow) => { entityId: string; key: string };
  plan: (row: AnyRow, labels: Labels, citation: string) => Plan;
}

const CLUSTER_LINKS: readonly ImportLink[] = [
  { field: 'location', type: 'LOCATED_IN', direction: 'out', targets: ['Region', 'Country'] },
  { field: 'sectors', type: 'ACTIVE_IN', direction: 'out', targets: ['Sector'] },
];
const AGREEMENT_LINKS: readonly ImportLink[] = [
  { field: 'parties', type: 'PARTY_TO', direction: 'in', targets: ['Cluster'] },
  { field: 'sectors', type: 'COVERS', direction: 'out', targets: ['Sector'] },
];
const MISSION_LINKS: readonly ImportLink[] = [
  { field: 'organisers', type: 'ORGANISED', direction: 'in', targets: ['Cluster', 'Partnership'] },
  { field: 'participants', type: 'JOINED', direction: 'in', targets: ['Cluster'] },
  { field: 'met', type: 'MET', direction: 'out', targets: ['Cluster'] },
  { field: 'visited', type: 'VISITED', direction: 'out', targets: ['Region'] },
  { field: 'sectors', type: 'FOCUSED_ON', direction: 'out', targets: ['Sector'] },
];
const PARTNERSHIP_LINKS: readonly ImportLink[] = [
  { field: 'targets', type: 'TARGETS', direction: 'out', targets: ['Country'] },
  { field: 'sectors', type: 'IN_SECTOR', direction: 'out', targets: ['Sector'] },
];

/** A kind of entity: matched by id or name, updated by upsertEntities, created whole when new. */
const entityRule = (label: ImportedLabel, links: readonly ImportLink[]) => ({
  label,
  upsert: upsertEntities(label, links),
  create: { statement: createEntities(label, links), links },
  named: true,
  identify: named,
});

const named = (row: AnyRow) => {
  const { id, name } = row as { id?: string; name: string };
  const entityId = id ?? slugify(name);
  return { entityId, key: entityId };
};

const RULES: Record<ImportKind, KindRule> = {
  clusters: {
    ...entityRule('Cluster', CLUSTER_LINKS),
    existing: EXISTING_CLUSTERS,
    plan: (row, labels, citation) => planCluster(row as ClusterRow, labels, citation),
  },
  agreements: {
    ...entityRule('Agreement', AGREEMENT_LINKS),
    existing: EXISTING_AGREEMENTS,
    plan: (row, labels, citation) => planAgreement(row as AgreementRow, labels, citation),
  },
  missions: {
    ...entityRule('Mission', MISSION_LINKS),
    existing: EXISTING_MISSIONS,
    plan: (row, labels, citation) => planMission(row as MissionRow, labels, citation),
  },
  partnerships: {
    ...entityRule('Partnership', PARTNERSHIP_LINKS),
    existing: EXISTING_PARTNERSHIPS,
    plan: (row, labels, citation) => planPartnership(row as PartnershipRow, labels, citation),
  },
  memberships: {
    label: 'Partnership',
    existing: EXISTING_PARTNERSHIPS,
    upsert: UPSERT_MEMBERSHIPS,
    named: false,
    identify: (row) => {
      const { cluster, partnership } = row as MembershipRow;
      return { entityId: partnership, key: `${partnership} ← ${cluster}` };
    },
    plan: (row, labels, citation) => planMembership(row as MembershipRow, labels, citation),
  },
  citations: {
    label: null,
    existing: EXISTING_CITED,
    upsert: UPSERT_CITATIONS,
    named: false,
    identify: (row) => {
      const { entity, source_url, excerpt } = row as CitationRow;
      return { entityId: entity, key: `${entity} ← ${source_url ?? ''} ${excerpt ?? ''}`.trim() };
    },
    plan: (row, labels, citation) => planCitation(row as CitationRow, labels, citation),
  },
};

export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const { executor, editor, file, dryRun } = options;
  const report: ImportReport = {
    kind: file.kind,
    rows: file.rows.length,
    created: [],
    updated: [],
    unchanged: [],
    rejected: [],
    duplicates: [],
    newSources: [],
  };
  const reject = (row: { line: number; values: Record<string, unknown> }, column: string | null, message: string) =>
    report.rejected.push({ file: file.file, line: row.line, column, message, row: row.values });

  const rule = RULES[file.kind];
  // 1. Validate every row; its entity and key (ids from the id column or the name); one row per key.
  const valid: { row: Row; entityId: string; key: string }[] = [];
  const lineOfKey = new Map<string, number>();
  for (const raw of file.rows) {
    const parsed = ROW_SCHEMAS[file.kind].safeParse(raw.values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      reject(raw, issue.path.map(String).join('.') || null, issue.message);
      continue;
    }
    const { entityId, key } = rule.identify(parsed.data);
    const earlier = lineOfKey.get(key);
    if (earlier !== undefined) {
      reject(
        raw,
        rule.named ? 'id' : null,
        `"${key}" is also on line ${earlier}: one row per ${rule.named ? 'entity' : 'fact'}`,
      );
      continue;
    }
    lineOfKey.set(key, raw.line);
    valid.push({ row: { ...parsed.data, line: raw.line }, entityId, key });
  }

  // 2. What the graph holds: the kind's entities, every id's label, the sources the rows cite.
  const [existingRows, labelRows] = await Promise.all([
    executor.read<Existing>(rule.existing),
    executor.read<{ id: string; label: string; countryCode: string | null }>(ENTITY_LABELS_BY_ID),
  ]);
  const existing = new Map(existingRows.map((row) => [row.id, row]));
  const labels: Labels = new Map(labelRows.map((row) => [row.id, row]));
  const names = nameIndex(existingRows);
  const sources = await resolveSources({
    executor,
    rows: valid.map((entry) => entry.row),
    file,
    fallback: options.source ?? null,
  });
  report.newSources = [...new Set([...sources.created.values()].map((source) => source.id))];

  // 3. Match, check references, diff.
  const toWrite: Planned[] = [];
  const valuesByLine = new Map(file.rows.map((raw) => [raw.line, raw.values]));
  for (const { row, entityId, key } of valid) {
    const raw = { line: row.line, values: valuesByLine.get(row.line) ?? {} };
    const cited = sources.byRow.get(row.line);
    if (!cited) {
      reject(raw, 'source_url', 'cite a source: source_url and source_title columns, or the file-level source');
      continue;
    }
    const excerpt = row.excerpt ?? file.excerpt;
    if (!excerpt) {
      reject(raw, 'excerpt', 'quote the passage that states the facts: an excerpt column, or the file-level excerpt');
      continue;
    }
    const label = labels.get(entityId)?.label;
    if (rule.named && label && label !== rule.label) {
      reject(raw, 'id', `"${entityId}" is a ${label}, not ${article(rule.label ?? '')} ${rule.label}`);
      continue;
    }
    const stored = existing.get(entityId);
    if (rule.named && !stored && !raw.values['id']) {
      const matches = [...new Set(keysOf(row).flatMap((name) => names.get(name) ?? []))].filter(
        (match) => match !== entityId,
      );
      if (matches.length > 0) {
        report.duplicates.push({ line: row.line, name: (row as { name: string }).name, matches });
        continue;
      }
    }
    const plan = rule.plan(row, labels, `${cited}\u0000${excerpt}`);
    if ('problem' in plan) {
      reject(raw, plan.column, plan.problem);
      continue;
    }
    if (plan.unchanged(stored)) {
      report.unchanged.push(key);
      continue;
    }
    const creates = rule.named && !stored;
    if (creates) report.created.push(key);
    else report.updated.push(key);
    toWrite.push({
      key,
      entityId,
      creates,
      line: row.line,
      source: cited,
      write: { id: entityId, ...plan.write, source: cited, excerpt },
    });
  }
  if (dryRun) return report;

  // 4. Write in batches, each one recorded write with one IMPORT change per entity; new sources
  // with the first batch. An entity's rows (memberships, citations) go in one batch where they fit.
  const batchSize = options.batchSize ?? 1000;
  toWrite.sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : a.line - b.line));
  const newSources = [...new Map([...sources.created.values()].map((source) => [source.id, source])).values()];
  const batches: Planned[][] = [];
  for (let start = 0; start < toWrite.length; start += batchSize) batches.push(toWrite.slice(start, start + batchSize));
  if (batches.length === 0 && newSources.length > 0) batches.push([]);
  let done = 0;
  options.onProgress?.(0, toWrite.length);
  const write = async (batch: Planned[], withSources: boolean) => {
    await recordedWrite({
      writer: executor,
      editor,
      work: async (tx, recorder) => {
        if (withSources && newSources.length > 0) {
          await takeLock(tx, 'sources');
          await tx.run(CREATE_IMPORT_SOURCES, { rows: newSources, editor: editor.name });
        }
        const created = batch.filter((row) => row.creates);
        if (rule.create && rule.label && created.length > 0)
          await createWhole({ tx, recorder, rows: created, label: rule.label, ...rule.create, editor: editor.name });
        const updated = created.length > 0 ? batch.filter((row) => !row.creates) : batch;
        if (updated.length === 0) return;
        const entities = new Map<string, Set<string>>();
        for (const row of updated)
          entities.set(row.entityId, (entities.get(row.entityId) ?? new Set()).add(row.source));
        await recorder.before([...entities.keys()]);
        await tx.run(rule.upsert, { rows: updated.map((row) => row.write), editor: editor.name });
        for (const [entityId, cited] of entities)
          recorder.changed({ entityId, operation: 'IMPORT', sources: [...cited] });
      },
    });
    done += batch.length;
    options.onProgress?.(done, toWrite.length);
  };
  // The first batch alone (it creates the new sources the others cite), then BATCHES_IN_FLIGHT at a
  // time: one batch's rows are encoded, sent and recorded while Neo4j writes another's. Batches are
  // independent transactions, so a stop keeps whole batches whichever finished first.
  if (batches.length > 0) await write(batches[0]!, true);
  let next = 1;
  let stopped = false;
  const worker = async () => {
    while (next < batches.length && !stopped) {
      const batch = batches[next++]!;
      await write(batch, false).catch((error: unknown) => {
        stopped = true;
        throw error;
      });
    }
  };
  const workers = await Promise.allSettled(Array.from({ length: BATCHES_IN_FLIGHT }, worker));
  const failed = workers.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  return report;
}

/** What a row that is an entity writes (see upsertEntities). */
interface EntityWrite {
  id: string;
  props: Record<string, unknown>;
  links: Record<string, readonly string[] | null>;
  source: string;
  excerpt: string;
}

/**
 * Entities new to the graph, created whole in one statement (createEntities) and recorded with the
 * state their rows give them: none before (CREATE on the unique id proved it), and after, the row's
 * fields, links and citation as stored. No read of either state, which on a first import of many
 * rows cost as much as the writes. Anything missing (a target deleted since the import read the
 * graph) fails the batch, so what is recorded is what was written.
 */
async function createWhole(options: {
  tx: WriteTransaction;
  recorder: Recorder;
  rows: Planned[];
  label: ImportedLabel;
  statement: string;
  links: readonly ImportLink[];
  editor: string;
}): Promise<void> {
  const { tx, recorder, rows, label, statement, links, editor } = options;
  const writes = rows.map((row) => row.write as unknown as EntityWrite);
  const [result] = await tx.run<{ created: number; written: number; createdAt: string }>(statement, {
    rows: writes,
    editor,
  });
  const expected = writes.reduce(
    (sum, write) => sum + 1 + links.reduce((count, link) => count + (write.links[link.field]?.length ?? 0), 0),
    0,
  );
  if (result?.created !== rows.length || result.written !== expected) {
    throw conflict(
      'A place, sector, party or source that the rows name was deleted while the import ran: this batch was not written. Run the import again.',
    );
  }
  for (const write of writes)
    recorder.changed({
      entityId: write.id,
      operation: 'IMPORT',
      sources: [write.source],
      createdAs: createdState({ write, label, links, createdAt: result.createdAt }),
    });
}

/** The state of an entity createEntities made from this row: what a read of it would give. */
function createdState(options: {
  write: EntityWrite;
  label: RecordedLabel;
  links: readonly ImportLink[];
  createdAt: string;
}): Snapshot {
  const { write, label, links, createdAt } = options;
  return toSnapshot({
    id: write.id,
    label,
    props: { ...write.props, id: write.id, createdAt },
    links: links.flatMap((link) =>
      (write.links[link.field] ?? []).map((target) => ({
        type: link.type,
        direction: link.direction,
        target,
        props: {},
      })),
    ),
    citations: [{ source: write.source, excerpt: write.excerpt }],
  });
}

/** The first id of a list that is not of one of these labels (a missing reference), or undefined. */
function missing(ids: readonly string[], labels: Labels, ...expected: string[]): string | undefined {
  return ids.find((id) => !expected.includes(labels.get(id)?.label ?? ''));
}

/** What a cluster row writes, and whether the stored cluster already says it; or the problem with it. */
function planCluster(row: ClusterRow, labels: Labels, citation: string): Plan {
  const country = labels.get(row.countryCode.toLowerCase());
  if (country?.label !== 'Country')
    return { column: 'countryCode', problem: `no country with the code ${row.countryCode} is in the graph` };
  if (row.region) {
    const region = labels.get(row.region);
    if (region?.label !== 'Region') return { column: 'region', problem: `no Region has the id "${row.region}"` };
    if (region.countryCode && region.countryCode !== row.countryCode)
      return { column: 'region', problem: `"${row.region}" is in ${region.countryCode}, not in ${row.countryCode}` };
  }
  const missingSector = missing(row.sectors, labels, 'Sector');
  if (missingSector) return { column: 'sectors', problem: `no Sector has the id "${missingSector}"` };
  const props = given({
    name: row.name,
    acronym: row.acronym,
    aliases: row.aliases.length > 0 ? row.aliases : undefined,
    aliasText: row.aliases.length > 0 ? row.aliases.join(' | ') : undefined,
    kind: row.kind,
    countryCode: row.countryCode,
    website: row.website,
    description: row.description,
  });
  const location = row.region ?? row.countryCode.toLowerCase();
  const links = { location: [location], sectors: row.sectors.length > 0 ? row.sectors : null };
  return {
    write: { props, links },
    unchanged: (stored) => sameAsStored({ stored, props, links, citation }),
  };
}

function planAgreement(row: AgreementRow, labels: Labels, citation: string): Plan {
  const missingParty = missing(row.parties, labels, 'Cluster');
  if (missingParty) return { column: 'parties', problem: `no Cluster has the id "${missingParty}"` };
  const missingSector = missing(row.sectors, labels, 'Sector');
  if (missingSector) return { column: 'sectors', problem: `no Sector has the id "${missingSector}"` };
  const props = given({
    name: row.name,
    kind: row.kind,
    status: row.status,
    signedOn: row.signedOn,
    endsOn: row.endsOn,
    summary: row.summary,
    year: row.signedOn ? (yearOf(row.signedOn) ?? undefined) : undefined,
  });
  const parties = [...new Set(row.parties)];
  const links = { parties, sectors: row.sectors.length > 0 ? row.sectors : null };
  return {
    write: { props, links },
    unchanged: (stored) => sameAsStored({ stored, props, links, citation }),
  };
}

/** A list column given (non-empty) replaces the stored links; an empty one keeps them (null). */
const givenList = (ids: readonly string[]) => (ids.length > 0 ? [...new Set(ids)] : null);

function planMission(row: MissionRow, labels: Labels, citation: string): Plan {
  const checks: [string, readonly string[], string[]][] = [
    ['organisers', row.organisers, ['Cluster', 'Partnership']],
    ['participants', row.participants, ['Cluster']],
    ['met', row.met, ['Cluster']],
    ['visited', row.visited, ['Region']],
    ['sectors', row.sectors, ['Sector']],
  ];
  for (const [column, ids, expected] of checks) {
    const absent = missing(ids, labels, ...expected);
    if (absent) return { column, problem: `no ${expected.join(' or ')} has the id "${absent}"` };
  }
  if (row.startsOn && row.endsOn && comparePartialDates(row.startsOn, row.endsOn) > 0)
    return { column: 'endsOn', problem: `${row.endsOn} is before startsOn ${row.startsOn}` };
  const props = given({
    name: row.name,
    status: row.status,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    smeCount: row.smeCount,
    summary: row.summary,
    year: row.startsOn ? (yearOf(row.startsOn) ?? undefined) : undefined,
  });
  const links = Object.fromEntries(checks.map(([column, ids]) => [column, givenList(ids)]));
  return {
    write: { props, links },
    unchanged: (stored) => sameAsStored({ stored, props, links, citation }),
  };
}

function planPartnership(row: PartnershipRow, labels: Labels, citation: string): Plan {
  const targets = row.targets.map((code) => code.toLowerCase());
  const absentCountry = row.targets.find((code) => labels.get(code.toLowerCase())?.label !== 'Country');
  if (absentCountry) return { column: 'targets', problem: `no country with the code ${absentCountry} is in the graph` };
  const absentSector = missing(row.sectors, labels, 'Sector');
  if (absentSector) return { column: 'sectors', problem: `no Sector has the id "${absentSector}"` };
  const props = given({
    name: row.name,
    acronym: row.acronym,
    programme: row.programme,
    smeCount: row.smeCount,
    partnerCount: row.partnerCount,
  });
  const links = { targets: givenList(targets), sectors: givenList(row.sectors) };
  return {
    write: { props, links },
    unchanged: (stored) => sameAsStored({ stored, props, links, citation }),
  };
}

function planMembership(row: MembershipRow, labels: Labels, citation: string): Plan {
  if (labels.get(row.partnership)?.label !== 'Partnership')
    return { column: 'partnership', problem: `no Partnership has the id "${row.partnership}"` };
  if (labels.get(row.cluster)?.label !== 'Cluster')
    return { column: 'cluster', problem: `no Cluster has the id "${row.cluster}"` };
  const member = `${row.cluster}\u0000${row.role}`;
  return {
    write: { cluster: row.cluster, partnership: row.partnership, role: row.role },
    unchanged: (stored) => Boolean(stored?.links['members']?.includes(member) && stored.citations.includes(citation)),
  };
}

function planCitation(row: CitationRow, labels: Labels, citation: string): Plan {
  const label = labels.get(row.entity)?.label;
  if (!label || label === 'GapDecision') return { column: 'entity', problem: `no entity has the id "${row.entity}"` };
  return {
    write: { entity: row.entity },
    unchanged: (stored) => Boolean(stored?.citations.includes(citation)),
  };
}

/**
 * True when the stored entity already has every given field and link (a null list is not given)
 * and the citation; false when there is no stored entity.
 */
function sameAsStored(options: {
  stored: Existing | undefined;
  props: Record<string, unknown>;
  links: Record<string, readonly string[] | null>;
  citation: string;
}): boolean {
  const { stored, props, links, citation } = options;
  if (!stored) return false;
  for (const [key, value] of Object.entries(props)) {
    if (key === 'aliasText' || key === 'year') continue;
    if (JSON.stringify(stored.props[key] ?? null) !== JSON.stringify(value)) return false;
  }
  const sameSet = (a: readonly string[] | undefined, b: readonly string[]) =>
    JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
  for (const [key, ids] of Object.entries(links)) if (ids && !sameSet(stored.links[key], ids)) return false;
  return stored.citations.includes(citation);
}

/** Names, acronyms and aliases, folded (accents, case, punctuation), to the ids that bear them. */
function nameIndex(rows: Existing[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const row of rows) {
    const keys = [row.props['name'], row.props['acronym'], ...((row.props['aliases'] as string[] | null) ?? [])];
    for (const key of keys) {
      if (typeof key !== 'string' || !fold(key)) continue;
      const ids = index.get(fold(key)) ?? [];
      ids.push(row.id);
      index.set(fold(key), ids);
    }
  }
  return index;
}

function keysOf(row: Row): string[] {
  const entity = row as Partial<ClusterRow>;
  return [entity.name, entity.acronym, ...(entity.aliases ?? [])]
    .filter((key): key is string => Boolean(key))
    .map(fold);
}

const article = (label: string) => (/^[AEIOU]/.test(label) ? 'an' : 'a');

/** Accent-, case- and punctuation-insensitive form of a name. */
export function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The source of each row (by line): a stored source with the same URL, or the same title and
 * publisher, else a new one (id: the slug of its title, suffixed when taken).
 */
async function resolveSources(options: {
  executor: Executor;
  rows: Row[];
  file: ImportFile;
  fallback: FileSource | null;
}): Promise<{ byRow: Map<number, string>; created: Map<string, { id: string; props: Record<string, unknown> }> }> {
  const { executor, rows, file, fallback } = options;
  const wanted = new Map<string, FileSource>();
  const keyOfRow = new Map<number, string>();
  for (const row of rows) {
    const source: FileSource | null = row.source_url
      ? { url: row.source_url, title: row.source_title ?? row.source_url, publisher: row.source_publisher }
      : (file.source ?? fallback);
    if (!source) continue;
    const key = `${source.url}\u0000${source.title}\u0000${source.publisher ?? ''}`;
    wanted.set(key, source);
    keyOfRow.set(row.line, key);
  }
  const matched = new Map(
    (
      await executor.read<{ key: string; id: string | null }>(MATCH_SOURCES, {
        sources: [...wanted].map(([key, source]) => ({
          key,
          url: source.url,
          title: source.title,
          publisher: source.publisher ?? null,
        })),
      })
    ).map((row) => [row.key, row.id]),
  );
  const created = new Map<string, { id: string; props: Record<string, unknown> }>();
  const idOfKey = new Map<string, string>();
  const reserved = new Set<string>();
  for (const [key, source] of wanted) {
    const stored = matched.get(key);
    if (stored) {
      idOfKey.set(key, stored);
      continue;
    }
    const sameUrl = [...created.values()].find((other) => other.props['url'] === source.url);
    if (sameUrl) {
      idOfKey.set(key, sameUrl.id);
      continue;
    }
    const base = slugify(source.title) || 'source';
    const candidates = [base, ...Array.from({ length: 4 }, () => `${base}-${randomBytes(3).toString('hex')}`)];
    const taken = new Set(
      (await executor.read<{ id: string }>(TAKEN_SOURCE_IDS, { ids: candidates })).map((row) => row.id),
    );
    const id = candidates.find((candidate) => !taken.has(candidate) && !reserved.has(candidate)) as string;
    reserved.add(id);
    created.set(key, { id, props: { title: source.title, url: source.url, publisher: source.publisher ?? null } });
    idOfKey.set(key, id);
  }
  const byRow = new Map<number, string>();
  for (const [line, key] of keyOfRow) byRow.set(line, idOfKey.get(key) as string);
  return { byRow, created };
}

function given<T extends Record<string, unknown>>(values: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
