import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { countryId, memberId, type Catalogue } from '../seed/catalogue.js';
import { seedFileSchema } from '../seed/format.js';
import type { GoldDocument, GoldOrganisation } from './evaluation.js';
import type { KnownEntity } from './types.js';

/**
 * The evaluation's two inputs from the curated seed: a graph holding only its countries, regions
 * and sectors (what a fresh atlas knows before any document is read), and, per source document,
 * the facts the curators drew from it.
 */

export function placesAndSectors(catalogue: Catalogue): KnownEntity[] {
  return [
    ...catalogue.countries.map((c): KnownEntity => ({
      id: countryId(c.code),
      kind: 'COUNTRY',
      names: [c.name],
      country: c.code,
    })),
    ...catalogue.regions.map((r): KnownEntity => ({
      id: r.id,
      kind: 'REGION',
      names: [r.name ?? r.id, ...(r.aliases ?? [])],
      ...(r.country ? { country: r.country } : {}),
    })),
    ...catalogue.sectors.map((s): KnownEntity => ({
      id: s.id,
      kind: 'SECTOR',
      names: [s.name ?? s.id, ...(s.aliases ?? [])],
    })),
  ];
}

export function organisationNames(catalogue: Catalogue): GoldOrganisation[] {
  return catalogue.clusters.map((c) => ({
    id: c.id,
    names: [c.name ?? c.id, ...(c.acronym ? [c.acronym] : []), ...(c.aliases ?? [])],
  }));
}

export interface SeedDocument {
  file: string;
  publishedOn?: string;
  gold: GoldDocument;
}

/** Each seed file's facts, completed from the merged catalogue (a file may give only an id). */
export async function goldByDocument(seedDir: string, catalogue: Catalogue): Promise<SeedDocument[]> {
  const names = (await readdir(seedDir)).filter((n) => n.endsWith('.yaml')).sort();
  const documents: SeedDocument[] = [];
  const regionNames = new Map(catalogue.regions.map((r) => [r.id, [r.name ?? r.id, ...(r.aliases ?? [])]]));
  const organisations = new Map(organisationNames(catalogue).map((o) => [o.id, o]));
  for (const name of names) {
    const file = seedFileSchema.parse(parseYaml(await readFile(path.join(seedDir, name), 'utf8')));
    const ids = (entries: { id: string }[]) => new Set(entries.map((e) => e.id));
    const clusterIds = ids(file.clusters);
    const agreementIds = ids(file.agreements);
    const missionIds = ids(file.missions);
    const partnershipIds = ids(file.partnerships);
    const eventIds = ids(file.events);
    documents.push({
      file: file.source.file,
      ...(file.source.publishedOn ? { publishedOn: file.source.publishedOn } : {}),
      gold: {
        organisations: [...clusterIds].map((id) => organisations.get(id)!),
        agreements: catalogue.agreements
          .filter((a) => agreementIds.has(a.id))
          .map((a) => ({
            id: a.id,
            ...(a.kind ? { kind: a.kind } : {}),
            ...(a.status ? { status: a.status } : {}),
            ...(a.signedOn ? { signedOn: a.signedOn } : {}),
            ...(a.endsOn ? { endsOn: a.endsOn } : {}),
            parties: a.parties ?? [],
          })),
        missions: catalogue.missions
          .filter((m) => missionIds.has(m.id))
          .map((m) => ({
            id: m.id,
            ...(m.startsOn ? { startsOn: m.startsOn } : {}),
            ...(m.endsOn ? { endsOn: m.endsOn } : {}),
            places: (m.visited ?? []).flatMap((r) => regionNames.get(r) ?? []),
            parties: [...(m.participants ?? []), ...(m.met ?? [])].filter((id) => organisations.has(id)),
          })),
        partnerships: catalogue.partnerships
          .filter((p) => partnershipIds.has(p.id))
          .map((p) => ({
            id: p.id,
            names: [p.name ?? p.id, ...(p.acronym ? [p.acronym] : [])],
            // Members are scored where the document lists them: the file that gives them.
            members: (file.partnerships.find((f) => f.id === p.id)?.members ?? []).map(memberId),
          })),
        events: catalogue.events
          .filter((e) => eventIds.has(e.id))
          .map((e) => ({ id: e.id, title: e.title ?? e.id, ...(e.startsOn ? { startsOn: e.startsOn } : {}) })),
      },
    });
  }
  return documents;
}
