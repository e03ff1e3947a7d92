import type { Executor } from '../../db/executor.js';
import { readConnection, type ReadAhead } from '../entities/connection.js';
import type { AgreementRecord, PageRecord } from '../model.js';
import { AGREEMENTS_PAGE } from './queries.js';

export interface AgreementListOptions {
  countries: string[] | null;
  sectors: string[] | null;
  kinds: string[] | null;
  statuses: string[] | null;
  fromYear: number | null;
  toYear: number | null;
  text: string | null;
  first: number;
  after: string | null;
  /** Relations to read ahead for each node of the page, in the same statement. */
  ahead?: ReadAhead;
}

/** A page of agreements matching every given criterion, ordered by title. */
export function listAgreements(
  executor: Executor,
  options: AgreementListOptions,
): Promise<PageRecord<AgreementRecord>> {
  const { text, first, after, ahead, ...filter } = options;
  return readConnection(executor, {
    kind: 'AGREEMENT',
    queries: AGREEMENTS_PAGE,
    params: filter,
    text,
    first,
    after,
    ahead,
  });
}
