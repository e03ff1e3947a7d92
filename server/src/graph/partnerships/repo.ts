import type { Executor } from '../../db/executor.js';
import { readConnection, type ReadAhead } from '../entities/connection.js';
import type { PageRecord, PartnershipRecord } from '../model.js';
import { PARTNERSHIPS_PAGE } from './queries.js';

export interface PartnershipListOptions {
  targetCountries: string[] | null;
  sectors: string[] | null;
  text: string | null;
  first: number;
  after: string | null;
  /** Relations to read ahead for each node of the page, in the same statement. */
  ahead?: ReadAhead;
}

/** A page of partnerships matching every given criterion, ordered by name. */
export function listPartnerships(
  executor: Executor,
  options: PartnershipListOptions,
): Promise<PageRecord<PartnershipRecord>> {
  const { text, first, after, ahead, ...filter } = options;
  return readConnection(executor, {
    kind: 'PARTNERSHIP',
    queries: PARTNERSHIPS_PAGE,
    params: filter,
    text,
    first,
    after,
    ahead,
  });
}
