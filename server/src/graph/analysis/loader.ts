import DataLoader from 'dataloader';
import type { Executor } from '../../db/executor.js';
import { readMetrics, type ClusterMetricsRecord } from './repo.js';

/** Per request: the stored measures of every cluster a response shows, in one statement per level. */
export type MetricsLoader = DataLoader<string, ClusterMetricsRecord | null>;

export const createMetricsLoader = (executor: Executor): MetricsLoader =>
  new DataLoader((ids) => readMetrics(executor, ids));
