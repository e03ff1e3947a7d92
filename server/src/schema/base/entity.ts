import type { Context } from '../../context.js';
import type { CitationRecord, EntityRecord } from '../../graph/model.js';

/** Typename per entity kind, for Entity.__resolveType. */
export const TYPE_NAME = {
  CLUSTER: 'Cluster',
  REGION: 'Region',
  COUNTRY: 'Country',
  SECTOR: 'Sector',
  AGREEMENT: 'Agreement',
  MISSION: 'Mission',
  PARTNERSHIP: 'Partnership',
  EVENT: 'Event',
} as const;

/** The Entity fields every type needs a resolver for: citations, through the relation loader. */
export const entityFields = {
  citations: (parent: EntityRecord, _args: unknown, context: Context): Promise<CitationRecord[]> =>
    context.relations.citations(parent.id),
};

/** Narrows loader results to one kind (a relation's target label guarantees it; this keeps the types honest). */
export function only<K extends EntityRecord['entityKind']>(kind: K) {
  return (entities: EntityRecord[]): Extract<EntityRecord, { entityKind: K }>[] =>
    entities.filter((e): e is Extract<EntityRecord, { entityKind: K }> => e.entityKind === kind);
}

export function onlyOne<K extends EntityRecord['entityKind']>(kind: K) {
  return (entity: EntityRecord | null): Extract<EntityRecord, { entityKind: K }> | null =>
    entity?.entityKind === kind ? (entity as Extract<EntityRecord, { entityKind: K }>) : null;
}
