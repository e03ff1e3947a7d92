import { randomBytes } from 'node:crypto';
import type { Editor } from '../../auth.js';
import type { Executor } from '../../db/executor.js';
import { yearOf } from '../../domain/partial-date.js';
import { slugify } from '../editing/inputs.js';
import { recordedWrite, takeLock } from '../history/write-path.js';
import {
  ROW_SCHEMAS,
  type AgreementRow,
  type ClusterRow,
  type FileSource,
  type ImportFile,
  type Problem,
} from './format.js';
import {
  CREATE_IMPORT_SOURCES,
  ENTITY_LABELS_BY_ID,
  EXISTING_AGREEMENTS,
  EXISTING_CLUSTERS,
  MATCH_SOURCES,
  TAKEN_SOURCE_IDS,
  UPSERT_AGREEMENTS,
  UPSERT_CLUSTERS,
} from './queries.js';

/**
 * An import: validate every row, match it to the graph, diff it, and (unless a dry run) write the
 * created and updated entities in batches, each batch one recorded write with one IMPORT change
 * per entity. The rules (docs/import.md):
 * - a row's id is its `id` column, else the slug of its name; the same file imported twice
 *   matches the same ids and changes nothing the second time;
 * - a row without an id whose name, acronym or alias matches an existing entity of its kind
 *   (accent- and case-insensitive) under another id is a probable duplicate: reported, not created;
 * - empty cells keep what is stored; a given list (sectors) replaces the stored one;
 * - every row cites a source: its source_url/source_title/source_publisher/excerpt columns, else
 *   the file's; a source with the URL, or the title and publisher, of a stored one is that one.
 * Batches commit one by one: an import killed midway keeps the batches done, and running the same
 * command again finishes it (done rows are unchanged).
 */

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
  id: string;
  line: number;
  source: string;
  excerpt: string;
  write: Record<string, unknown>;
}

interface Existing {
  id: string;
  props: Record<string, unknown>;
  location?: string | null;
  parties?: string[];
  sectors: string[];
  citations: string[];
}

type Row = (ClusterRow | AgreementRow) & { line: number };

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

  // 1. Validate every row; ids from the id column or the name; one row per id.
  const valid: Row[] = [];
  const lineOfId = new Map<string, number>();
  for (const raw of file.rows) {
    const parsed = ROW_SCHEMAS[file.kind].safeParse(raw.values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      reject(raw, issue.path.map(String).join('.') || null, issue.message);
      continue;
    }
    const row = { ...parsed.data, id: parsed.data.id ?? slugify(parsed.data.name), line: raw.line } as Row;
    const earlier = lineOfId.get(row.id as string);
    if (earlier !== undefined) {
      reject(raw, 'id', `"${row.id}" is also the id of line ${earlier}: one row per entity`);
      continue;
    }
    lineOfId.set(row.id as string, raw.line);
    valid.push(row);
  }

  // 2. What the graph holds: the kind's entities, every id's label, the sources the rows cite.
  const [existingRows, labelRows] = await Promise.all([
    executor.read<Existing>(file.kind === 'clusters' ? EXISTING_CLUSTERS : EXISTING_AGREEMENTS),
    executor.read<{ id: string; label: string; countryCode: string | null }>(ENTITY_LABELS_BY_ID),
  ]);
  const existing = new Map(existingRows.map((row) => [row.id, row]));
  const labels = new Map(labelRows.map((row) => [row.id, row]));
  const names = nameIndex(existingRows);
  const sources = await resolveSources({ executor, rows: valid, file, fallback: options.source ?? null });
  report.newSources = [...new Set([...sources.created.values()].map((source) => source.id))];

  // 3. Match, check references, diff.
  const toWrite: Planned[] = [];
  const valuesByLine = new Map(file.rows.map((raw) => [raw.line, raw.values]));
  for (const row of valid) {
    const raw = { line: row.line, values: valuesByLine.get(row.line) ?? {} };
    const id = row.id as string;
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
    const label = labels.get(id)?.label;
    const expected = file.kind === 'clusters' ? 'Cluster' : 'Agreement';
    if (label && label !== expected) {
      reject(raw, 'id', `"${id}" is a ${label}, not a${expected === 'Agreement' ? 'n' : ''} ${expected}`);
      continue;
    }
    const stored = existing.get(id);
    if (!stored && !raw.values['id']) {
      const matches = [...new Set(keysOf(row).flatMap((key) => names.get(key) ?? []))].filter((match) => match !== id);
      if (matches.length > 0) {
        report.duplicates.push({ line: row.line, name: row.name, matches });
        continue;
      }
    }
    const plan =
      file.kind === 'clusters' ? planCluster(row as ClusterRow, labels) : planAgreement(row as AgreementRow, labels);
    if ('problem' in plan) {
      reject(raw, plan.column, plan.problem);
      continue;
    }
    const planned: Planned = {
      id,
      line: row.line,
      source: cited,
      excerpt,
      write: { id, ...plan.write, source: cited, excerpt },
    };
    if (!stored) report.created.push(id);
    else if (sameAsStored(stored, plan.compare, `${cited}\u0000${excerpt}`)) {
      report.unchanged.push(id);
      continue;
    } else report.updated.push(id);
    toWrite.push(planned);
  }
  if (dryRun) return report;

  // 4. Write in batches, each one recorded write; new sources with the first batch.
  const batchSize = options.batchSize ?? 1000;
  const upsert = file.kind === 'clusters' ? UPSERT_CLUSTERS : UPSERT_AGREEMENTS;
  const newSources = [...new Map([...sources.created.values()].map((source) => [source.id, source])).values()];
  options.onProgress?.(0, toWrite.length);
  for (let start = 0; start < toWrite.length || (start === 0 && newSources.length > 0); start += batchSize) {
    const batch = toWrite.slice(start, start + batchSize);
    await recordedWrite({
      writer: executor,
      editor,
      work: async (tx, recorder) => {
        if (start === 0 && newSources.length > 0) {
          await takeLock(tx, 'sources');
          await tx.run(CREATE_IMPORT_SOURCES, { rows: newSources, editor: editor.name });
        }
        await recorder.before(batch.map((row) => row.id));
        await tx.run(upsert, { rows: batch.map((row) => row.write), editor: editor.name });
        for (const row of batch) recorder.changed({ entityId: row.id, operation: 'IMPORT', sources: [row.source] });
      },
    });
    options.onProgress?.(Math.min(start + batchSize, toWrite.length), toWrite.length);
    if (batch.length === 0) break;
  }
  return report;
}

/** What a cluster row writes, and the stored shape it is compared with; or the problem with it. */
function planCluster(
  row: ClusterRow,
  labels: Map<string, { label: string; countryCode: string | null }>,
): { write: Record<string, unknown>; compare: Partial<Existing> } | { problem: string; column: string } {
  const country = labels.get(row.countryCode.toLowerCase());
  if (country?.label !== 'Country')
    return { column: 'countryCode', problem: `no country with the code ${row.countryCode} is in the graph` };
  if (row.region) {
    const region = labels.get(row.region);
    if (region?.label !== 'Region') return { column: 'region', problem: `no Region has the id "${row.region}"` };
    if (region.countryCode && region.countryCode !== row.countryCode)
      return { column: 'region', problem: `"${row.region}" is in ${region.countryCode}, not in ${row.countryCode}` };
  }
  const missingSector = row.sectors.find((sector) => labels.get(sector)?.label !== 'Sector');
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
  return {
    write: { props, location, sectors: row.sectors },
    compare: { props, location, ...(row.sectors.length > 0 ? { sectors: row.sectors } : {}) },
  };
}

function planAgreement(
  row: AgreementRow,
  labels: Map<string, { label: string }>,
): { write: Record<string, unknown>; compare: Partial<Existing> } | { problem: string; column: string } {
  const missingParty = row.parties.find((party) => labels.get(party)?.label !== 'Cluster');
  if (missingParty) return { column: 'parties', problem: `no Cluster has the id "${missingParty}"` };
  const missingSector = row.sectors.find((sector) => labels.get(sector)?.label !== 'Sector');
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
  return {
    write: { props, parties, sectors: row.sectors },
    compare: { props, parties, ...(row.sectors.length > 0 ? { sectors: row.sectors } : {}) },
  };
}

/** True when the stored entity already has every given field, link and the citation. */
function sameAsStored(stored: Existing, compare: Partial<Existing>, citation: string): boolean {
  const props = compare.props ?? {};
  for (const [key, value] of Object.entries(props)) {
    if (key === 'aliasText' || key === 'year') continue;
    if (JSON.stringify(stored.props[key] ?? null) !== JSON.stringify(value)) return false;
  }
  const sameSet = (a: string[] | undefined, b: string[] | undefined) =>
    JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...(b ?? [])].sort());
  if (compare.location !== undefined && stored.location !== compare.location) return false;
  if (compare.parties && !sameSet(stored.parties, compare.parties)) return false;
  if (compare.sectors && !sameSet(stored.sectors, compare.sectors)) return false;
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
  const cluster = row as Partial<ClusterRow>;
  return [row.name, cluster.acronym, ...(cluster.aliases ?? [])].filter((key): key is string => Boolean(key)).map(fold);
}

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
