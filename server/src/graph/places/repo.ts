import type { Executor } from '../../db/executor.js';
import { entitiesOf, type NodeRow } from '../entities/labels.js';
import type { CountryRecord, RegionRecord } from '../model.js';
import { ALL_COUNTRIES, REGIONS } from './queries.js';

export async function listCountries(executor: Executor): Promise<CountryRecord[]> {
  const rows = await executor.read<{ node: NodeRow }>(ALL_COUNTRIES);
  return entitiesOf(
    'COUNTRY',
    rows.map((r) => r.node),
  );
}

/** Regions of one country (upper-case ISO code), or all when null. */
export async function listRegions(executor: Executor, country: string | null): Promise<RegionRecord[]> {
  const rows = await executor.read<{ node: NodeRow }>(REGIONS, { country });
  return entitiesOf(
    'REGION',
    rows.map((r) => r.node),
  );
}
