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

export type Lane = 'request' | 'background';

/**
 * The bound on transactions at once, shared by the executor of the process and all its views.
 * Background work (the analysis, warming) goes one transaction at a time and only when no request
 * waits for a turn: it must not take the turns of the requests it runs beside.
 */
export class Turns {
  private readonly all: PQueue;
  private readonly background = new PQueue({ concurrency: 1 });

  constructor(limit = TRANSACTIONS_AT_ONCE) {
    this.all = new PQueue({ concurrency: limit });
  }

  take<T>(lane: Lane, work: () => Promise<T>): Promise<T> {
    if (lane === 'request') return this.all.add(work, { priority: 1 });
    return this.background.add(() => this.all.add(work, { priority: 0 }));
  }
}
