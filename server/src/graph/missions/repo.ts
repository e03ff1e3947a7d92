import type { Executor } from '../../db/executor.js';
import { readConnection, type ReadAhead } from '../entities/connection.js';
import type { MissionRecord, PageRecord } from '../model.js';
import { MISSIONS_PAGE } from './queries.js';

export interface MissionListOptions {
  countries: string[] | null;
  sectors: string[] | null;
  statuses: string[] | null;
  fromYear: number | null;
  toYear: number | null;
  text: string | null;
  first: number;
  after: string | null;
  /** Relations to read ahead for each node of the page, in the same statement. */
  ahead?: ReadAhead;
}

/** A page of missions matching every given criterion, ordered by title. */
export function listMissions(executor: Executor, options: MissionListOptions): Promise<PageRecord<MissionRecord>> {
  const { text, first, after, ahead, ...filter } = options;
  return readConnection(executor, {
    kind: 'MISSION',
    queries: MISSIONS_PAGE,
    params: filter,
    text,
    first,
    after,
    ahead,
  });
}
