import type { Executor } from '../../db/executor.js';
import { ENTITY_LABELS, toEntity, type NodeRow } from '../entities/labels.js';
import type { EntityKind, EntityRecord } from '../model.js';
import { toLuceneQuery } from './lucene.js';
import { SEARCH } from './queries.js';

export interface SearchOptions {
  text: string;
  kinds: EntityKind[] | null;
  first: number;
}

/** Ranked entities whose name, acronym or aliases match every word of the text (the last as a prefix too). */
export async function searchEntities(
  executor: Executor,
  options: SearchOptions,
): Promise<{ entity: EntityRecord; score: number }[]> {
  const lucene = toLuceneQuery(options.text);
  if (!lucene || options.first === 0) return [];
  const labels = options.kinds ? options.kinds.map((kind) => ENTITY_LABELS[kind]) : null;
  const rows = await executor.read<{ node: NodeRow; score: number }>(SEARCH, { lucene, labels, first: options.first });
  return rows.flatMap((row) => {
    const entity = toEntity(row.node);
    return entity ? [{ entity, score: row.score }] : [];
  });
}
