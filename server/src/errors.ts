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
  | 'DATABASE_BUSY'
  | 'CONFLICT'
  | 'QUERY_TOO_LARGE'
  | 'WRITE_OUTCOME_UNKNOWN'
  | 'SAVED_NOT_READ_BACK'
  | LimitCode
  | BudgetCode;

/** An operation refused before any database work (http/limits.ts). */
export type LimitCode =
  | 'QUERY_TOO_LONG'
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_DIRECTIVES'
  | 'QUERY_TOO_COSTLY'
  | 'SUBSCRIPTIONS_NOT_OFFERED'
  | 'VARIABLES_TOO_DEEP';

/** An operation stopped while it ran, past its time or response size (http/budget.ts). */
export type BudgetCode = 'TIME_BUDGET_EXCEEDED' | 'RESPONSE_TOO_LARGE';

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
    { http: { status: 503 } },
  );
/**
 * Refused before any database work: the request at the head of the queue for a turn had waited
 * past the bound (db/turns.ts). Retry-After says when to come back: that wait, in whole seconds.
 */
export const databaseBusy = (waitedMs: number) => {
  const seconds = Math.max(1, Math.ceil(waitedMs / 1000));
  return new AtlasError(
    'DATABASE_BUSY',
    `The graph database is busy: requests ahead of this one have waited ${seconds} s for their turn, so this one was not started and nothing was read or saved. Retry in ${seconds} s (the Retry-After header says the same).`,
    { retryAfterSeconds: seconds, http: { status: 503, headers: new Map([['retry-after', String(seconds)]]) } },
  );
};
export const queryTooLarge = () =>
  new AtlasError(
    'QUERY_TOO_LARGE',
    'This question needs more memory or time than the database allows: narrow it (fewer sectors, countries or hops, a smaller page), or give Neo4j more memory (NEO4J_HEAP).',
  );

export const timeBudgetExceeded = () =>
  new AtlasError(
    'TIME_BUDGET_EXCEEDED',
    'This request ran out of its time budget and was stopped: ask for less (fewer nested lists, aliases or hops, smaller pages), or split it.',
  );
export const responseTooLarge = (limitBytes: number) =>
  new AtlasError(
    'RESPONSE_TOO_LARGE',
    `The answer would be larger than ${Math.round(limitBytes / 1_000_000)} MB and was not sent: ask for fewer fields or nested lists, or smaller pages.`,
  );
/** A write whose commit was sent when the database went away: it may or may not have been saved. */
export const writeOutcomeUnknown = () =>
  new AtlasError(
    'WRITE_OUTCOME_UNKNOWN',
    'The database went away while saving this change, so it may or may not have been saved. Send it again with the same Idempotency-Key header (it is then saved once), or read the entity to check.',
    { http: { status: 503 } },
  );
/** A write that committed, whose read of what it wrote failed afterwards: saved, to be read again later. */
export const savedNotReadBack = (what: { kind: string; id: string }) =>
  new AtlasError(
    'SAVED_NOT_READ_BACK',
    `The change was saved, but the database stopped answering before the ${what.kind} "${what.id}" could be read back: read it again in a few seconds (there is no need to send the change again).`,
    { id: what.id },
  );
