import type {
  AgreementKind,
  AgreementStatus,
  ClusterKind,
  EntityKind,
  EntityRecord,
  MissionStatus,
  TieKind,
} from '../model.js';

/**
 * The typed allow-lists of labels and relationship types: the only strings ever interpolated into
 * Cypher. Everything else arrives as a parameter.
 */

export const ENTITY_LABELS = {
  CLUSTER: 'Cluster',
  REGION: 'Region',
  COUNTRY: 'Country',
  SECTOR: 'Sector',
  AGREEMENT: 'Agreement',
  MISSION: 'Mission',
  PARTNERSHIP: 'Partnership',
  EVENT: 'Event',
} as const satisfies Record<EntityKind, string>;

export type EntityLabel = (typeof ENTITY_LABELS)[EntityKind];

const KIND_OF_LABEL = new Map<string, EntityKind>(
  Object.entries(ENTITY_LABELS).map(([kind, label]) => [label, kind as EntityKind]),
);

/** The label of the node that carries a tie of each kind. */
export const TIE_VIA_LABELS = {
  AGREEMENT: 'Agreement',
  MISSION: 'Mission',
  PARTNERSHIP: 'Partnership',
} as const satisfies Record<TieKind, EntityLabel>;

export const ALL_TIE_KINDS: TieKind[] = ['AGREEMENT', 'MISSION', 'PARTNERSHIP'];

/**
 * The properties toEntity reads, per kind: queries project these rather than `.*`, so that rows
 * carry no description of a node that is only named, nor its audit timestamps.
 */
const ENTITY_PROPERTIES = {
  CLUSTER: [
    'acronym',
    'aliases',
    'kind',
    'description',
    'website',
    'foundedYear',
    'memberCount',
    'smeCount',
    'countryCode',
  ],
  REGION: ['kind', 'countryCode'],
  COUNTRY: ['code', 'eu'],
  SECTOR: [],
  AGREEMENT: ['kind', 'status', 'signedOn', 'endsOn', 'summary'],
  MISSION: ['status', 'startsOn', 'endsOn', 'smeCount', 'summary'],
  PARTNERSHIP: ['acronym', 'programme', 'smeCount', 'partnerCount'],
  EVENT: ['startsOn', 'endsOn', 'kind', 'audience'],
} as const satisfies Record<EntityKind, readonly string[]>;

/** Whether `key` is a property the record of a node of `label` is built from. */
export function isProperty(label: EntityLabel, key: string): boolean {
  return (ENTITY_PROPERTIES[KIND_OF_LABEL.get(label) as EntityKind] as readonly string[]).includes(key);
}

/**
 * The map projection of node `variable` as a NodeRow: of a node of `label` (matched with that
 * label, which its reader then passes to toEntity), or, without a label, of any entity with its
 * labels (the properties of every kind; those a node lacks come back null); with `only`, just
 * those of its properties (the rest come back null in the record).
 */
export function nodeProjection(variable: string, label?: EntityLabel, only?: ReadonlySet<string>): string {
  const all: readonly string[] = label
    ? ENTITY_PROPERTIES[KIND_OF_LABEL.get(label) as EntityKind]
    : [...new Set(Object.values(ENTITY_PROPERTIES).flat())];
  const keys = only ? all.filter((key) => only.has(key)) : all;
  const properties = ['id', 'name', ...keys].map((key) => `.${key}`).join(', ');
  // A node matched with its label carries no labels: a literal list per node was ~15% of the
  // clusters page's statement (sent, then decoded, for each of its ~570 nodes).
  return label ? `${variable} {${properties}}` : `${variable} {${properties}, labels: labels(${variable})}`;
}

/** A node as projected by the queries: its properties, and its labels unless it was matched by one. */
export type NodeRow = Record<string, unknown> & { labels?: string[] };

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const int = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * Turns a projected node into its domain record; null for a node that is not an entity. `label`:
 * the one its statement matched it with, for a row projected without labels.
 */
export function toEntity(row: NodeRow, label?: EntityLabel): EntityRecord | null {
  const kind = row.labels
    ? row.labels.map((l) => KIND_OF_LABEL.get(l)).find((k) => k !== undefined)
    : label && KIND_OF_LABEL.get(label);
  // No `...base` spread: in V8 a spread followed by more properties took ~30× as long (measured),
  // and a page converts about a thousand rows.
  const id = String(row.id);
  const name = String(row.name ?? row.id);
  switch (kind) {
    case 'CLUSTER':
      return {
        id,
        name,
        entityKind: kind,
        acronym: text(row.acronym),
        aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
        kind: String(row.kind ?? 'CLUSTER') as ClusterKind,
        description: text(row.description),
        website: text(row.website),
        foundedYear: int(row.foundedYear),
        memberCount: int(row.memberCount),
        smeCount: int(row.smeCount),
        countryCode: text(row.countryCode),
      };
    case 'REGION':
      return { id, name, entityKind: kind, kind: text(row.kind), countryCode: text(row.countryCode) };
    case 'COUNTRY':
      return { id, name, entityKind: kind, code: String(row.code), eu: row.eu === true };
    case 'SECTOR':
      return { id, name, entityKind: kind };
    case 'AGREEMENT':
      return {
        id,
        name,
        entityKind: kind,
        kind: String(row.kind) as AgreementKind,
        status: String(row.status) as AgreementStatus,
        signedOn: text(row.signedOn),
        endsOn: text(row.endsOn),
        summary: text(row.summary),
      };
    case 'MISSION':
      return {
        id,
        name,
        entityKind: kind,
        status: String(row.status) as MissionStatus,
        startsOn: text(row.startsOn),
        endsOn: text(row.endsOn),
        smeCount: int(row.smeCount),
        summary: text(row.summary),
      };
    case 'PARTNERSHIP':
      return {
        id,
        name,
        entityKind: kind,
        acronym: text(row.acronym),
        programme: text(row.programme),
        smeCount: int(row.smeCount),
        partnerCount: int(row.partnerCount),
      };
    case 'EVENT':
      return {
        id,
        name,
        entityKind: kind,
        startsOn: text(row.startsOn),
        endsOn: text(row.endsOn),
        kind: text(row.kind),
        audience: text(row.audience),
      };
    default:
      return null;
  }
}

/** The records of nodes read as one kind (matched by its label, or carrying their labels), others left out. */
export function entitiesOf<K extends EntityKind>(kind: K, rows: NodeRow[]): Extract<EntityRecord, { entityKind: K }>[] {
  const label = ENTITY_LABELS[kind];
  return rows
    .map((row) => toEntity(row, label))
    .filter((e): e is Extract<EntityRecord, { entityKind: K }> => e?.entityKind === kind);
}
