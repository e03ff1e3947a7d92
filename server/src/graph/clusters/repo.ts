import type { Executor } from '../../db/executor.js';
import { readConnection, type ReadAhead } from '../entities/connection.js';
import type { ClusterRecord, PageRecord } from '../model.js';
import { CLUSTERS_PAGE } from './queries.js';

export interface ClusterListOptions {
  countries: string[] | null;
  sectors: string[] | null;
  kinds: string[] | null;
  text: string | null;
  first: number;
  after: string | null;
  /** Relations to read ahead for each node of the page, in the same statement. */
  ahead?: ReadAhead;
}

/** A page of clusters matching every given criterion, ordered by name. */
export function listClusters(executor: Executor, options: ClusterListOptions): Promise<PageRecord<ClusterRecord>> {
  const { countries, sectors, kinds, text, first, after, ahead } = options;
  return readConnection(executor, {
    kind: 'CLUSTER',
    queries: CLUSTERS_PAGE,
    params: { countries, sectors, kinds },
    text,
    first,
    after,
    ahead,
  });
}
