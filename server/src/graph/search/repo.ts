import type { Executor } from '../../db/executor.js';
import { ENTITY_LABELS, toEntity, type EntityLabel, type NodeRow } from '../entities/labels.js';
import type { SelectedProperties } from '../entities/prefetch.js';
import type { EntityKind, EntityRecord } from '../model.js';
import { toLuceneQuery } from './lucene.js';
import { searchQuery } from './queries.js';

export interface SearchOptions {
  text: string;
  kinds: EntityKind[] | null;
  first: number;
  /** The properties the operation reads per label (schema/base/ahead.ts); without, all of them. */
  properties?: SelectedProperties;
}

/** The properties read of any label a hit may have; undefined (all) when one of them is read whole. */
function propertiesRead(properties: SelectedProperties, labels: EntityLabel[]): ReadonlySet<string> | undefined {
  const union = new Set<string>();
  for (const label of labels) {
    const own = properties.get(label);
    if (!own) return undefined;
    for (const key of own) union.add(key);
  }
  return union;
}

/** Ranked entities whose name, acronym or aliases match every word of the text (the last as a prefix too). */
export async function searchEntities(
  executor: Executor,
  options: SearchOptions,
): Promise<{ entity: EntityRecord; score: number }[]> {
  const lucene = toLuceneQuery(options.text);
  if (!lucene || options.first === 0) return [];
  const labels = options.kinds ? [...new Set(options.kinds.map((kind) => ENTITY_LABELS[kind]))] : null;
  if (labels?.length === 0) return [];
  const only = options.properties
    ? propertiesRead(options.properties, labels ?? Object.values(ENTITY_LABELS))
    : undefined;
  const rows = await executor.read<{ node: NodeRow; score: number }>(searchQuery(labels, only), {
    lucene,
    first: options.first,
  });
  // One kind: the statement matched its label and projected none (search/queries.ts).
  const single = labels?.length === 1 ? labels[0] : undefined;
  return rows.flatMap((row) => {
    const entity = toEntity(row.node, single);
    return entity ? [{ entity, score: row.score }] : [];
  });
}
