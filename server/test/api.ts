import type { ApolloServer } from '@apollo/server';
import { print, type DocumentNode } from 'graphql';
import { expect } from 'vitest';
import type { Context } from '../src/context.js';
import { createContext } from '../src/context.js';
import type { Executor } from '../src/db/executor.js';
import type { Analysis } from '../src/graph/analysis/refresh.js';
import type { ImportJobs } from '../src/graph/imports/jobs.js';
import type { NetworkAnswers } from '../src/graph/network/answers.js';
import { createApolloServer } from '../src/http/graphql.js';
import { createLogger } from '../src/logger.js';

/**
 * The API as the tests see it: the served schema and Apollo's pipeline (limits, error masking)
 * against the run's real Neo4j, one fresh context per operation, and the Cypher round trips each
 * operation cost.
 */

export interface ApiResult<TData> {
  data: TData | null | undefined;
  errors: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
  /** Cypher statements this operation sent. */
  roundTrips: number;
}

export interface TestApi {
  server: ApolloServer<Context>;
  execute<TData = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; authorization?: string; idempotencyKey?: string },
  ): Promise<ApiResult<TData>>;
  stop(): Promise<void>;
}

export async function createTestApi(options: {
  executor: Executor;
  editorToken?: string;
  readToken?: string;
  analysis?: Analysis;
  imports?: ImportJobs;
  /** The server's kept networks, as `npm start` has them; without, the network resolvers read directly. */
  networkAnswers?: NetworkAnswers;
  responseCache?: boolean;
}): Promise<TestApi> {
  const server = createApolloServer({ responseCache: options.responseCache ?? false });
  await server.start();
  const logger = createLogger('silent');
  return {
    server,
    async execute<TData>(
      query: string,
      request: { variables?: Record<string, unknown>; authorization?: string; idempotencyKey?: string } = {},
    ) {
      const contextValue = createContext({
        executor: options.executor,
        logger,
        auth: { header: request.authorization, editorToken: options.editorToken, readToken: options.readToken },
        ...(options.analysis ? { analysis: options.analysis } : {}),
        ...(options.imports ? { imports: options.imports } : {}),
        ...(options.networkAnswers ? { networkAnswers: options.networkAnswers } : {}),
        idempotencyKey: request.idempotencyKey,
      });
      const response = await server.executeOperation<TData>(
        { query, ...(request.variables ? { variables: request.variables } : {}) },
        { contextValue },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result, not an incremental one');
      const { data, errors } = response.body.singleResult;
      return { data, errors: errors?.map((e) => ({ ...e })), roundTrips: contextValue.executor.roundTripCount };
    },
    stop: () => server.stop(),
  };
}

/** Runs a web document through the test API as the app sends it, and expects no error: its data. */
export function documentRunner(api: () => TestApi) {
  return async (document: DocumentNode, variables: Record<string, unknown>) => {
    const result = await api().execute(print(document), { variables });
    expect(result.errors).toBeUndefined();
    return result.data;
  };
}
