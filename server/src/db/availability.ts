import type { Logger } from '../logger.js';

/**
 * Whether Neo4j answers, as the executor last saw it. The first failure that says the database is
 * gone turns it `down`: from then on requests fail at once (no driver retries piling up on a dead
 * server, no pool filled with waiters) and one probe asks Neo4j every PROBE_INTERVAL_MS until it
 * answers again, which turns it `up` without a restart.
 */

export const PROBE_INTERVAL_MS = 250;
const PROBE_TIMEOUT_MS = 3_000;

export interface AvailabilityOptions {
  /** Resolves when Neo4j answers a query; rejects otherwise. */
  probe: () => Promise<void>;
  logger: Logger;
}

export class Availability {
  private current: { state: 'up' } | { state: 'down'; reason: string; since: Date } = { state: 'up' };
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private warm: (() => Promise<void>) | undefined;
  private outageCount = 0;

  constructor(private readonly options: AvailabilityOptions) {}

  /** How many times Neo4j went away since the process started. */
  get outages(): number {
    return this.outageCount;
  }

  get state(): 'up' | 'down' {
    return this.current.state;
  }

  /** Why and since when the database is down; undefined while it is up. */
  get outage(): { reason: string; since: Date } | undefined {
    return this.current.state === 'down' ? { reason: this.current.reason, since: this.current.since } : undefined;
  }

  markDown(reason: string): void {
    if (this.current.state === 'down' || this.stopped) return;
    this.current = { state: 'down', reason, since: new Date() };
    this.outageCount += 1;
    this.options.logger.warn({ reason }, 'Neo4j is not answering: failing requests at once until it does');
    this.scheduleProbe();
  }

  /**
   * What runs in the background once Neo4j answers again, while requests already go through: a
   * restarted Neo4j has planned nothing, and the warm-up plans what the default views send. It
   * used to run first, with requests failing meanwhile (11.4 s in the reliability suite at load
   * 2–5); the executor's bound on transactions at once is what now keeps the requests let in from
   * all planning the same statements side by side on the whole pool.
   */
  warmOnReturn(warm: () => Promise<void>): void {
    this.warm = warm;
  }

  /** Stops probing (the process is stopping). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private scheduleProbe(): void {
    this.timer = setTimeout(() => void this.probeOnce(), PROBE_INTERVAL_MS);
    // A probe never keeps the process alive on its own.
    this.timer.unref();
  }

  private async probeOnce(): Promise<void> {
    if (this.stopped || this.current.state === 'up') return;
    try {
      // A probe that hangs (a connection that never answers) must not stop the probing.
      await Promise.race([
        this.options.probe(),
        new Promise((_resolve, reject) =>
          setTimeout(() => reject(new Error('probe timed out')), PROBE_TIMEOUT_MS).unref(),
        ),
      ]);
      const since = this.current.since;
      this.current = { state: 'up' };
      this.options.logger.info({ downMs: Date.now() - since.getTime() }, 'Neo4j answers again: taking requests');
      void this.warmUp();
    } catch {
      if (!this.stopped) this.scheduleProbe();
    }
  }

  private async warmUp(): Promise<void> {
    if (!this.warm) return;
    const started = performance.now();
    try {
      await this.warm();
      this.options.logger.info({ ms: Math.round(performance.now() - started) }, 'Warmed up after the outage');
    } catch (error) {
      this.options.logger.warn(
        { error: error instanceof Error ? error.message : String(error) },
        'Warming up after the outage failed; the first requests plan their own statements',
      );
    }
  }
}
