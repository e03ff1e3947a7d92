import type { Executor } from '../../db/executor.js';
import { entitiesOf, type NodeRow } from '../entities/labels.js';
import type { SectorRecord } from '../model.js';
import { ALL_SECTORS } from './queries.js';

export async function listSectors(executor: Executor): Promise<SectorRecord[]> {
  const rows = await executor.read<{ node: NodeRow }>(ALL_SECTORS);
  return entitiesOf(
    'SECTOR',
    rows.map((r) => r.node),
  );
}
