import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../context.js';

/**
 * Answers a read again from memory while the graph has not changed: the key holds the graph's
 * version, read from Neo4j at the start of every request (so a write by any process, the import
 * CLI or another API included, is seen at once), and the analysis' state. Only reads whose every
 * root field depends on nothing else are kept; a failed version read skips the cache, so the
 * request meets the database's error itself.
 */

/**
 * Root fields answered from the graph and the analysis alone. Not here: what a person's own work
 * in progress changes outside the history (document reviews), and anything added later until it
 * is checked against that rule.
 */
const CACHEABLE_ROOT_FIELDS = new Set([
  '__typename',
  '__schema',
  '__type',
  'agreements',
  'analysis',
  'brokers',
  'change',
  'changes',
  'cluster',
  'clusters',
  'communities',
  'cooperationMatrix',
  'countries',
  'coverage',
  'entities',
  'gapRanking',
  'gaps',
  'missions',
  'neighbourhood',
  'network',
  'networkOverview',
  'node',
  'partnerships',
  'regions',
  'search',
  'sectors',
  'shortestPath',
  'singlePointsOfFailure',
  'source',
  'sources',
  'stats',
  'tieChanges',
  'timeline',
]);

/** Kept at most this long even while the graph is unchanged (the analysis' key changes sooner). */
const MAX_AGE_SECONDS = 600;
/** Memory the kept answers may use (approximately, by their JSON's length). */
const MAX_BYTES = 64 * 1024 * 1024;

type RequestContext = GraphQLRequestContext<Context>;

/**
 * The key a request's answer is kept under (its operation, variables, the graph's version and the
 * analysis' state); absent when the version could not be read.
 */
const keys = new WeakMap<Context, string>();

export function isCacheable(operation: OperationDefinitionNode | undefined): boolean {
  return (
    operation?.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(selection.name.value),
    )
  );
}

const cacheable = (request: RequestContext) => isCacheable(request.operation) && keys.has(request.contextValue);

/**
 * Reads being answered now, by key: an identical read that misses the cache while one is running
 * waits for it and takes its answer from the cache, rather than running the same statements again.
 * Without this, every write or analysis run that changed the key let each read arriving before
 * the first answer was kept run the whole query (the network ~12 times a second under the
 * reliability suite's load), and they slowed one another down on two cores.
 */
const inFlight = new Map<string, Promise<void>>();

export function responseCache(): ApolloServerPlugin<Context> {
  const store = responseCachePlugin<Context>({
    cache: new InMemoryLRUCache({ maxSize: MAX_BYTES }),
    extraCacheKeyData: async ({ operation, contextValue, request }) => {
      if (!isCacheable(operation ?? undefined)) return null;
      try {
        const version = await contextValue.graphVersion();
        const status = contextValue.analysis?.status(version);
        const extra = { version, analysis: status ? `${status.state}:${status.computedAt}` : null };
        keys.set(
          contextValue,
          JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}, extra]),
        );
        return extra;
      } catch {
        return null;
      }
    },
    shouldReadFromCache: async (request) => cacheable(request),
    shouldWriteToCache: async (request) => cacheable(request),
  });
  return {
    ...store,
    async requestDidStart(request) {
      const hooks = await store.requestDidStart?.(request);
      let release: (() => void) | undefined;
      return {
        ...hooks,
        // Cache control is off (its per-field hooks cost more than they give here): the policy is set whole.
        async didResolveOperation(context) {
          if (isCacheable(context.operation)) context.overallCachePolicy.replace({ maxAge: MAX_AGE_SECONDS });
        },
        async responseForOperation(context) {
          const kept = (await hooks?.responseForOperation?.(context)) ?? null;
          const key = keys.get(context.contextValue);
          if (kept || key === undefined || !cacheable(context)) return kept;
          const running = inFlight.get(key);
          // The identical read's answer is in the cache once it has been sent (unless it failed: then run).
          if (running) return running.then(async () => (await hooks?.responseForOperation?.(context)) ?? null);
          let answered = () => {};
          inFlight.set(key, new Promise<void>((resolve) => (answered = resolve)));
          release = () => {
            inFlight.delete(key);
            answered();
          };
          return null;
        },
        async willSendResponse(context) {
          try {
            await hooks?.willSendResponse?.(context);
          } finally {
            release?.();
          }
        },
      };
    },
  };
}
