import { GraphQLError } from 'graphql';

/**
 * The errors a client may see, each with a stable code and a message that says what to change.
 * Anything else is internal: masked for the client and logged with the request id.
 */

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'DATABASE_UNAVAILABLE'
  | 'CONFLICT'
  | 'QUERY_TOO_LARGE';

export class AtlasError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AtlasError';
  }
}

export const badInput = (message: string, field?: string) =>
  new AtlasError('BAD_USER_INPUT', message, field ? { field } : {});
export const notFound = (what: string, id: string) =>
  new AtlasError('NOT_FOUND', `No ${what} has the id "${id}".`, { id });
export const conflict = (message: string) => new AtlasError('CONFLICT', message);
export const databaseUnavailable = () =>
  new AtlasError(
    'DATABASE_UNAVAILABLE',
    'The graph database is not answering. Retry in a few seconds; if it persists, check that Neo4j is running (GET /health says why).',
  );
export const queryTooLarge = () =>
  new AtlasError(
    'QUERY_TOO_LARGE',
    'This question needs more memory or time than the database allows: narrow it (fewer sectors, countries or hops, a smaller page), or give Neo4j more memory (NEO4J_HEAP).',
  );
