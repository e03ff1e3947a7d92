import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { isPartialDate } from '../../domain/partial-date.js';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, CLUSTER_KINDS, MISSION_STATUSES, SLUG } from '../../domain/vocabulary.js';

/**
 * The import file formats (docs/import.md): CSV with a header row, or JSON / YAML holding
 * `{ kind, source?, excerpt?, rows: [...] }`. Each row is validated with zod; a problem names the
 * file, line and column. Lists in CSV cells are separated by `|`.
 */

export const IMPORT_KINDS = ['clusters', 'agreements', 'missions', 'partnerships', 'memberships', 'citations'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const text = z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2,000 characters');
const optionalText = z.string().trim().max(2000, 'must be at most 2,000 characters').optional();
const slug = z.string().trim().regex(SLUG, 'must be a slug: lower-case letters, digits and hyphens');
const partialDate = z
  .string()
  .trim()
  .refine(isPartialDate, 'must be a date such as 2007, 2018-06 or 2017-01-31')
  .optional();
const url = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });
/** A count: a whole number, from a CSV cell's text too. */
const count = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
  z.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must not be negative').optional(),
);
const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as CA or FR')
  .transform((code) => code.toUpperCase());

/** A cell with a list: an array in JSON/YAML, `a|b|c` in CSV. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split('|')
            .map((part) => part.trim())
            .filter(Boolean)
        : (value ?? []),
    z.array(item),
  );

/** Where a row's facts come from: its own source columns, else the file's default. */
const sourceColumns = {
  source_url: url.optional(),
  source_title: optionalText,
  source_publisher: optionalText,
  excerpt: optionalText,
};

export const clusterRow = z.object({
  id: slug.optional(),
  name: text,
  acronym: optionalText,
  aliases: list(text),
  kind: z.enum(CLUSTER_KINDS).default('CLUSTER'),
  countryCode,
  region: slug.optional(),
  sectors: list(slug),
  website: url.optional(),
  description: optionalText,
  ...sourceColumns,
});

export const agreementRow = z.object({
  id: slug.optional(),
  name: text,
  kind: z.enum(AGREEMENT_KINDS),
  status: z.enum(AGREEMENT_STATUSES),
  signedOn: partialDate,
  endsOn: partialDate,
  summary: optionalText,
  parties: list(slug).refine((parties) => new Set(parties).size >= 2, 'must name at least two distinct clusters'),
  sectors: list(slug),
  ...sourceColumns,
});

export const missionRow = z.object({
  id: slug.optional(),
  name: text,
  status: z.enum(MISSION_STATUSES),
  startsOn: partialDate,
  endsOn: partialDate,
  smeCount: count,
  summary: optionalText,
  organisers: list(slug),
  participants: list(slug),
  met: list(slug),
  visited: list(slug),
  sectors: list(slug),
  ...sourceColumns,
});

export const partnershipRow = z.object({
  id: slug.optional(),
  name: text,
  acronym: optionalText,
  programme: optionalText,
  smeCount: count,
  partnerCount: count,
  targets: list(countryCode),
  sectors: list(slug),
  ...sourceColumns,
});

/** A cluster's membership of a partnership: recorded on the partnership, which owns its members. */
export const membershipRow = z.object({
  cluster: slug,
  partnership: slug,
  role: z.string().trim().min(1).max(100).default('PARTNER'),
  ...sourceColumns,
});

/** A citation of any entity: the row's source and excerpt. */
export const citationRow = z.object({
  entity: slug,
  ...sourceColumns,
});

export type ClusterRow = z.output<typeof clusterRow>;
export type AgreementRow = z.output<typeof agreementRow>;
export type MissionRow = z.output<typeof missionRow>;
export type PartnershipRow = z.output<typeof partnershipRow>;
export type MembershipRow = z.output<typeof membershipRow>;
export type CitationRow = z.output<typeof citationRow>;
export const ROW_SCHEMAS = {
  clusters: clusterRow,
  agreements: agreementRow,
  missions: missionRow,
  partnerships: partnershipRow,
  memberships: membershipRow,
  citations: citationRow,
} as const;

/** The file-level default source, for rows that do not name theirs. */
export const fileSource = z.object({
  url,
  title: text,
  publisher: optionalText,
});
export type FileSource = z.output<typeof fileSource>;

export interface RawRow {
  line: number;
  values: Record<string, unknown>;
}

export interface ImportFile {
  file: string;
  kind: ImportKind;
  source: FileSource | null;
  excerpt: string | null;
  rows: RawRow[];
}

export interface Problem {
  file: string;
  line: number;
  column: string | null;
  message: string;
}

export class ImportFileError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.file}:${problem.line}${problem.column ? ` (${problem.column})` : ''}: ${problem.message}`);
  }
}

/** Reads an import file: its kind, its default source, and its rows with their line numbers. */
export async function readImportFile(file: string, options: { kind?: ImportKind } = {}): Promise<ImportFile> {
  return parseImportFile({ file, content: await readFile(file, 'utf8'), ...options });
}

/** An import file's content (read from disk, or uploaded to the API), named `file` in its problems. */
export function parseImportFile(options: { file: string; content: string; kind?: ImportKind }): ImportFile {
  const { file, content } = options;
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return readCsv(file, content, options.kind ?? kindFromName(file));
  if (['.json', '.yaml', '.yml'].includes(extension)) return readStructured(file, content, options.kind);
  throw new ImportFileError({
    file,
    line: 1,
    column: null,
    message: 'the file must end in .csv, .json, .yaml or .yml',
  });
}

/** A CSV's kind is the first word of its name: clusters.csv, agreements-2024.csv. */
function kindFromName(file: string): ImportKind {
  const kind = IMPORT_KINDS.find((candidate) => path.basename(file).toLowerCase().startsWith(candidate));
  if (!kind) {
    throw new ImportFileError({
      file,
      line: 1,
      column: null,
      message: `a CSV file's name starts with its kind (${IMPORT_KINDS.join(', ')}), or give its kind`,
    });
  }
  return kind;
}

/** CSV: a header row, then one row per line; the file's default source comes from the command line. */
function readCsv(file: string, content: string, kind: ImportKind): ImportFile {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(content, { columns: true, skip_empty_lines: true, trim: true, bom: true, info: true });
  } catch (error) {
    // A malformed CSV (an unclosed quote, a row with more cells than the header) says where.
    if (!(error instanceof CsvError)) throw error;
    throw new ImportFileError({
      file,
      line: typeof error.lines === 'number' ? error.lines : 1,
      column: null,
      message: error.message,
    });
  }
  const rows = records.map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(Object.entries(record).filter(([, value]) => value !== '')),
  }));
  return { file, kind, source: null, excerpt: null, rows };
}

/** JSON or YAML (JSON is YAML): `{ kind, source?, excerpt?, rows }`, with each row's line. */
function readStructured(file: string, content: string, kind: ImportKind | undefined): ImportFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(content, { lineCounter });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new ImportFileError({ file, line: error.linePos?.[0]?.line ?? 1, column: null, message: error.message });
  }
  const root = document.contents;
  if (!isMap(root)) throw new ImportFileError({ file, line: 1, column: null, message: 'expected { kind, rows }' });
  const header = z
    .object({
      kind: z.enum(IMPORT_KINDS).optional(),
      source: fileSource.optional(),
      excerpt: optionalText,
    })
    .safeParse(document.toJS());
  if (!header.success) {
    const issue = header.error.issues[0]!;
    throw new ImportFileError({ file, line: 1, column: issue.path.join('.'), message: issue.message });
  }
  const fileKind = kind ?? header.data.kind;
  if (!fileKind) {
    throw new ImportFileError({ file, line: 1, column: 'kind', message: `name the kind: ${IMPORT_KINDS.join(', ')}` });
  }
  const rowsNode = root.get('rows', true);
  if (!isSeq(rowsNode))
    throw new ImportFileError({ file, line: 1, column: 'rows', message: 'expected a list of rows' });
  const rows = rowsNode.items.map((item) => ({
    line: lineCounter.linePos((item as { range?: [number] }).range?.[0] ?? 0).line,
    values: ((item as { toJSON(): unknown }).toJSON() ?? {}) as Record<string, unknown>,
  }));
  return {
    file,
    kind: fileKind,
    source: header.data.source ?? null,
    excerpt: header.data.excerpt ?? null,
    rows,
  };
}
