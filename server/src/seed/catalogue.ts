import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { comparePartialDates } from '../domain/partial-date.js';
import {
  seedFileSchema,
  type SeedAgreement,
  type SeedCluster,
  type SeedCountry,
  type SeedEvent,
  type SeedFile,
  type SeedMission,
  type SeedPartnership,
  type SeedRegion,
  type SeedSector,
  type SeedSource,
} from './format.js';

/**
 * The seed catalogue: every seed file read, validated and merged by id into one graph-shaped
 * value, with every reference checked. The loader writes it; nothing invents a missing field.
 */

export interface Citation {
  source: string;
  excerpt: string;
}

type Merged<T extends { cite?: string | undefined }> = Omit<T, 'cite'> & { citations: Citation[] };

export interface Catalogue {
  sources: SeedSource[];
  countries: Merged<SeedCountry>[];
  regions: Merged<SeedRegion>[];
  sectors: Merged<SeedSector>[];
  clusters: Merged<SeedCluster>[];
  agreements: Merged<SeedAgreement>[];
  missions: Merged<SeedMission>[];
  partnerships: Merged<SeedPartnership>[];
  events: Merged<SeedEvent>[];
}

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'SeedError';
  }
}

export const SEED_DIR = path.resolve(import.meta.dirname, '../../../cypher/seed');

/** Reads every *.yaml file of the folder, in name order, and builds the catalogue. */
export async function readCatalogue(dir: string = SEED_DIR): Promise<Catalogue> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  const problems: string[] = [];
  const files: SeedFile[] = [];
  for (const name of names) {
    const raw: unknown = parseYaml(await readFile(path.join(dir, name), 'utf8'));
    const parsed = seedFileSchema.safeParse(raw);
    if (parsed.success) {
      files.push(parsed.data);
    } else {
      for (const issue of parsed.error.issues) {
        problems.push(`${name}: ${issue.path.join('.')}: ${issue.message}`);
      }
    }
  }
  if (problems.length > 0) throw new SeedError(problems);
  return buildCatalogue(files);
}

/** Merges parsed files by id and checks every reference; throws SeedError listing all problems. */
export function buildCatalogue(files: SeedFile[]): Catalogue {
  const problems: string[] = [];
  const merge = <T extends { cite?: string | undefined }>(
    kind: string,
    key: (entry: T) => string,
    pick: (file: SeedFile) => T[],
  ): Map<string, Merged<T>> => {
    const merged = new Map<string, Merged<T>>();
    for (const file of files) {
      for (const entry of pick(file)) {
        const id = key(entry);
        const { cite, ...fields } = entry;
        const citations: Citation[] = cite ? [{ source: file.source.id, excerpt: cite }] : [];
        const existing = merged.get(id);
        if (!existing) {
          merged.set(id, { ...fields, citations } as Merged<T>);
          continue;
        }
        const target = existing as Record<string, unknown>;
        for (const [field, value] of Object.entries(fields)) {
          const before = target[field];
          if (Array.isArray(value)) {
            target[field] = unionBy([...((before as unknown[] | undefined) ?? []), ...value]);
          } else if (before === undefined) {
            target[field] = value;
          } else if (before !== value) {
            problems.push(
              `${kind} ${id}: ${field} is "${String(before)}" in one file and "${String(value)}" in ${file.source.file}`,
            );
          }
        }
        existing.citations.push(...citations);
      }
    }
    return merged;
  };

  const sources = new Map<string, SeedSource>();
  for (const file of files) {
    if (sources.has(file.source.id)) problems.push(`source ${file.source.id} is declared by two files`);
    sources.set(file.source.id, file.source);
  }
  const countries = merge<SeedCountry>(
    'country',
    (c) => c.code,
    (f) => f.countries,
  );
  const regions = merge<SeedRegion>(
    'region',
    (r) => r.id,
    (f) => f.regions,
  );
  const sectors = merge<SeedSector>(
    'sector',
    (s) => s.id,
    (f) => f.sectors,
  );
  const clusters = merge<SeedCluster>(
    'cluster',
    (c) => c.id,
    (f) => f.clusters,
  );
  const agreements = merge<SeedAgreement>(
    'agreement',
    (a) => a.id,
    (f) => f.agreements,
  );
  const missions = merge<SeedMission>(
    'mission',
    (m) => m.id,
    (f) => f.missions,
  );
  const partnerships = merge<SeedPartnership>(
    'partnership',
    (p) => p.id,
    (f) => f.partnerships,
  );
  const events = merge<SeedEvent>(
    'event',
    (e) => e.id,
    (f) => f.events,
  );

  const owners = new Map<string, string>();
  const claim = (kind: string, ids: Iterable<string>) => {
    for (const id of ids) {
      const owner = owners.get(id);
      if (owner) problems.push(`id "${id}" is used by a ${owner} and a ${kind}; ids are unique across the graph`);
      owners.set(id, kind);
    }
  };
  claim('source', sources.keys());
  claim('country', [...countries.keys()].map(countryId));
  claim('region', regions.keys());
  claim('sector', sectors.keys());
  claim('cluster', clusters.keys());
  claim('agreement', agreements.keys());
  claim('mission', missions.keys());
  claim('partnership', partnerships.keys());
  claim('event', events.keys());

  const need = (what: string, value: unknown, field: string) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0))
      problems.push(`${what} has no ${field} in any file`);
  };
  const refs = (what: string, ids: readonly string[] | undefined, pool: Map<string, unknown>[], expected: string) => {
    for (const id of ids ?? []) {
      if (!pool.some((map) => map.has(id)))
        problems.push(`${what} refers to ${expected} "${id}", which no seed file declares`);
    }
  };
  const cited = (what: string, citations: Citation[]) => {
    if (citations.length === 0) problems.push(`${what} has no citation`);
  };
  const ordered = (what: string, start: string | undefined, end: string | undefined) => {
    if (start && end && comparePartialDates(start, end) > 0)
      problems.push(`${what} starts (${start}) after it ends (${end})`);
  };

  for (const [code, c] of countries) {
    refs(`country ${code}`, c.prioritySectors, [sectors], 'sector');
  }
  for (const [id, r] of regions) {
    need(`region ${id}`, r.name, 'name');
    need(`region ${id}`, r.kind, 'kind');
    need(`region ${id}`, r.country, 'country');
    refs(`region ${id}`, r.country ? [r.country] : [], [countries], 'country');
    refs(`region ${id}`, r.partOf ? [r.partOf] : [], [regions], 'region');
  }
  for (const [id, s] of sectors) {
    need(`sector ${id}`, s.name, 'name');
    refs(`sector ${id}`, s.partOf ? [s.partOf] : [], [sectors], 'sector');
  }
  for (const [id, c] of clusters) {
    const what = `cluster ${id}`;
    need(what, c.name, 'name');
    need(what, c.kind, 'kind');
    if (!c.country && !c.region) problems.push(`${what} has no country or region in any file`);
    refs(what, c.country ? [c.country] : [], [countries], 'country');
    refs(what, c.region ? [c.region] : [], [regions], 'region');
    const regionCountry = c.region ? regions.get(c.region)?.country : undefined;
    if (c.country && regionCountry && c.country !== regionCountry) {
      problems.push(`${what} is in country ${c.country} but its region ${c.region} is in ${regionCountry}`);
    }
    refs(what, c.sectors, [sectors], 'sector');
    cited(what, c.citations);
  }
  for (const [id, a] of agreements) {
    const what = `agreement ${id}`;
    need(what, a.title, 'title');
    need(what, a.kind, 'kind');
    need(what, a.status, 'status');
    // Two parties, or a party and the partnership it faces (the partnership acts through ON_BEHALF_OF).
    const parties = a.parties?.length ?? 0;
    if (parties < (a.partnership ? 1 : 2))
      problems.push(`${what} has neither two parties nor a party and the partnership it faces`);
    refs(what, a.parties, [clusters], 'cluster');
    refs(what, a.sectors, [sectors], 'sector');
    refs(what, a.partnership ? [a.partnership] : [], [partnerships], 'partnership');
    refs(what, a.mission ? [a.mission] : [], [missions], 'mission');
    refs(what, a.updates ? [a.updates] : [], [agreements], 'agreement');
    if (a.updates === id) problems.push(`${what} updates itself`);
    ordered(what, a.signedOn, a.endsOn);
    cited(what, a.citations);
  }
  for (const [id, m] of missions) {
    const what = `mission ${id}`;
    need(what, m.title, 'title');
    need(what, m.status, 'status');
    refs(what, m.organisers, [clusters, partnerships], 'cluster or partnership');
    refs(what, m.participants, [clusters], 'cluster');
    refs(what, m.met, [clusters], 'cluster');
    refs(what, m.visited, [regions], 'region');
    refs(what, m.sectors, [sectors], 'sector');
    refs(what, m.events, [events], 'event');
    ordered(what, m.startsOn, m.endsOn);
    cited(what, m.citations);
  }
  for (const [id, p] of partnerships) {
    const what = `partnership ${id}`;
    need(what, p.name, 'name');
    refs(what, p.members?.map(memberId), [clusters], 'cluster');
    refs(what, p.targets, [countries], 'country');
    refs(what, p.sectors, [sectors], 'sector');
    cited(what, p.citations);
  }
  for (const [id, e] of events) {
    const what = `event ${id}`;
    need(what, e.title, 'title');
    refs(what, e.region ? [e.region] : [], [regions], 'region');
    refs(what, e.organisers, [clusters, partnerships], 'cluster or partnership');
    ordered(what, e.startsOn, e.endsOn);
    cited(what, e.citations);
  }
  if (problems.length > 0) throw new SeedError(problems);

  return {
    sources: [...sources.values()],
    countries: [...countries.values()],
    regions: [...regions.values()],
    sectors: [...sectors.values()],
    clusters: [...clusters.values()],
    agreements: [...agreements.values()],
    missions: [...missions.values()],
    partnerships: [...partnerships.values()],
    events: [...events.values()],
  };
}

/** The graph id of a country: its ISO code in lower case ("ca"). */
export function countryId(code: string): string {
  return code.toLowerCase();
}

export function memberId(member: NonNullable<SeedPartnership['members']>[number]): string {
  return typeof member === 'string' ? member : member.cluster;
}

/** Union of list values; members given with a role win over the same member given bare. */
function unionBy(values: unknown[]): unknown[] {
  const byKey = new Map<string, unknown>();
  for (const value of values) {
    const key =
      typeof value === 'object' && value !== null && 'cluster' in value ? String(value.cluster) : String(value);
    if (!byKey.has(key) || typeof value === 'object') byKey.set(key, value);
  }
  return [...byKey.values()];
}
