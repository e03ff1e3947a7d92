import type { Direction, LinkTypeName, RecordedLabel } from './queries.js';
import { OWNED_LINKS, RECORDED_LABELS } from './queries.js';

/**
 * An entity's state as a change records it: its fields, its links to other entities and its
 * citations. Pure: what differs between two states, and the line a person reads about it.
 */

export interface SnapshotLink {
  type: LinkTypeName;
  direction: Direction;
  target: string;
  props: Record<string, unknown>;
}

export interface Snapshot {
  id: string;
  label: RecordedLabel;
  /** The fields, without the stamps (createdAt, updatedAt, updatedBy), which every write moves. */
  props: Record<string, unknown>;
  createdAt: string | null;
  links: SnapshotLink[];
  citations: { source: string; excerpt: string | null }[];
}

export interface SnapshotRow {
  id: string;
  label: string;
  props: Record<string, unknown>;
  links: SnapshotLink[];
  citations: { source: string; excerpt: string | null }[];
}

const STAMPS = new Set(['createdAt', 'updatedAt', 'updatedBy', 'claim', 'lockedBy']);

export function toSnapshot(row: SnapshotRow): Snapshot {
  if (!(RECORDED_LABELS as readonly string[]).includes(row.label)) {
    throw new Error(`The entity ${row.id} is a ${row.label}, which writes do not record.`);
  }
  const props = Object.fromEntries(
    Object.entries(row.props)
      .filter(([key]) => !STAMPS.has(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const createdAt = typeof row.props['createdAt'] === 'string' ? row.props['createdAt'] : null;
  const links = [...row.links].sort((a, b) => linkKey(a).localeCompare(linkKey(b)));
  const citations = [...row.citations].sort((a, b) =>
    `${a.source}\u0000${a.excerpt ?? ''}`.localeCompare(`${b.source}\u0000${b.excerpt ?? ''}`),
  );
  return { id: row.id, label: row.label as RecordedLabel, props, createdAt, links, citations };
}

/** The links the entity owns (see OWNED_LINKS): the ones its own writes and reverts set. */
export function ownedLinks(snapshot: Snapshot): SnapshotLink[] {
  const owned = OWNED_LINKS[snapshot.label];
  return snapshot.links.filter((link) =>
    owned.some((kind) => kind.type === link.type && kind.direction === link.direction),
  );
}

/**
 * The names of what differs: fields by name, links by relationship type, and `citations`.
 * A link counts for the side that owns it, so a cluster's change lists ACTIVE_IN, not PARTY_TO.
 */
export function changedFields(before: Snapshot | null, after: Snapshot | null): string[] {
  const fields = new Set<string>();
  const propsBefore = before?.props ?? {};
  const propsAfter = after?.props ?? {};
  for (const key of new Set([...Object.keys(propsBefore), ...Object.keys(propsAfter)])) {
    if (JSON.stringify(propsBefore[key] ?? null) !== JSON.stringify(propsAfter[key] ?? null)) fields.add(key);
  }
  const linksOf = (snapshot: Snapshot | null) => (snapshot ? ownedLinks(snapshot) : []);
  const types = new Set([...linksOf(before), ...linksOf(after)].map((link) => link.type));
  for (const type of types) {
    const keys = (snapshot: Snapshot | null) =>
      JSON.stringify(
        linksOf(snapshot)
          .filter((link) => link.type === type)
          .map(linkKey),
      );
    if (keys(before) !== keys(after)) fields.add(type);
  }
  if (JSON.stringify(before?.citations ?? []) !== JSON.stringify(after?.citations ?? [])) fields.add('citations');
  return [...fields].sort();
}

const VERBS = {
  CREATE: 'Created',
  UPDATE: 'Updated',
  DELETE: 'Deleted',
  IMPORT: 'Imported',
  REVERT: 'Reverted',
} as const;

/** One line a person reads, e.g. `Updated Agreement "Aero pact": name, status`. */
export function summarise(options: {
  operation: keyof typeof VERBS;
  before: Snapshot | null;
  after: Snapshot | null;
  fields: string[];
  reverts?: string | null;
}): string {
  const { operation, before, after, fields } = options;
  const state = after ?? before;
  const label = state?.label ?? 'entity';
  const name = String(state?.props['name'] ?? state?.id ?? '');
  const what = `${label} "${name}"`;
  if (operation === 'REVERT') {
    const outcome = after === null ? 'deleted again' : before === null ? 'restored' : `back: ${list(fields)}`;
    return `Reverted change ${options.reverts ?? ''} of ${what}: ${outcome}`;
  }
  if (operation === 'UPDATE' || (operation === 'IMPORT' && before !== null)) {
    return `${VERBS[operation]} ${what}: ${list(fields)}`;
  }
  return `${VERBS[operation]} ${what}`;
}

function list(fields: string[]): string {
  return fields.length > 0 ? fields.join(', ') : 'nothing changed';
}

function linkKey(link: SnapshotLink): string {
  return `${link.type}:${link.direction}:${link.target}:${JSON.stringify(link.props)}`;
}
