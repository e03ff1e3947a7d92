import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { conflict, databaseUnavailable, queryTooLarge } from '../errors.js';
import type { Logger } from '../logger.js';
import { toPlain } from './serialize.js';

/**
 * The only place that opens sessions. Reads run in read transactions, writes in one write
 * transaction each; rows come back as plain objects; driver errors become client errors.
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

export class Executor {
  private roundTrips = 0;

  constructor(
    private readonly options: ExecutorOptions,
    private readonly metadata: Record<string, string> = {},
  ) {}

  /** A view of the executor for one request: its own round-trip count and transaction tags. */
  forRequest(metadata: Record<string, string>, logger: Logger): Executor {
    return new Executor({ ...this.options, logger }, metadata);
  }

  /** Cypher statements sent by this executor (for a request view: by this request). */
  get roundTripCount(): number {
    return this.roundTrips;
  }

  async read<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.session('READ', (tx) => this.runIn(tx, cypher, params));
  }

  /** Several statements in one read transaction, for an answer built from more than one statement. */
  async readAll<T>(work: (tx: ReadTransaction) => Promise<T>): Promise<T> {
    return this.session('READ', (tx) => work({ run: (cypher, params = {}) => this.runIn(tx, cypher, params) }));
  }

  /** `timeoutMs` (default 30 s) is for the rare write that must be one long transaction, such as a reset. */
  async write<T>(work: (tx: WriteTransaction) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    return this.session(
      'WRITE',
      (tx) => work({ run: (cypher, params = {}) => this.runIn(tx, cypher, params) }),
      options.timeoutMs,
    );
  }

  /**
   * Runs one statement in an implicit (auto-commit) transaction: only for statements that manage
   * their own transactions, such as CALL … IN TRANSACTIONS.
   */
  async autocommit(cypher: string, params: Params = {}): Promise<void> {
    this.roundTrips += 1;
    const session = this.options.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
    try {
      await session.run(cypher, params, { metadata: this.metadata });
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      await session.close();
    }
  }

  private async runIn<T>(tx: ManagedTransaction, cypher: string, params: Params): Promise<T[]> {
    this.roundTrips += 1;
    const started = performance.now();
    const result = await tx.run(cypher, params);
    this.options.logger.debug(
      { roundTrip: this.roundTrips, ms: Math.round(performance.now() - started), rows: result.records.length },
      firstLine(cypher),
    );
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs = 30_000,
  ): Promise<T> {
    const session = this.options.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config = { metadata: this.metadata, timeout: timeoutMs };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      await session.close();
    }
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
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
  if (error instanceof Neo4jError) {
    if (TOO_LARGE.has(error.code)) return queryTooLarge();
    if (UNAVAILABLE.has(error.code) || error.code.startsWith('Neo.TransientError.General'))
      return databaseUnavailable();
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return conflict('That id is already taken by another entity: choose another id.');
    }
  }
  return error;
}

function firstLine(cypher: string): string {
  return cypher.trim().split('\n')[0] ?? '';
}
