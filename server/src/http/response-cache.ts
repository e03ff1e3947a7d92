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

/** The version a request's key was made with; absent when it could not be read. */
const versions = new WeakMap<Context, string>();

export function isCacheable(operation: OperationDefinitionNode | undefined): boolean {
  return (
    operation?.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(selection.name.value),
    )
  );
}

const cacheable = (request: RequestContext) => isCacheable(request.operation) && versions.has(request.contextValue);

export function responseCache(): ApolloServerPlugin<Context> {
  const store = responseCachePlugin<Context>({
    cache: new InMemoryLRUCache({ maxSize: MAX_BYTES }),
    extraCacheKeyData: async ({ operation, contextValue }) => {
      if (!isCacheable(operation ?? undefined)) return null;
      try {
        const version = await contextValue.graphVersion();
        versions.set(contextValue, version);
        const analysis = contextValue.analysis?.status();
        return { version, analysis: analysis ? `${analysis.state}:${analysis.computedAt}` : null };
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
      return {
        ...hooks,
        // Cache control is off (its per-field hooks cost more than they give here): the policy is set whole.
        async didResolveOperation(context) {
          if (isCacheable(context.operation)) context.overallCachePolicy.replace({ maxAge: MAX_AGE_SECONDS });
        },
      };
    },
  };
}
