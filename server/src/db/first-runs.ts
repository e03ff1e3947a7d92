/**
 * A statement's first run on a Neo4j that has not planned it (after the API starts, or after an
 * outage: a restarted Neo4j has planned nothing) goes alone; the requests that send the same text
 * meanwhile wait for it, then find its plan in Neo4j's query cache. Neo4j does not share a plan in
 * the making: a burst of requests on a restarted, cold Neo4j planned the same statements side by
 * side, each as slowly as all of them together, and held their turns the whole time.
 */

/** The longest a statement waits for another request's first run of it before going ahead. */
export const FIRST_RUN_WAIT_MS = 10_000;
/**
 * Texts remembered at most: the API's statements are a few hundred, but a details view's statement
 * is built from the fields a client selects; past this, all are forgotten (and run alone again once).
 */
const REMEMBERED = 5_000;

export class FirstRuns {
  /** Texts that have run to the end since the API started or Neo4j last came back. */
  private readonly ran = new Set<string>();
  /** First runs under way: each settles when its run ends, whatever its outcome. */
  private readonly running = new Map<string, Promise<void>>();
  private outages: number;

  /** `outages()` counts the times Neo4j went away: a new one means nothing is planned any more. */
  constructor(private readonly outageCount: () => number) {
    this.outages = outageCount();
  }

  /**
   * Waits for a first run of `statement` under way, if any, for at most `waitMs` (a request waits
   * no longer than its budget allows). A caller that waits before taking a turn for its
   * transaction holds no turn meanwhile.
   */
  async waitFor(statement: string, waitMs = FIRST_RUN_WAIT_MS): Promise<void> {
    this.forgetAfterOutage();
    const first = this.running.get(statement);
    if (!first || waitMs <= 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([first, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    clearTimeout(timer);
  }

  /**
   * Runs `work`, the statement's execution: alone if it is its first run, after waiting for the
   * first run under way otherwise, at once once one has run to its end.
   */
  async run<T>(statement: string, work: () => Promise<T>, waitMs = FIRST_RUN_WAIT_MS): Promise<T> {
    this.forgetAfterOutage();
    if (this.ran.has(statement)) return work();
    if (this.running.has(statement)) {
      await this.waitFor(statement, waitMs);
      return work();
    }
    let settle = () => {};
    this.running.set(statement, new Promise<void>((resolve) => (settle = resolve)));
    try {
      const result = await work();
      if (this.ran.size >= REMEMBERED) this.ran.clear();
      this.ran.add(statement);
      return result;
    } finally {
      this.running.delete(statement);
      settle();
    }
  }

  private forgetAfterOutage(): void {
    const outages = this.outageCount();
    if (outages === this.outages) return;
    this.outages = outages;
    this.ran.clear();
  }
}
