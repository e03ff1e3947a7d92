import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ReadAhead } from '../../graph/entities/connection.js';
import { ENTITY_LABELS, isProperty, type EntityLabel } from '../../graph/entities/labels.js';
import type { Ahead, RelationPlan, SelectedProperties } from '../../graph/entities/prefetch.js';
import type { Relation } from '../../graph/entities/queries.js';
import type { Context } from '../../context.js';

/**
 * What a root resolver reads ahead (graph/entities/prefetch.ts): from the operation's selection,
 * the relation fields it asks for below an entity, as a plan of loader relations. The field
 * resolvers still read through the loader, so a field missing here costs a round trip, never a
 * wrong answer; fields with arguments (`ties(kinds)`) and abstract types below the root are left to them.
 */

/** The loader relation each object field resolves through. */
export const RELATION_FIELDS: Record<string, Record<string, Relation>> = {
  Cluster: {
    country: 'clusterCountry',
    region: 'clusterRegion',
    sectors: 'clusterSectors',
    agreements: 'clusterAgreements',
    missions: 'clusterMissions',
    partnerships: 'clusterPartnerships',
    citations: 'citations',
  },
  Agreement: {
    parties: 'agreementParties',
    sectors: 'agreementSectors',
    partnership: 'agreementPartnership',
    mission: 'agreementMission',
    updates: 'agreementUpdates',
    updatedBy: 'agreementUpdatedBy',
    citations: 'citations',
  },
  Mission: {
    organisers: 'missionOrganisers',
    participants: 'missionParticipants',
    met: 'missionMet',
    visited: 'missionVisited',
    sectors: 'missionSectors',
    events: 'missionEvents',
    citations: 'citations',
  },
  Event: { region: 'eventRegion', missions: 'eventMissions', organisers: 'eventOrganisers', citations: 'citations' },
  Partnership: {
    members: 'partnershipMembers',
    targetCountries: 'partnershipTargets',
    sectors: 'partnershipSectors',
    citations: 'citations',
  },
  Country: { regions: 'countryRegions', clusters: 'countryClusters', citations: 'citations' },
  Region: { country: 'regionCountry', parent: 'regionParent', clusters: 'regionClusters', citations: 'citations' },
  Sector: { parent: 'sectorParent', children: 'sectorChildren', clusters: 'sectorClusters', citations: 'citations' },
};

/** Levels read ahead below the root entity: deeper selections go through the loader. */
const MAX_DEPTH = 3;

/** The fields of a selection set that apply to `typeName`, through fragments (directives ignored: reading more is safe). */
function fieldsOf(selectionSet: SelectionSetNode, typeName: string, info: GraphQLResolveInfo): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    const condition = fragment?.typeCondition?.name.value;
    if (!fragment || (condition && condition !== typeName && condition !== 'Entity')) return [];
    return fieldsOf(fragment.selectionSet, typeName, info);
  });
}

function planOf(
  typeName: string,
  selectionSet: SelectionSetNode,
  info: GraphQLResolveInfo,
  depth: number,
): RelationPlan {
  const plan = new Map<Relation, RelationPlan>();
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return plan;
  for (const field of fieldsOf(selectionSet, typeName, info)) {
    const rel = RELATION_FIELDS[typeName]?.[field.name.value];
    const definition = type.getFields()[field.name.value];
    if (!rel || !definition || definition.args.length > 0) continue;
    const target = getNamedType(definition.type);
    const below =
      field.selectionSet && isObjectType(target) && depth < MAX_DEPTH
        ? planOf(target.name, field.selectionSet, info, depth + 1)
        : new Map<Relation, RelationPlan>();
    plan.set(rel, merge(plan.get(rel), below));
  }
  return plan;
}

/** The union of two plans (a field asked twice, under aliases or fragments). */
function merge(a: RelationPlan | undefined, b: RelationPlan): RelationPlan {
  if (!a) return b;
  const merged = new Map(a);
  for (const [rel, below] of b) merged.set(rel, merge(merged.get(rel), below));
  return merged;
}

/** Fields that read no property of the record, beyond id and name (always projected). */
const NO_PROPERTY = new Set(['__typename', 'id', 'name', 'entityKind', 'citations', 'ties']);
/** Fields named apart from the property they serve. */
const PROPERTY_OF_FIELD: Record<string, string> = { clusterKind: 'kind', agreementKind: 'kind', eventKind: 'kind' };
const ENTITY_TYPES = new Set<string>(Object.values(ENTITY_LABELS));

const selectedCache = new WeakMap<OperationDefinitionNode, SelectedProperties>();

/**
 * The properties each entity type is read for anywhere in the operation, fragments and every
 * branch included (see SelectedProperties). A field that is neither a relation, nor a property,
 * nor one of NO_PROPERTY (a computed field, an extension's) keeps every property of its type;
 * one on an abstract type other than those keeps every property of every type.
 */
export function selectedProperties(info: GraphQLResolveInfo): SelectedProperties {
  const cached = selectedCache.get(info.operation);
  if (cached) return cached;
  const fields = new Map<string, Set<string>>();
  let everything = false;
  const visit = (set: SelectionSetNode, type: GraphQLNamedType | null | undefined) => {
    if (!type || !(isObjectType(type) || isAbstractType(type))) return;
    for (const selection of set.selections) {
      if (selection.kind !== Kind.FIELD) {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
        const condition = fragment?.typeCondition?.name.value;
        if (fragment) visit(fragment.selectionSet, condition ? info.schema.getType(condition) : type);
        continue;
      }
      const name = selection.name.value;
      if (ENTITY_TYPES.has(type.name)) {
        const own = fields.get(type.name) ?? new Set<string>();
        own.add(name);
        fields.set(type.name, own);
      } else if (isAbstractType(type) && !NO_PROPERTY.has(name)) everything = true;
      const definition = 'getFields' in type ? type.getFields()[name] : undefined;
      if (selection.selectionSet && definition) visit(selection.selectionSet, getNamedType(definition.type));
    }
  };
  visit(info.operation.selectionSet, info.schema.getRootType(info.operation.operation));
  const properties = new Map<EntityLabel, ReadonlySet<string>>();
  for (const [typeName, names] of everything ? [] : fields) {
    const relations = RELATION_FIELDS[typeName] ?? {};
    const keys = new Set<string>();
    for (const name of names)
      if (!NO_PROPERTY.has(name) && !(name in relations)) keys.add(PROPERTY_OF_FIELD[name] ?? name);
    // A field that is no property of the record (an extension's, computed) keeps them all.
    if ([...keys].every((key) => isProperty(typeName as EntityLabel, key)))
      properties.set(typeName as EntityLabel, keys);
  }
  // Types not selected anywhere are read with no property beyond id and name.
  if (!everything)
    for (const label of Object.values(ENTITY_LABELS)) if (!fields.has(label)) properties.set(label, new Set());
  selectedCache.set(info.operation, properties);
  return properties;
}

const derived = new WeakMap<OperationDefinitionNode, WeakMap<FieldNode, Map<string, unknown>>>();

/**
 * What a root resolver derives from its field's selection, derived once per operation, root field
 * and question: it depends on the document only (directives are ignored), and Apollo's document
 * store hands out the same document objects for the same query text. Walking the selection per
 * request was ~2% of the server's CPU on `cluster` under load. Root fields only: a field node
 * inside a fragment spread in several places may merge with other nodes in each.
 */
function perRootField<T>(info: GraphQLResolveInfo, question: string, derive: () => T): T {
  const [field] = info.fieldNodes;
  if (!field) return derive();
  let byField = derived.get(info.operation);
  if (!byField) derived.set(info.operation, (byField = new WeakMap()));
  let answers = byField.get(field);
  if (!answers) byField.set(field, (answers = new Map()));
  if (!answers.has(question)) answers.set(question, derive());
  return answers.get(question) as T;
}

/**
 * The plan below the entities of the resolving root field, found at `path` inside its selection
 * (`[]` for `cluster(id)`, `['edges', 'node']` for a connection), with the properties the
 * operation reads.
 */
export function readAhead(info: GraphQLResolveInfo, path: readonly string[] = []): Ahead {
  return perRootField(info, `ahead:${path.join('.')}`, () => ({
    plan: planAt(info, path),
    properties: selectedProperties(info),
  }));
}

function planAt(info: GraphQLResolveInfo, path: readonly string[]): RelationPlan {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  let type = getNamedType(info.returnType);
  for (const name of path) {
    if (!isObjectType(type)) return new Map();
    const fields = sets.flatMap((set) => fieldsOf(set, type.name, info)).filter((f) => f.name.value === name);
    sets = fields.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
    const next = type.getFields()[name];
    if (!next) return new Map();
    type = getNamedType(next.type);
  }
  // Below an interface (node(id)) the entity's type is known only once it is read: the plan of every
  // type it may be, in one statement (a relation of another type finds nothing on it). Read level by
  // level, which relations a batch held depended on the entity's ties, so every shape of cluster
  // was its own statement for Neo4j to plan (six for the seed's details views).
  const types = isObjectType(type) ? [type] : isAbstractType(type) ? info.schema.getPossibleTypes(type) : [];
  return types.reduce<RelationPlan>(
    (plan, { name }) => sets.reduce((byType, set) => merge(byType, planOf(name, set, info, 1)), plan),
    new Map(),
  );
}

/**
 * Whether the resolving root field's selection asks for the field at `path` below it
 * (`['nodes', 'metrics']`), through fragments; directives ignored (reading more is safe).
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return perRootField(info, `selects:${path.join('.')}`, () => selectsAt(info, path));
}

function selectsAt(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  let type = getNamedType(info.returnType);
  for (const [i, name] of path.entries()) {
    if (!isObjectType(type)) return false;
    const typeName = type.name;
    const fields = sets.flatMap((set) => fieldsOf(set, typeName, info)).filter((f) => f.name.value === name);
    const next = type.getFields()[name];
    if (fields.length === 0 || !next) return false;
    if (i === path.length - 1) return true;
    sets = fields.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
    type = getNamedType(next.type);
  }
  return false;
}

/** What a connection's root resolver reads ahead for the nodes of its page. */
export function pageAhead(info: GraphQLResolveInfo, context: Context): ReadAhead {
  return { ...readAhead(info, ['edges', 'node']), relations: context.relations };
}
