import type { Executor } from '../../db/executor.js';
import { AtlasError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { onGraphChanged } from '../history/events.js';
import { computeAnalysis, gdsVersion, writeMetrics, type AnalysisSnapshot } from './repo.js';

/**
 * Keeps the analysis in step with the graph: computed at start-up and again after every write the
 * write path announces (debounced, so an import of a thousand rows is one run), never per request.
 * One run at a time; a change during a run queues exactly one more. Writes by another process
 * (the import CLI, db:reset) are picked up at the next start.
 */

export type AnalysisState = 'PENDING' | 'REFRESHING' | 'FRESH' | 'UNAVAILABLE' | 'FAILED';

export interface AnalysisStatusRecord {
  state: AnalysisState;
  gdsVersion: string | null;
  computedAt: string | null;
  /** What a person should know or do, when the state is not FRESH. */
  message: string | null;
}

export const GDS_MISSING =
  'This Neo4j has no Graph Data Science plugin, so brokers, communities and single points of failure cannot be computed. ' +
  'The embedded Neo4j (the default) has it; for an external Neo4j 5.26, install GDS 2.13 (neo4j-graph-data-science-2.13.9.jar into plugins/, ' +
  'with dbms.security.procedures.unrestricted=gds.*) and restart the server.';

export interface AnalysisOptions {
  executor: Executor;
  logger: Logger;
  /** Quiet time after the last change before a run. */
  debounceMs?: number;
}

export class Analysis {
  private state: AnalysisState = 'PENDING';
  private version: string | null = null;
  private latest: AnalysisSnapshot | null = null;
  private message: string | null = 'The analysis has not run yet.';
  private timer: NodeJS.Timeout | undefined;
  private loop: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;
  private readonly debounceMs: number;

  constructor(private readonly options: AnalysisOptions) {
    this.debounceMs = options.debounceMs ?? 2_000;
  }

  /** Detects GDS and runs the first analysis; `ready` settles when the database's plugins are registered. */
  async start(ready: Promise<void> = Promise.resolve()): Promise<void> {
    // Heard at once (no debounce there): the results turn stale the moment a write commits.
    this.unsubscribe = onGraphChanged(() => this.changed(), { debounceMs: 0 });
    await ready;
    try {
      this.version = await gdsVersion(this.options.executor);
    } catch (error) {
      if (this.stopped) return;
      this.state = 'FAILED';
      this.message =
        'Could not ask the database whether it has Graph Data Science; the analysis runs after the next change.';
      this.options.logger.error({ err: error }, 'The analysis could not start');
      return;
    }
    if (!this.version) {
      this.state = 'UNAVAILABLE';
      this.message = GDS_MISSING;
      this.options.logger.warn(GDS_MISSING);
      return;
    }
    await this.refresh();
  }

  /** The graph changed: the current results are stale until the run this schedules. */
  changed(): void {
    if (this.stopped || this.state === 'UNAVAILABLE' || this.state === 'PENDING') return;
    this.state = 'REFRESHING';
    this.message = 'The graph changed; the measures are being recomputed.';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), this.debounceMs);
  }

  /** Neo4j answers again after an outage: a run that it stopped runs again. */
  retryAfterOutage(): void {
    if (this.state === 'FAILED') {
      this.state = 'REFRESHING';
      this.message = 'Neo4j answers again; the measures are being recomputed.';
      void this.refresh();
    }
  }

  /** Runs now (skipping the debounce) and resolves once the results are current. */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.again = true;
    // One loop runs at a time and ends only when no request came in during its last run.
    this.loop ??= (async () => {
      while (this.again && !this.stopped) {
        this.again = false;
        await this.run();
      }
    })().finally(() => (this.loop = undefined));
    await this.loop;
  }

  status(): AnalysisStatusRecord {
    return {
      state: this.state,
      gdsVersion: this.version,
      computedAt: this.latest?.computedAt ?? null,
      message: this.state === 'FRESH' ? null : this.message,
    };
  }

  /** The latest results (see status() for whether they are current); null before the first run. */
  snapshot(): AnalysisSnapshot | null {
    return this.latest;
  }

  /**
   * Stops scheduling runs (at shutdown). A run in flight is not waited for: the database closing
   * under it ends it, quietly.
   */
  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
  }

  private async run(): Promise<void> {
    const { executor, logger } = this.options;
    this.state = 'REFRESHING';
    const started = performance.now();
    try {
      const snapshot = await computeAnalysis(executor);
      await writeMetrics(executor, snapshot);
      this.latest = snapshot;
      // A change that arrived during this run leaves the state REFRESHING for the queued run.
      if (!this.again && this.timer === undefined) this.state = 'FRESH';
      logger.info(
        { clusters: snapshot.metrics.size, ms: Math.round(performance.now() - started) },
        'Analysis refreshed (brokers, communities, single points of failure)',
      );
    } catch (error) {
      if (this.stopped) return;
      this.state = 'FAILED';
      if (isOutage(error)) {
        // Not a fault of the analysis: said plainly, and run again when Neo4j answers (retryAfterOutage).
        this.message =
          'The last analysis run stopped because Neo4j stopped answering; it runs again once Neo4j answers.';
        logger.warn('The analysis run stopped: Neo4j stopped answering. It runs again once Neo4j answers.');
        return;
      }
      this.message = 'The last analysis run failed; it will run again after the next change.';
      logger.error({ err: error }, 'The analysis run failed');
    }
  }
}

/** The run stopped because the database went away, not because of anything in the analysis. */
const isOutage = (error: unknown) =>
  error instanceof AtlasError && (error.code === 'DATABASE_UNAVAILABLE' || error.code === 'WRITE_OUTCOME_UNKNOWN');
