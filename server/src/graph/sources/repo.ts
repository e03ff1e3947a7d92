import type { Executor } from '../../db/executor.js';
import { entitiesOf, toEntity, type NodeRow } from '../entities/labels.js';
import type { CountryRecord, EntityRecord, SourceRecord } from '../model.js';
import { sideCodes, type SideInput } from '../gaps/sides.js';
import { locateExcerpt, type TextSpan } from './locate.js';
import { ALL_SOURCES, COVERAGE, SOURCE_BY_ID, SOURCE_CONTRIBUTIONS, SOURCE_PASSAGES } from './queries.js';

export interface PassageRecord {
  excerpt: string | null;
  spans: TextSpan[];
  entities: EntityRecord[];
}

export interface LabelCountRecord {
  label: string;
  count: number;
}

export interface CoverageRecord {
  sources: SourceRecord[];
  clusters: number;
  withoutCountry: number;
  countries: { country: CountryRecord; clusters: number }[];
  firstYear: number | null;
  lastYear: number | null;
  undated: number;
  sides: { clusters: number; countries: number }[];
}

type SourceRow = Omit<SourceRecord, 'text'> & { text?: string | null };

function toSource(row: SourceRow): SourceRecord {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher ?? null,
    publishedOn: row.publishedOn ?? null,
    file: row.file ?? null,
    url: row.url ?? null,
    ...(row.text !== undefined ? { text: row.text ?? null } : {}),
  };
}

export async function listSources(executor: Executor): Promise<SourceRecord[]> {
  const rows = await executor.read<{ source: SourceRow }>(ALL_SOURCES);
  return rows.map((r) => toSource(r.source));
}

/** One source with its text, or null. */
export async function findSource(executor: Executor, id: string): Promise<SourceRecord | null> {
  const [row] = await executor.read<{ source: SourceRow }>(SOURCE_BY_ID, { id });
  return row ? toSource(row.source) : null;
}

export async function sourceContributions(executor: Executor, id: string): Promise<LabelCountRecord[]> {
  return executor.read<LabelCountRecord>(SOURCE_CONTRIBUTIONS, { id });
}

/**
 * The source's excerpts with the entities each supports, placed in its text and in reading order
 * (excerpts that cannot be placed, or a source without text, come last).
 */
export async function sourcePassages(
  executor: Executor,
  options: { id: string; text: string | null },
): Promise<PassageRecord[]> {
  const rows = await executor.read<{ excerpt: string | null; entities: NodeRow[] }>(SOURCE_PASSAGES, {
    id: options.id,
  });
  const passages = rows.map((row) => ({
    excerpt: row.excerpt,
    spans: options.text && row.excerpt ? locateExcerpt(options.text, row.excerpt) : [],
    entities: row.entities.map((entity) => toEntity(entity)).filter((e): e is EntityRecord => e !== null),
  }));
  const at = (p: PassageRecord) => p.spans[0]?.start ?? Number.MAX_SAFE_INTEGER;
  return passages.sort((a, b) => at(a) - at(b));
}

interface CoverageRow {
  sources: SourceRow[];
  clusters: number;
  withoutCountry: number;
  countries: { country: NodeRow; clusters: number }[];
  firstYear: string | null;
  lastYear: string | null;
  undated: number;
}

/** What the graph covers; `sides` (as in a gap filter) get their cluster counts in the order given. */
export async function coverage(executor: Executor, sides: readonly SideInput[]): Promise<CoverageRecord> {
  const [row] = await executor.read<CoverageRow>(COVERAGE);
  if (!row) throw new Error('The coverage query returned no row');
  const countries = row.countries.flatMap(({ country, clusters }) =>
    entitiesOf('COUNTRY', [country]).map((c) => ({ country: c, clusters })),
  );
  const euCountries = countries.filter((c) => c.country.eu).map((c) => c.country.code);
  const perCode = new Map(countries.map((c) => [c.country.code, c.clusters]));
  return {
    sources: row.sources.map(toSource),
    clusters: row.clusters,
    withoutCountry: row.withoutCountry,
    countries: countries.filter((c) => c.clusters > 0),
    firstYear: row.firstYear ? Number(row.firstYear) : null,
    lastYear: row.lastYear ? Number(row.lastYear) : null,
    undated: row.undated,
    sides: sides.map((side, i) => {
      const counts = sideCodes(side, { field: `sides.${i}`, euCountries }).map((code) => perCode.get(code) ?? 0);
      return { clusters: counts.reduce((a, b) => a + b, 0), countries: counts.filter((n) => n > 0).length };
    }),
  };
}
