import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers.js';
import { agreementsResolvers } from './agreements/resolvers.js';
import { baseResolvers } from './base/resolvers.js';
import { clustersResolvers } from './clusters/resolvers.js';
import { missionsResolvers } from './missions/resolvers.js';
import { networkResolvers } from './network/resolvers.js';
import { partnershipsResolvers } from './partnerships/resolvers.js';
import { placesResolvers } from './places/resolvers.js';
import { sectorsResolvers } from './sectors/resolvers.js';
import { editingResolvers } from './editing/resolvers.js';
import { gapsResolvers } from './gaps/resolvers.js';
import { analysisResolvers } from './analysis/resolvers.js';
import { timelineResolvers } from './timeline/resolvers.js';
import { sourcesResolvers } from './sources/resolvers.js';
import { historyResolvers } from './history/resolvers.js';
import { documentsResolvers } from './documents/resolvers.js';
import { geoResolvers } from './geo/resolvers.js';
import { gapDecisionsResolvers } from './gap-decisions/resolvers.js';
import { importsResolvers } from './imports/resolvers.js';

/**
 * The module registry. A module is a folder with schema.graphql (read from disk: every
 * schema/<domain>/schema.graphql is part of the served schema) and resolvers registered below.
 * Adding a module is one import and one entry. `base` declares `type Query`; every other module
 * uses `extend type Query`; the editing module declares `type Mutation`.
 */
export const modules: { name: string; resolvers: Resolvers }[] = [
  { name: 'base', resolvers: baseResolvers },
  { name: 'clusters', resolvers: clustersResolvers },
  { name: 'agreements', resolvers: agreementsResolvers },
  { name: 'missions', resolvers: missionsResolvers },
  { name: 'partnerships', resolvers: partnershipsResolvers },
  { name: 'places', resolvers: placesResolvers },
  { name: 'sectors', resolvers: sectorsResolvers },
  { name: 'network', resolvers: networkResolvers },
  { name: 'editing', resolvers: editingResolvers },
  { name: 'gaps', resolvers: gapsResolvers },
  { name: 'analysis', resolvers: analysisResolvers },
  { name: 'timeline', resolvers: timelineResolvers },
  { name: 'sources', resolvers: sourcesResolvers },
  { name: 'history', resolvers: historyResolvers },
  { name: 'documents', resolvers: documentsResolvers },
  { name: 'geo', resolvers: geoResolvers },
  { name: 'gap-decisions', resolvers: gapDecisionsResolvers },
  { name: 'imports', resolvers: importsResolvers },
];

const SCHEMA_DIR = import.meta.dirname;

/** Every schema.graphql under schema/, base first, then by folder name: a stable order for the SDL. */
function loadTypeDefs(): string[] {
  const files = readdirSync(SCHEMA_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'schema.graphql')
    .sort((a, b) => (a.startsWith('base') ? -1 : b.startsWith('base') ? 1 : a.localeCompare(b)));
  return files.map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
}

/** Merges the modules' resolver maps type by type; two modules resolving the same field is a mistake. */
function mergeResolvers(list: typeof modules): Resolvers {
  const merged: Record<string, unknown> = {};
  const owner = new Map<string, string>();
  for (const module of list) {
    for (const [typeName, fields] of Object.entries(module.resolvers)) {
      // Scalars are objects too, but are registered whole by one module.
      if (typeName in merged && !isFieldMap(fields))
        throw new Error(`Modules ${owner.get(typeName)} and ${module.name} both define ${typeName}.`);
      if (!isFieldMap(fields)) {
        merged[typeName] = fields;
        owner.set(typeName, module.name);
        continue;
      }
      const target = (merged[typeName] ??= {}) as Record<string, unknown>;
      for (const [field, resolver] of Object.entries(fields)) {
        const key = `${typeName}.${field}`;
        if (owner.has(key)) throw new Error(`Modules ${owner.get(key)} and ${module.name} both resolve ${key}.`);
        owner.set(key, module.name);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

function isFieldMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && value.constructor === Object;
}

export const typeDefs = loadTypeDefs();
export const resolvers = mergeResolvers(modules);

/** The served schema: every module's SDL and resolvers. */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs, resolvers, inheritResolversFromInterfaces: false });
}
