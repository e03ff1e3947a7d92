import { randomUUID } from 'node:crypto';
import type { Editor } from '../../auth.js';
import type { Executor } from '../../db/executor.js';
import { AtlasError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { ImportFile } from './format.js';
import { runImport, type ImportReport } from './run.js';

/**
 * The web app's imports, as jobs the editor polls: an uploaded file is checked (the dry run: its
 * diff, nothing written), then applied (the same runImport as `npm run import`, in batches through
 * the write path), its progress counted in rows. The work runs beside the request that started it,
 * on the process's executor (a request's time budget would cut a large import short); the job
 * keeps the parsed file, so applying needs no second upload. Jobs live in this process: an import
 * stopped by a restart is finished by uploading and applying the file again (done rows are
 * unchanged the second time), as with the CLI.
 */

export type ImportJobStatus = 'CHECKING' | 'CHECKED' | 'APPLYING' | 'APPLIED' | 'FAILED';

export interface ImportJobRecord {
  id: string;
  fileName: string;
  kind: ImportFile['kind'];
  startedBy: string;
  status: ImportJobStatus;
  /** Rows written so far by the apply, of `total` (the created and updated rows). */
  done: number;
  total: number;
  check: ImportReport | null;
  result: ImportReport | null;
  error: string | null;
}

interface Job extends ImportJobRecord {
  file: ImportFile;
  touchedAt: number;
}

/** How long a job is kept after its last use: time to read the diff and apply it. */
const KEEP_MS = 60 * 60_000;
/** The jobs one editor may hold at once (each keeps its file's rows in memory). */
const JOBS_PER_EDITOR = 5;

export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly options: { executor: Executor; logger: Logger; batchSize?: number }) {}

  /** Starts the dry run of a parsed file; poll `get` until CHECKED. */
  check(options: { editor: Editor; file: ImportFile }): ImportJobRecord {
    this.prune(options.editor);
    const job: Job = {
      id: randomUUID(),
      fileName: options.file.file,
      kind: options.file.kind,
      startedBy: options.editor.name,
      status: 'CHECKING',
      done: 0,
      total: 0,
      check: null,
      result: null,
      error: null,
      file: options.file,
      touchedAt: Date.now(),
    };
    this.jobs.set(job.id, job);
    void this.run(job, options.editor, true);
    return record(job);
  }

  /**
   * Applies a checked job (or finishes one whose apply stopped: the rows written are unchanged the
   * second time); poll `get` for its progress.
   */
  apply(options: { editor: Editor; id: string }): ImportJobRecord {
    const job = this.own(options.editor, options.id);
    if (job.status === 'CHECKING' || job.status === 'APPLYING') {
      throw new AtlasError('CONFLICT', `The import is ${job.status.toLowerCase()}: wait until it is done.`);
    }
    if (job.status === 'APPLIED') return record(job);
    if (!job.check) throw new AtlasError('CONFLICT', 'The file could not be checked, so it cannot be applied.');
    Object.assign(job, { status: 'APPLYING', done: 0, total: 0, error: null });
    void this.run(job, options.editor, false);
    return record(job);
  }

  /** The editor's job, or null (unknown, expired, or another editor's). */
  get(options: { editor: Editor; id: string }): ImportJobRecord | null {
    const job = this.jobs.get(options.id);
    if (!job || job.startedBy !== options.editor.name) return null;
    job.touchedAt = Date.now();
    return record(job);
  }

  private own(editor: Editor, id: string): Job {
    const job = this.jobs.get(id);
    if (!job || job.startedBy !== editor.name) {
      throw new AtlasError('NOT_FOUND', `No import ${id} of yours is kept: upload the file again.`);
    }
    job.touchedAt = Date.now();
    return job;
  }

  private async run(job: Job, editor: Editor, dryRun: boolean): Promise<void> {
    try {
      const report = await runImport({
        executor: this.options.executor,
        editor,
        file: job.file,
        dryRun,
        ...(this.options.batchSize ? { batchSize: this.options.batchSize } : {}),
        onProgress: (done, total) => Object.assign(job, { done, total }),
      });
      if (dryRun) Object.assign(job, { status: 'CHECKED', check: report });
      else Object.assign(job, { status: 'APPLIED', result: report });
    } catch (error) {
      this.options.logger.error({ err: error, importJob: job.id }, 'An import stopped');
      const reason = error instanceof AtlasError ? error.message : 'the database failed (see the server log)';
      job.status = 'FAILED';
      job.error = dryRun
        ? `The file could not be checked: ${reason}. Nothing was written.`
        : `The import stopped after ${job.done.toLocaleString('en')} of ${job.total.toLocaleString('en')} rows: ${reason}. The rows written are kept: apply again to finish it.`;
    }
  }

  /** Forgets jobs unused for KEEP_MS, and the editor's oldest beyond JOBS_PER_EDITOR (never a running one). */
  private prune(editor: Editor): void {
    const now = Date.now();
    const running = (job: Job) => job.status === 'CHECKING' || job.status === 'APPLYING';
    for (const [id, job] of this.jobs) if (!running(job) && now - job.touchedAt > KEEP_MS) this.jobs.delete(id);
    const mine = [...this.jobs.values()]
      .filter((job) => job.startedBy === editor.name && !running(job))
      .sort((a, b) => a.touchedAt - b.touchedAt);
    for (const job of mine.slice(0, Math.max(0, mine.length - (JOBS_PER_EDITOR - 1)))) this.jobs.delete(job.id);
  }
}

function record(job: Job): ImportJobRecord {
  const { id, fileName, kind, startedBy, status, done, total, check, result, error } = job;
  return { id, fileName, kind, startedBy, status, done, total, check, result, error };
}
