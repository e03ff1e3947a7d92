import PQueue from 'p-queue';

/**
 * Transactions that run at once, across the process, by default (NEO4J_TRANSACTIONS_AT_ONCE sets
 * another, config.ts); the others wait their turn,
 * first come first served. Without a bound a burst took the whole connection pool: when a
 * restarted Neo4j came back, every request let in at once planned the same statements side by
 * side (the first, the response cache's version read, took 21–24 s for each of them at once) and
 * the pool of 100 was exhausted. A small Neo4j does no more work with more at once; the waiters
 * wait in Node, cheaply.
 */
export const TRANSACTIONS_AT_ONCE = 8;

/**
 * The longest a request is let wait for its first turn, by default (NEO4J_TURN_WAIT_MS sets
 * another): once the request at the head of the queue has waited this long, a new request joining
 * behind it would wait about as long, so it is refused at once (503 DATABASE_BUSY with Retry-After)
 * rather than queued to the end of its 30 s budget. The queue in front of an overloaded Neo4j stays
 * short and a client hears at once when to come back. 20 s, not 10: a restarted, cold Neo4j's first
 * statements keep the head waiting 10–13 s, and a 10 s bound refused requests for 20 s after it
 * answered (docs/reliability.md, "Overload: fail fast").
 */
export const TURN_WAIT_MS = 20_000;

export type Lane = 'request' | 'background';

/**
 * The bound on transactions at once, shared by the executor of the process and all its views.
 * Background work (the analysis, warming) goes one transaction at a time and only when no request
 * waits for a turn: it must not take the turns of the requests it runs beside.
 */
export class Turns {
  private readonly all: PQueue;
  private readonly background = new PQueue({ concurrency: 1 });
  /** When each request now waiting for a turn began to wait, oldest first (a Set keeps insertion order). */
  private readonly waiting = new Set<{ since: number }>();

  constructor(
    limit = TRANSACTIONS_AT_ONCE,
    private readonly maxWaitMs = TURN_WAIT_MS,
  ) {
    this.all = new PQueue({ concurrency: limit });
  }

  /**
   * Runs `work` in its turn. A request's later transactions (`continuing`) go before first ones:
   * a request let in finishes before new ones start.
   */
  take<T>(lane: Lane, work: () => Promise<T>, options: { continuing?: boolean } = {}): Promise<T> {
    if (lane === 'background') return this.background.add(() => this.all.add(work, { priority: 0 }));
    const waiter = { since: performance.now() };
    this.waiting.add(waiter);
    return this.all.add(
      () => {
        this.waiting.delete(waiter);
        return work();
      },
      { priority: options.continuing ? 2 : 1 },
    );
  }

  /**
   * How long the longest-waiting request has waited for its turn so far (ms; 0 when none waits): how
   * long the queue a request joins now takes to move, measured rather than modelled: an average of past transactions, tried first, refused every request for seconds
   * after one cold statement's planning on a restarted Neo4j while the queue had already drained.
   */
  longestWaitMs(): number {
    const [oldest] = this.waiting;
    return oldest ? performance.now() - oldest.since : 0;
  }

  /**
   * Whether a request may join the queue: the longest wait now (longestWaitMs) within the bound and
   * within what is left of its own budget (`leftMs`). Returns that wait when refused.
   */
  admit(leftMs = Number.POSITIVE_INFINITY): { admitted: true } | { admitted: false; waitMs: number } {
    const waitMs = this.longestWaitMs();
    return waitMs > Math.min(this.maxWaitMs, leftMs) ? { admitted: false, waitMs } : { admitted: true };
  }
}
