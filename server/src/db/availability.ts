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

  constructor(private readonly options: AvailabilityOptions) {}

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
    this.options.logger.warn({ reason }, 'Neo4j is not answering: failing requests at once until it does');
    this.scheduleProbe();
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
      this.options.logger.info({ downMs: Date.now() - since.getTime() }, 'Neo4j answers again');
    } catch {
      if (!this.stopped) this.scheduleProbe();
    }
  }
}
