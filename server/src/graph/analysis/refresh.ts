import type { Executor } from '../../db/executor.js';
import { AtlasError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { onGraphChanged } from '../history/events.js';
import {
  computeAnalysis,
  gdsVersion,
  readStoredAnalysis,
  snapshotOf,
  storeAnalysis,
  type AnalysisSnapshot,
} from './repo.js';

/**
 * Keeps the analysis in step with the graph: at start-up, the run stored in the database is reused
 * when it is of the graph's current version (otherwise computed again), and it is computed again
 * after every write the write path announces (debounced, so an import of a thousand rows is one
 * run), never per request. One run at a time; a change during a run queues exactly one more. A
 * write by another process (the import CLI, another server, db:reset) is seen by the graph's
 * version, which every status read with a version compares with the run's.
 */

export type AnalysisState = 'PENDING' | 'REFRESHING' | 'FRESH' | 'UNAVAILABLE' | 'FAILED';

export interface AnalysisStatusRecord {
  state: AnalysisState;
  gdsVersion: string | null;
  computedAt: string | null;
  /** The graph's version the measures were computed on (history/repo.ts graphVersion). */
  graphVersion: string | null;
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
    if (await this.reuseStored(this.version)) return;
    await this.refresh();
  }

  /**
   * Takes the run stored in the database: as current when it is of the graph as it is (nothing to
   * compute; true), otherwise as what is shown, marked REFRESHING, until the run that follows.
   */
  private async reuseStored(version: string): Promise<boolean> {
    const { executor, logger } = this.options;
    try {
      const stored = await readStoredAnalysis(executor, version);
      if (!stored || this.stopped) return false;
      this.latest = await snapshotOf(executor, stored.run);
      const { computedAt, graphVersion } = stored.run;
      if (stored.current) {
        this.state = 'FRESH';
        logger.info({ computedAt, graphVersion }, 'Analysis reused: the stored run is of the graph as it is');
        return true;
      }
      this.state = 'REFRESHING';
      this.message = `The graph changed since the measures were computed (${computedAt}, graph version ${graphVersion}); they are being recomputed.`;
      return false;
    } catch (error) {
      // Only a head start: the run computes what could not be read.
      logger.warn({ err: error }, 'The stored analysis could not be read; computing it');
      return false;
    }
  }

  /** The graph changed: the current results are stale until the run this schedules. */
  changed(message = 'The graph changed; the measures are being recomputed.'): void {
    if (this.stopped || this.state === 'UNAVAILABLE' || this.state === 'PENDING') return;
    this.state = 'REFRESHING';
    this.message = message;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), this.debounceMs);
  }

  /** Neo4j answers again after an outage: a run that it stopped runs again. */
  retryAfterOutage(): void {
    if (this.state === 'FAILED') {
      this.state = this.latest ? 'REFRESHING' : 'PENDING';
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

  /**
   * Whether the measures are current. Given the graph's version now, a FRESH run of another
   * version turns REFRESHING here and is recomputed: the graph was changed by a write this process
   * did not make (the import CLI, another server, db:reset).
   */
  status(currentVersion?: string): AnalysisStatusRecord {
    if (this.state === 'FRESH' && currentVersion !== undefined && currentVersion !== this.latest?.graphVersion) {
      this.changed(
        `The graph changed since the measures were computed (they are of graph version ${this.latest?.graphVersion}, the graph is at ${currentVersion}); they are being recomputed.`,
      );
    }
    return {
      state: this.state,
      gdsVersion: this.version,
      computedAt: this.latest?.computedAt ?? null,
      graphVersion: this.latest?.graphVersion ?? null,
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
    // REFRESHING says that what is shown is from before; with nothing yet, it is PENDING.
    if (this.latest) this.state = 'REFRESHING';
    const started = performance.now();
    try {
      // Asked again when the start could not ask (Neo4j did not answer then).
      const gds = (this.version ??= await gdsVersion(executor));
      if (!gds) {
        this.state = 'UNAVAILABLE';
        this.message = GDS_MISSING;
        return;
      }
      const run = await computeAnalysis(executor);
      await storeAnalysis(executor, { run, gdsVersion: gds });
      const snapshot = await snapshotOf(executor, run);
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
