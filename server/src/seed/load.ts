import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Executor, WriteTransaction } from '../db/executor.js';
import { yearOf } from '../domain/partial-date.js';
import { searchAliasText } from '../graph/search/index-text.js';
import { countryId, memberId, readCatalogue, SEED_DIR, type Catalogue, type Citation } from './catalogue.js';
import {
  MERGE_SOURCES,
  mergeEntities,
  mergeRelationships,
  RECORD_SEED,
  SEED_HASH,
  WIPE,
  WIPE_KEEPING_EDITORS,
  type SeedRelationship,
} from './queries.js';

/** Writes the seed catalogue into the graph in one transaction. Idempotent: MERGE on ids. */

interface EntityRow {
  id: string;
  props: Record<string, unknown>;
  citations: Citation[];
}
interface Link {
  from: string;
  to: string;
  props?: Record<string, unknown>;
}

/** Drops undefined values: Neo4j stores no nulls, and a missing fact stays missing. */
function defined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
}

/** The aliases, and the text the search index reads beside name and acronym (index-text.ts). */
function aliasFields(entity: { name?: string; acronym?: string; aliases?: string[] }): Record<string, unknown> {
  return { aliases: entity.aliases ?? [], aliasText: searchAliasText(entity) };
}

export function catalogueHash(catalogue: Catalogue): string {
  return createHash('sha256').update(JSON.stringify(catalogue)).digest('hex');
}

/** The catalogue as rows per label and links per relationship type. */
export function toGraphRows(catalogue: Catalogue) {
  const links = new Map<SeedRelationship, Link[]>();
  const link = (type: SeedRelationship, from: string, to: string, props?: Record<string, unknown>) => {
    const list = links.get(type) ?? [];
    list.push({ from, to, props: props ?? {} });
    links.set(type, list);
  };
  const regionCountry = new Map(catalogue.regions.map((r) => [r.id, r.country]));

  const countries: EntityRow[] = catalogue.countries.map((c) => {
    for (const sector of c.prioritySectors ?? []) link('PRIORITY_SECTOR', countryId(c.code), sector);
    return { id: countryId(c.code), props: { name: c.name, code: c.code, eu: c.eu }, citations: c.citations };
  });
  const regions: EntityRow[] = catalogue.regions.map((r) => {
    if (r.country) link('IN', r.id, countryId(r.country));
    if (r.partOf) link('PART_OF', r.id, r.partOf);
    return {
      id: r.id,
      props: defined({ name: r.name, kind: r.kind, countryCode: r.country, ...aliasFields(r) }),
      citations: r.citations,
    };
  });
  const sectors: EntityRow[] = catalogue.sectors.map((s) => {
    if (s.partOf) link('PART_OF', s.id, s.partOf);
    return { id: s.id, props: defined({ name: s.name, ...aliasFields(s) }), citations: s.citations };
  });
  const clusters: EntityRow[] = catalogue.clusters.map((c) => {
    const countryCode = c.country ?? (c.region ? regionCountry.get(c.region) : undefined);
    link('LOCATED_IN', c.id, c.region ?? countryId(countryCode ?? ''));
    for (const sector of c.sectors ?? []) link('ACTIVE_IN', c.id, sector);
    const { id, region: _region, country: _country, sectors: _sectors, citations, aliases, ...rest } = c;
    return { id, props: defined({ ...rest, countryCode, ...aliasFields({ ...rest, aliases }) }), citations };
  });
  const agreements: EntityRow[] = catalogue.agreements.map((a) => {
    for (const party of a.parties ?? []) link('PARTY_TO', party, a.id);
    for (const sector of a.sectors ?? []) link('COVERS', a.id, sector);
    if (a.partnership) link('ON_BEHALF_OF', a.id, a.partnership);
    if (a.mission) link('RESULTED_FROM', a.id, a.mission);
    if (a.updates) link('UPDATES', a.id, a.updates);
    const year = a.signedOn ? yearOf(a.signedOn) : null;
    return {
      id: a.id,
      props: defined({
        name: a.title,
        kind: a.kind,
        status: a.status,
        signedOn: a.signedOn,
        endsOn: a.endsOn,
        summary: a.summary,
        year: year ?? undefined,
        aliasText: searchAliasText({ name: a.title }),
      }),
      citations: a.citations,
    };
  });
  const missions: EntityRow[] = catalogue.missions.map((m) => {
    for (const organiser of m.organisers ?? []) link('ORGANISED', organiser, m.id);
    for (const participant of m.participants ?? []) link('JOINED', participant, m.id);
    for (const met of m.met ?? []) link('MET', m.id, met);
    for (const region of m.visited ?? []) link('VISITED', m.id, region);
    for (const sector of m.sectors ?? []) link('FOCUSED_ON', m.id, sector);
    for (const event of m.events ?? []) link('AT', m.id, event);
    const year = m.startsOn ? yearOf(m.startsOn) : null;
    return {
      id: m.id,
      props: defined({
        name: m.title,
        status: m.status,
        startsOn: m.startsOn,
        endsOn: m.endsOn,
        smeCount: m.smeCount,
        summary: m.summary,
        year: year ?? undefined,
        aliasText: searchAliasText({ name: m.title }),
      }),
      citations: m.citations,
    };
  });
  const partnerships: EntityRow[] = catalogue.partnerships.map((p) => {
    for (const member of p.members ?? []) {
      link('MEMBER_OF', memberId(member), p.id, { role: typeof member === 'string' ? 'PARTNER' : member.role });
    }
    for (const target of p.targets ?? []) link('TARGETS', p.id, countryId(target));
    for (const sector of p.sectors ?? []) link('IN_SECTOR', p.id, sector);
    return {
      id: p.id,
      props: defined({
        name: p.name,
        acronym: p.acronym,
        programme: p.programme,
        smeCount: p.smeCount,
        partnerCount: p.partnerCount,
        ...aliasFields(p),
      }),
      citations: p.citations,
    };
  });
  const events: EntityRow[] = catalogue.events.map((e) => {
    if (e.region) link('IN', e.id, e.region);
    for (const organiser of e.organisers ?? []) link('ORGANISER_OF', organiser, e.id);
    return {
      id: e.id,
      props: defined({
        name: e.title,
        startsOn: e.startsOn,
        endsOn: e.endsOn,
        kind: e.kind,
        audience: e.audience,
        aliasText: searchAliasText({ name: e.title }),
      }),
      citations: e.citations,
    };
  });
  const entities = {
    Country: countries,
    Region: regions,
    Sector: sectors,
    Cluster: clusters,
    Agreement: agreements,
    Mission: missions,
    Partnership: partnerships,
    Event: events,
  } as const;
  return { entities, links };
}

/** Copies of the source documents, by file name, so that a source opens as a page with its text. */
export const SEED_DOCUMENTS_DIR = path.join(SEED_DIR, 'documents');

/** The texts of the catalogue's documents by file name; a document not in the folder has none. */
async function readDocuments(catalogue: Catalogue): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const { file } of catalogue.sources) {
    const text = await readFile(path.join(SEED_DOCUMENTS_DIR, path.basename(file)), 'utf8').catch(() => undefined);
    if (text !== undefined) texts.set(file, text);
  }
  return texts;
}

async function writeCatalogue(tx: WriteTransaction, catalogue: Catalogue, texts: Map<string, string>): Promise<void> {
  await tx.run(MERGE_SOURCES, {
    rows: catalogue.sources.map((s) => ({
      id: s.id,
      props: defined({
        title: s.title,
        publisher: s.publisher,
        publishedOn: s.publishedOn,
        file: s.file,
        url: s.url,
        text: texts.get(s.file),
      }),
    })),
  });
  const { entities, links } = toGraphRows(catalogue);
  for (const [label, rows] of Object.entries(entities) as [Parameters<typeof mergeEntities>[0], EntityRow[]][]) {
    await tx.run(mergeEntities(label), { rows });
  }
  for (const [type, rows] of links) await tx.run(mergeRelationships(type), { rows });
  await tx.run(RECORD_SEED, { hash: catalogueHash(catalogue) });
}

/** Loads the seed files into the graph in one transaction; returns the catalogue loaded. */
export async function loadSeed(executor: Executor, catalogue?: Catalogue): Promise<Catalogue> {
  const data = catalogue ?? (await readCatalogue());
  const texts = await readDocuments(data);
  await executor.write((tx) => writeCatalogue(tx, data, texts));
  return data;
}

/** The hash of the seed the database was loaded with, or null for a database never seeded. */
export async function loadedSeedHash(executor: Executor): Promise<string | null> {
  const rows = await executor.read<{ hash: string }>(SEED_HASH);
  return rows[0]?.hash ?? null;
}

/**
 * Replaces the graph with the seed in one transaction (named editors stay): readers see the old
 * graph until the commit and the new one after, never an empty or half-loaded one; a reset that
 * fails or is killed midway leaves the graph as it was.
 */
export async function replaceWithSeed(executor: Executor, catalogue?: Catalogue): Promise<Catalogue> {
  const data = catalogue ?? (await readCatalogue());
  const texts = await readDocuments(data);
  await executor.write(
    async (tx) => {
      await tx.run(WIPE_KEEPING_EDITORS);
      await writeCatalogue(tx, data, texts);
    },
    { timeoutMs: 10 * 60_000 },
  );
  return data;
}

/** Deletes everything: nodes, relationships and the migration records. Indexes stay. */
export async function wipeGraph(executor: Executor): Promise<void> {
  // CALL … IN TRANSACTIONS must run in an implicit transaction, which the executor offers as autocommit.
  await executor.autocommit(WIPE);
}
