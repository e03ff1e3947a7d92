import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { RequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { sameSecret, type Editor } from '../auth.js';
import { createContext, type Context } from '../context.js';
import type { Executor } from '../db/executor.js';
import { AtlasError } from '../errors.js';
import { findEditorByToken } from '../graph/editors/repo.js';
import type { Logger } from '../logger.js';
import { buildSchema } from '../schema/index.js';
import { budgetPlugin, REQUEST_BUDGET } from './budget.js';
import { compiledExecution } from './compiled-execution.js';
import { isTokenLimit, limitProtection, parseOptions, queryTooLong } from './limits.js';
import { responseCache } from './response-cache.js';
import type { Analysis } from '../graph/analysis/refresh.js';
import type { NetworkAnswers } from '../graph/network/answers.js';
import type { ImportJobs } from '../graph/imports/jobs.js';

/**
 * The GraphQL endpoint: Apollo Server with only what the API uses (no cache control, tracing,
 * reporting or landing page: the playground is ours), GraphQL Armor's limits, CSRF prevention,
 * errors masked unless they carry a public code.
 */

/** Codes a client may see as they are; anything else is an internal error, masked and logged. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DATABASE_UNAVAILABLE',
  'DATABASE_BUSY',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export const INTERNAL_MESSAGE =
  'Internal server error. It has been logged; quote extensions.requestId when reporting it.';

/** Our error behind Apollo's wrappers (a resolver's path, a validation error), if there is one. */
function atlasErrorIn(error: unknown): AtlasError | undefined {
  for (let e: unknown = error; e; e = e instanceof GraphQLError ? e.originalError : undefined)
    if (e instanceof AtlasError) return e;
  return undefined;
}

function isPublic(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code === 'string' && PUBLIC_CODES.has(code);
}

/**
 * Keeps message, path, locations and code of public errors (our own code where Apollo wrapped
 * one of ours in its validation error); replaces everything about internal ones.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  const atlas = atlasErrorIn(error);
  if (atlas) return { ...formatted, message: atlas.message, extensions: { ...extensions, code: atlas.code } };
  if (extensions.code === 'GRAPHQL_PARSE_FAILED' && isTokenLimit(formatted.message)) {
    const tooLong = queryTooLong();
    return { message: tooLong.message, extensions: { code: tooLong.code } };
  }
  if (isPublic(formatted)) return { ...formatted, extensions };
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Logs internal errors with the request id, reports round trips, and tags the response. */
function operationPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const code = error.extensions?.code;
            if (
              original instanceof AtlasError ||
              (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR')
            )
              continue;
            contextValue.logger.error(
              { err: original, path: error.path },
              'Internal error while answering a GraphQL request',
            );
          }
        },
        async willSendResponse({ response, operationName }) {
          const roundTrips = contextValue.executor.roundTripCount;
          contextValue.logger.debug(
            { operationName, roundTrips, ms: Math.round(performance.now() - started) },
            'GraphQL operation',
          );
          response.http.headers.set('x-request-id', contextValue.requestId);
          response.http.headers.set('x-atlas-round-trips', String(roundTrips));
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
              e.extensions?.code === 'INTERNAL_SERVER_ERROR'
                ? { ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }
                : e,
            );
          }
        },
      };
    },
  };
}

/**
 * Plugins written for any context work with ours; the types cannot say so (parameter variance,
 * and Armor's declarations name Apollo's CommonJS build of the same types).
 */
const anyContext = (plugin: unknown): ApolloServerPlugin<Context> => plugin as ApolloServerPlugin<Context>;

export interface ApolloServerOptions {
  schema?: GraphQLSchema;
  /** Answer unchanged reads from memory (response-cache.ts); off where a test counts round trips. */
  responseCache?: boolean;
}

export function createApolloServer(options: ApolloServerOptions = {}): ApolloServer<Context> {
  const protection = limitProtection();
  return new ApolloServer<Context>({
    gateway: compiledExecution(options.schema ?? buildSchema()),
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGINT/SIGTERM and stops HTTP, Apollo, the driver and Neo4j in order; Apollo's
    // own handlers (on outside NODE_ENV=test) re-raise the signal and kill the process midway.
    stopOnTerminationSignals: false,
    formatError,
    parseOptions,
    validationRules: protection.validationRules,
    plugins: [
      operationPlugin(),
      budgetPlugin(),
      ...(options.responseCache ? [responseCache()] : []),
      ...[
        ...protection.plugins,
        ApolloServerPluginCacheControlDisabled(),
        ApolloServerPluginInlineTraceDisabled(),
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginSchemaReportingDisabled(),
        ApolloServerPluginUsageReportingDisabled(),
      ].map(anyContext),
    ],
  });
}

export interface GraphqlRouteOptions {
  executor: Executor;
  logger: Logger;
  auth: { editorToken: string | undefined; readToken: string | undefined };
  analysis?: Analysis;
  imports?: ImportJobs;
  networkAnswers?: NetworkAnswers;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** `Bearer <token>` → token; anything else → undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  return match?.[1];
}

/**
 * With a read token configured, every operation needs `Authorization: Bearer <token>`: the read
 * token, ATLAS_EDITOR_TOKEN, or a named editor's token (an editor reads what they edit; `findNamed`
 * looks it up). Thrown before execution, with the HTTP status Apollo sends for it.
 */
export async function checkReadAccess(
  auth: Context['auth'],
  findNamed: (token: string) => Promise<Editor | null> = async () => null,
): Promise<void> {
  if (!auth.readToken) return;
  const token = bearerToken(auth.header);
  if (token === undefined) {
    throw new AtlasError(
      'UNAUTHENTICATED',
      'This server requires a token for reads: send `Authorization: Bearer <token>` (ask its operator for the read token).',
      {
        http: { status: 401 },
      },
    );
  }
  const matches = (secret: string | undefined) => secret !== undefined && sameSecret(token, secret);
  if (!matches(auth.readToken) && !matches(auth.editorToken) && !(await findNamed(token))) {
    throw new AtlasError(
      'FORBIDDEN',
      "The token sent is neither the read token of this server nor an editor's: check `Authorization: Bearer <token>`.",
      { http: { status: 403 } },
    );
  }
}

/** The Express handler for /graphql: one context per operation. */
export function graphqlRoute(server: ApolloServer<Context>, options: GraphqlRouteOptions): RequestHandler {
  return expressMiddleware(server, {
    context: async ({ req }) => {
      const incoming = req.get('x-request-id');
      const auth = { header: req.get('authorization'), ...options.auth };
      await checkReadAccess(auth, (token) => findEditorByToken(options.executor, token));
      return createContext({
        executor: options.executor,
        logger: options.logger,
        auth,
        ...(options.analysis ? { analysis: options.analysis } : {}),
        ...(options.imports ? { imports: options.imports } : {}),
        ...(options.networkAnswers ? { networkAnswers: options.networkAnswers } : {}),
        idempotencyKey: req.get('idempotency-key'),
        deadline: performance.now() + REQUEST_BUDGET.ms,
        ...(incoming && REQUEST_ID.test(incoming) ? { requestId: incoming } : {}),
      });
    },
  });
}
