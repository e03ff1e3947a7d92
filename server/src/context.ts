import { randomUUID } from 'node:crypto';
import type { Executor } from './db/executor.js';
import type { Analysis } from './graph/analysis/refresh.js';
import type { ImportJobs } from './graph/imports/jobs.js';
import { createMetricsLoader, type MetricsLoader } from './graph/analysis/loader.js';
import { Relations } from './graph/entities/repo.js';
import { graphVersion } from './graph/history/repo.js';
import type { NetworkAnswers } from './graph/network/answers.js';
import type { Logger } from './logger.js';

/**
 * The per-request context: the request's view of the executor (its round-trip count is this
 * operation's), the DataLoaders, and the caller. Built fresh for every operation, so a loader's
 * cache never outlives a request and never holds a dead database state.
 */
export interface Context {
  requestId: string;
  /** The request's logger: every line carries the request id. */
  logger: Logger;
  /** Run Cypher through graph/<domain>/repo.ts functions with this; it counts round trips. */
  executor: Executor;
  /** Batched relation and by-id reads (one statement per level of a query). */
  relations: Relations;
  /**
   * The caller. `header` is the raw Authorization header ("Bearer <token>"), undefined when absent;
   * the tokens are the configured ATLAS_EDITOR_TOKEN and ATLAS_READ_TOKEN (undefined when unset).
   * Reads are checked before execution when a read token is set (http/graphql.ts); writes are
   * checked by the editing module against `editorToken`.
   */
  auth: { header: string | undefined; editorToken: string | undefined; readToken: string | undefined };
  /** The process's structural analysis (undefined where none runs, e.g. a bare test API). */
  analysis: Analysis | undefined;
  /** The process's web imports (undefined where none are taken, e.g. a bare test API). */
  imports: ImportJobs | undefined;
  /** Batched reads of the measures stored on clusters. */
  metrics: MetricsLoader;
  /** The request's Idempotency-Key header: a write retried with it returns its first result. */
  idempotencyKey: string | undefined;
  /** The graph's version (history/repo.ts graphVersion), read once per request on first use. */
  graphVersion: () => Promise<string>;
  /** The process's kept overview and drill-down networks (undefined where none are kept, e.g. a bare test API). */
  networkAnswers: NetworkAnswers | undefined;
}

export interface ContextOptions {
  executor: Executor;
  logger: Logger;
  auth: Context['auth'];
  analysis?: Analysis;
  imports?: ImportJobs;
  networkAnswers?: NetworkAnswers;
  idempotencyKey?: string | undefined;
  requestId?: string;
  /** `performance.now()` after which the request's statements stop (its time budget). */
  deadline?: number;
}

export function createContext(options: ContextOptions): Context {
  const requestId = options.requestId ?? randomUUID();
  const logger = options.logger.child({ requestId });
  const executor = options.executor.forRequest({
    metadata: { requestId, app: 'cluster-atlas' },
    logger,
    ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
  });
  let version: Promise<string> | undefined;
  return {
    requestId,
    logger,
    executor,
    relations: new Relations(executor),
    auth: options.auth,
    analysis: options.analysis,
    imports: options.imports,
    metrics: createMetricsLoader(executor),
    idempotencyKey: options.idempotencyKey,
    graphVersion: () => (version ??= graphVersion(executor)),
    networkAnswers: options.networkAnswers,
  };
}
