import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import {
  AtlasError,
  conflict,
  databaseBusy,
  databaseUnavailable,
  queryTooLarge,
  timeBudgetExceeded,
  writeOutcomeUnknown,
} from '../errors.js';
import type { Logger } from '../logger.js';
import { Availability } from './availability.js';
import { FIRST_RUN_WAIT_MS, FirstRuns } from './first-runs.js';
import { toPlain } from './serialize.js';
import { Turns, type Lane } from './turns.js';

/**
 * The only place that opens sessions. A read of one statement runs as an auto-commit read
 * transaction, several statements in one read transaction, writes in one write transaction each;
 * rows come back as plain objects; driver errors become client errors.
 */

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** What a write runs: any number of statements inside the one transaction it is given. */
export interface WriteTransaction {
  run<T = Row>(cypher: string, params?: Params): Promise<T[]>;
}

/** What a multi-statement read runs: statements that all see one state of the graph. */
export interface ReadTransaction {
  run<T = Row>(cypher: string, params?: Params): Promise<T[]>;
}

export interface ExecutorOptions {
  driver: Driver;
  database: string | undefined;
  logger: Logger;
}

/** What a request adds to the executor: transaction tags and the moment its time runs out. */
export interface RequestScope {
  metadata: Record<string, string>;
  logger: Logger;
  /** `performance.now()` after which no statement starts (the request's time budget). */
  deadline?: number;
}

/** The longest one transaction of a request may run (its budget may stop it sooner). */
const REQUEST_TRANSACTION_TIMEOUT_MS = 30_000;
/** Work outside requests (seed, migrations, db:reset) on a busy machine may take longer. */
const BACKGROUND_TRANSACTION_TIMEOUT_MS = 300_000;
/** Attempts for a transaction that Neo4j rolled back as transient (a deadlock, a cluster role change). */
const ATTEMPTS = 3;
const RETRY_DELAY_MS = 200;

type Transaction = Pick<ManagedTransaction, 'run'>;

export class Executor {
  private roundTrips = 0;
  /** Shared by the executor of the process and every request view of it. */
  readonly availability: Availability;
  private readonly turns: Turns;
  private readonly firstRuns: FirstRuns;
  /** A request view's first transaction was let into the queue (Turns.admit): its later ones are not refused. */
  private admitted = false;

  constructor(
    private readonly options: ExecutorOptions,
    private readonly scope: Partial<RequestScope> & {
      availability?: Availability;
      turns?: Turns;
      firstRuns?: FirstRuns;
      background?: boolean;
      /** A request's view: refused at its first transaction when the wait for a turn is too long. */
      admission?: boolean;
    } = {},
  ) {
    this.availability =
      scope.availability ?? new Availability({ probe: () => this.probe(), logger: this.options.logger });
    this.turns = scope.turns ?? new Turns();
    const availability = this.availability;
    this.firstRuns = scope.firstRuns ?? new FirstRuns(() => availability.outages);
  }

  /**
   * A view of the executor for one request: its own round-trip count, transaction tags and deadline.
   * A view of a background view is background work too (the warm-up runs views as requests would).
   */
  forRequest(scope: RequestScope): Executor {
    return new Executor(
      { ...this.options, logger: scope.logger },
      {
        ...scope,
        availability: this.availability,
        turns: this.turns,
        firstRuns: this.firstRuns,
        background: this.scope.background ?? false,
        admission: !(this.scope.background ?? false),
      },
    );
  }

  /**
   * A view for work beside the requests (the analysis, warming): its transactions go one at a time,
   * and only when no request waits for its turn.
   */
  inBackground(): Executor {
    return new Executor(this.options, {
      availability: this.availability,
      turns: this.turns,
      firstRuns: this.firstRuns,
      background: true,
    });
  }

  /**
   * Runs `warm` in the background each time Neo4j answers again after an outage, while requests
   * already go through (see Availability.warmOnReturn).
   */
  warmOnReturn(warm: (executor: Executor) => Promise<void>): void {
    const view = this.inBackground();
    this.availability.warmOnReturn(() => warm(view));
  }

  /** Cypher statements sent by this executor (for a request view: by this request). */
  get roundTripCount(): number {
    return this.roundTrips;
  }

  /**
   * One statement, in an auto-commit transaction: RUN and PULL in one round trip, where BEGIN …
   * COMMIT added a second, and two Bolt messages for Neo4j to handle (a 1-hop neighbourhood:
   * ~0.5 ms of its ~3 ms). Retried like any read: nothing is committed that a retry could repeat.
   */
  async read<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    // Refused before waiting for anything, first runs included: a refusal is meant to come at once.
    this.checkBeforeStart();
    const continuing = this.admit();
    // Another request's first run of this statement: waited for before taking a turn, holding none.
    if (this.availability.state === 'up') await this.firstRuns.waitFor(cypher, this.firstRunWaitMs());
    return this.transaction('READ', (tx) => this.runIn(tx, cypher, params, 'READ'), { autocommit: true, continuing });
  }

  /** Several statements in one read transaction, for an answer built from more than one statement. */
  async readAll<T>(work: (tx: ReadTransaction) => Promise<T>): Promise<T> {
    return this.transaction('READ', (tx) =>
      work({ run: (cypher, params = {}) => this.runIn(tx, cypher, params, 'READ') }),
    );
  }

  /** `timeoutMs` is for the rare write that must be one long transaction, such as a reset. */
  async write<T>(work: (tx: WriteTransaction) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    return this.transaction(
      'WRITE',
      (tx) => work({ run: (cypher, params = {}) => this.runIn(tx, cypher, params, 'WRITE') }),
      options,
    );
  }

  /**
   * A writer whose transactions are always rolled back: the work runs, then RehearsalRolledBack is
   * thrown and nothing is saved (the write path announces nothing either: it announces after a
   * commit). For planning the write path's statements in a warm-up, never for a real write.
   */
  rehearsal(): { write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> } {
    return {
      write: (work) =>
        this.write(async (tx) => {
          await work(tx);
          throw new RehearsalRolledBack();
        }),
    };
  }

  /**
   * Runs one statement in an implicit (auto-commit) transaction: only for statements that manage
   * their own transactions, such as CALL … IN TRANSACTIONS.
   */
  async autocommit(cypher: string, params: Params = {}): Promise<void> {
    this.checkBeforeStart();
    const continuing = this.admit();
    this.roundTrips += 1;
    await this.turns.take(
      this.lane(),
      async () => {
        const session = this.options.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
        try {
          await session.run(cypher, params, { metadata: this.scope.metadata ?? {} });
        } catch (error) {
          throw this.failed(error);
        } finally {
          await session.close();
        }
      },
      { continuing },
    );
  }

  /**
   * Whether Neo4j answers (GET /health): one statement outside the turns, so that a queue of
   * requests waiting for theirs does not make a live database look down.
   */
  async ping(): Promise<void> {
    this.checkBeforeStart();
    await this.probe().catch((error: unknown) => {
      throw this.failed(error);
    });
  }

  /** Neo4j answers a query: the availability probe, which goes past the fail-fast check. */
  private async probe(): Promise<void> {
    const session = this.options.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
    try {
      await session.run('RETURN 1 AS ok', {}, { timeout: 2_000 });
    } finally {
      await session.close();
    }
  }

  /**
   * Reads go through FirstRuns (a statement's first run alone); writes do not: a write waiting for
   * another's first run while holding locks that run waits on would stall both until the bound.
   */
  private async runIn<T>(tx: Transaction, cypher: string, params: Params, mode: 'READ' | 'WRITE'): Promise<T[]> {
    this.roundTrips += 1;
    const started = performance.now();
    const run = async () => await withoutStackCapture(() => tx.run(cypher, params));
    let result: Awaited<ReturnType<Transaction['run']>>;
    try {
      result = mode === 'READ' ? await this.firstRuns.run(cypher, run, this.firstRunWaitMs()) : await run();
    } catch (error) {
      throw namingStatement(error, cypher);
    }
    // Checked first: the line's arguments (the statement's first line split off) cost every statement otherwise.
    if (this.options.logger.isLevelEnabled('debug'))
      this.options.logger.debug(
        { roundTrip: this.roundTrips, ms: Math.round(performance.now() - started), rows: result.records.length },
        firstLine(cypher),
      );
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  private lane(): Lane {
    return this.scope.background ? 'background' : 'request';
  }

  /** Fails at once while the database is down or the request's time is up; nothing is sent. */
  private checkBeforeStart(): void {
    if (this.availability.state === 'down') throw databaseUnavailable();
    if (this.scope.deadline !== undefined && performance.now() >= this.scope.deadline) throw timeBudgetExceeded();
  }

  /**
   * A request's first transaction joins the queue for a turn only when its expected wait is within
   * the bound and its budget; otherwise the request is refused at once (503 DATABASE_BUSY), having
   * done nothing. Once in, its later transactions are not refused: it has work under way, and they
   * go before first ones (true: this is one of them).
   */
  private admit(): boolean {
    if (!this.scope.admission) return false;
    if (this.admitted) return true;
    const left = this.scope.deadline === undefined ? undefined : this.scope.deadline - performance.now();
    const verdict = this.turns.admit(left);
    if (!verdict.admitted) throw databaseBusy(verdict.waitMs);
    this.admitted = true;
    return false;
  }

  /** The request's budget is spent (a transaction timed out at it, rather than at its own limit). */
  private pastDeadline(): boolean {
    return this.scope.deadline !== undefined && performance.now() >= this.scope.deadline - 50;
  }

  /** How long a statement may wait for another request's first run of it: not past the request's budget. */
  private firstRunWaitMs(): number {
    if (this.scope.deadline === undefined) return FIRST_RUN_WAIT_MS;
    return Math.min(FIRST_RUN_WAIT_MS, this.scope.deadline - performance.now());
  }

  private timeoutMs(): number {
    if (this.scope.deadline === undefined) return BACKGROUND_TRANSACTION_TIMEOUT_MS;
    const left = Math.floor(this.scope.deadline - performance.now());
    return Math.max(1, Math.min(REQUEST_TRANSACTION_TIMEOUT_MS, left));
  }

  /**
   * One transaction, retried only when Neo4j says it rolled back (transient): never after a commit
   * was sent, and never while the database is down. The driver's own retries are not used: on a
   * dead server they held each request for seconds and filled the pool with waiters.
   */
  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Transaction) => Promise<T>,
    /** `continuing`: whether the caller was let in before this transaction (admit), when it asked already. */
    options: { timeoutMs?: number; autocommit?: boolean; continuing?: boolean } = {},
  ): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      // Checked before waiting for a turn (fail fast) and again once it comes (the wait took time).
      this.checkBeforeStart();
      const continuing = attempt === 1 && options.continuing !== undefined ? options.continuing : this.admit();
      let committing = false;
      try {
        return await this.turns.take(
          this.lane(),
          async () => {
            this.checkBeforeStart();
            const session = this.options.driver.session({ database: this.options.database, defaultAccessMode: mode });
            try {
              const config = { metadata: this.scope.metadata ?? {}, timeout: options.timeoutMs ?? this.timeoutMs() };
              if (options.autocommit)
                return await work({ run: (query, parameters) => session.run(query, parameters, config) });
              const tx = session.beginTransaction(config);
              try {
                const result = await work(tx);
                committing = true;
                await tx.commit();
                return result;
              } finally {
                if (tx.isOpen()) await tx.rollback().catch(() => undefined);
              }
            } finally {
              await session.close().catch(() => undefined);
            }
          },
          { continuing },
        );
      } catch (error) {
        if (error instanceof AtlasError) throw error;
        if (attempt < ATTEMPTS && !committing && isRolledBack(error) && this.availability.state === 'up') {
          await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
          continue;
        }
        const failure = this.pastDeadline() && isTimeout(error) ? timeBudgetExceeded() : this.failed(error);
        // The commit went out and no answer came back: it may have been saved. Say so, never "failed".
        if (mode === 'WRITE' && committing && failure instanceof AtlasError && failure.code === 'DATABASE_UNAVAILABLE')
          throw writeOutcomeUnknown();
        throw failure;
      }
    }
  }

  /**
   * Translates a driver error; one that says the database is gone turns the executor to fail-fast.
   * A pool busy for the whole acquisition timeout is overload, not an outage: it fails this request
   * only.
   */
  private failed(error: unknown): unknown {
    const translated = translateDriverError(error);
    if (translated instanceof AtlasError && translated.code === 'DATABASE_UNAVAILABLE' && !isPoolTimeout(error))
      this.availability.markDown(error instanceof Error ? error.message : String(error));
    return translated;
  }
}

/** What a rehearsal's write ends with, once its work has run: rolled back. */
export class RehearsalRolledBack extends Error {
  constructor() {
    super('A rehearsal: rolled back, nothing saved.');
  }
}

/** Every pooled connection busy for the whole acquisition timeout: the database is not keeping up. */
const isPoolTimeout = (error: unknown) =>
  error instanceof Error && error.message.startsWith('Connection acquisition timed out');

/**
 * Stopped at its timeout: while running a statement it times out; while waiting on a lock Neo4j
 * stops its lock client instead (LockClientStopped, which names the timeout among its causes).
 */
const STOPPED = new Set([
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.Terminated',
]);
const isTimeout = (error: unknown) =>
  error instanceof Neo4jError &&
  (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || STOPPED.has(error.code));

/** Transient errors that are not worth another attempt: the database is gone, or the client stopped it. */
const NOT_RETRIED = new Set([
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/**
 * Neo4j rolled the transaction back and says another attempt may succeed: a deadlock, memory
 * pressure of the moment, a cluster's leader change (the driver's own notion of retryable, less
 * the database being gone, which the availability check handles).
 */
function isRolledBack(error: unknown): boolean {
  if (!(error instanceof Neo4jError) || NOT_RETRIED.has(error.code)) return false;
  return (
    error.code.startsWith('Neo.TransientError.') ||
    error.code === 'Neo.ClientError.Cluster.NotALeader' ||
    error.code === 'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase'
  );
}

/**
 * The database is gone. The driver says ProtocolError when the connection drops under a query
 * ("Connection was closed by server", "Failed to connect to server"): the reliability suite's
 * SIGKILL of Neo4j turned requests in flight into masked internal errors.
 */
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'ProtocolError',
  'Neo.TransientError.General.DatabaseUnavailable',
]);
/** Limits one query hit: the database is up, the question is too big for it. */
const TOO_LARGE = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Maps driver errors to client errors; anything else passes through, to be masked and logged. */
export function translateDriverError(error: unknown): unknown {
  if (error instanceof AtlasError) return error;
  if (error instanceof Neo4jError) {
    if (isPoolTimeout(error)) return databaseUnavailable();
    // A transaction stopped short of a request's deadline is one without a deadline (background
    // work) at its own timeout: the same answer as a statement that timed out.
    if (TOO_LARGE.has(error.code) || STOPPED.has(error.code)) return queryTooLarge();
    if (UNAVAILABLE.has(error.code) || error.code.startsWith('Neo.TransientError.General'))
      return databaseUnavailable();
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return conflict('That id is already taken by another entity: choose another id.');
    }
  }
  return error;
}

/**
 * Runs `start` (which creates a driver Result) without a stack trace captured: the driver captures
 * and formats one for every Result, to put on an error that may come later, and with source maps
 * on (tsx) that was ~6% of the server's CPU per request under load (a CPU profile of `cluster` at
 * 16 connections). A failed statement is named on its error instead (namingStatement).
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A statement's error, which carries no stack of the call (withoutStackCapture), says which statement failed. */
function namingStatement(error: unknown, cypher: string): unknown {
  if (error instanceof Error) error.stack = `${String(error)}\n    in the statement ${firstLine(cypher)}`;
  return error;
}

function firstLine(cypher: string): string {
  return cypher.trim().split('\n')[0] ?? '';
}
