import type { Driver, ManagedTransaction, Session, Transaction } from 'neo4j-driver';

/**
 * Timing: contenders take turns, one operation each, so that noise from other processes on a
 * shared machine falls on all of them alike; each stops at its time or iteration budget.
 */

export interface Task {
  name: string;
  run(): Promise<unknown>;
  /** Called after each measured run (not after warm-up runs), to take side measurements. */
  measured?(): void;
}

export interface Timing {
  samples: number[];
  p50: number;
  p95: number;
}

export interface Budget {
  warmup: number;
  /** Per task, in milliseconds of its own run time. */
  ms: number;
  maxIterations: number;
  minIterations: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export function timingOf(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/**
 * Runs the tasks in turns until each has run for `perTaskMs` of its own time, measuring nothing: the
 * JVM behind them compiles its hot paths over thousands of statements, as a long-running server's
 * has. A task that throws stops warming; the measured turns report its error.
 */
export async function warmUp(tasks: Task[], perTaskMs: number): Promise<void> {
  const spent = new Map<Task, number>(tasks.map((t) => [t, 0]));
  for (let turn = tasks; turn.length > 0; turn = turn.filter((t) => spent.get(t)! < perTaskMs)) {
    for (const task of turn) {
      const started = performance.now();
      try {
        await task.run();
        spent.set(task, spent.get(task)! + performance.now() - started);
      } catch {
        spent.set(task, perTaskMs);
      }
    }
  }
}

/** Runs the tasks in turns after a warm-up; a task that throws is reported and dropped. */
export async function interleave(tasks: Task[], budget: Budget): Promise<Map<string, Timing | Error>> {
  const samples = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  const spent = new Map<string, number>(tasks.map((t) => [t.name, 0]));
  const failed = new Map<string, Error>();
  const live = () => tasks.filter((t) => !failed.has(t.name));
  for (let i = 0; i < budget.warmup; i += 1) {
    for (const task of live()) {
      try {
        await task.run();
      } catch (error) {
        failed.set(task.name, error instanceof Error ? error : new Error(String(error)));
      }
    }
  }
  const running = () =>
    live().filter((t) => {
      const n = samples.get(t.name)?.length ?? 0;
      return n < budget.minIterations || (n < budget.maxIterations && (spent.get(t.name) ?? 0) < budget.ms);
    });
  for (let turn = running(); turn.length > 0; turn = running()) {
    for (const task of turn) {
      const started = performance.now();
      try {
        await task.run();
      } catch (error) {
        failed.set(task.name, error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      const ms = performance.now() - started;
      samples.get(task.name)?.push(ms);
      task.measured?.();
      spent.set(task.name, (spent.get(task.name) ?? 0) + ms);
    }
  }
  return new Map(tasks.map((t) => [t.name, failed.get(t.name) ?? timingOf(samples.get(t.name) ?? [])]));
}

/**
 * A driver whose read transactions time each statement (from sending it to its last record, on
 * the client's clock): what the database and Bolt cost an operation, apart from what runs in
 * Node around it. Sequential use only: one accumulator.
 */
export function timedDriver(driver: Driver): { driver: Driver; take(): number } {
  let spent = 0;
  const timedTx = <T extends ManagedTransaction | Transaction>(tx: T): T =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property !== 'run') return Reflect.get(target, property, receiver) as unknown;
        return async (...args: Parameters<ManagedTransaction['run']>) => {
          const started = performance.now();
          try {
            return await target.run(...args);
          } finally {
            spent += performance.now() - started;
          }
        };
      },
    });
  const timedSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property, receiver) {
        if (property === 'executeRead') {
          return <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: Parameters<Session['executeRead']>[1]) =>
            target.executeRead((tx) => work(timedTx(tx)), config);
        }
        // Our executor runs one statement in an auto-commit transaction, several in an explicit one.
        if (property === 'beginTransaction') {
          return (...args: Parameters<Session['beginTransaction']>) => timedTx(target.beginTransaction(...args));
        }
        if (property === 'run') {
          return async (...args: Parameters<Session['run']>) => {
            const started = performance.now();
            try {
              return await target.run(...args);
            } finally {
              spent += performance.now() - started;
            }
          };
        }
        const value = Reflect.get(target, property, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const proxy = new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session')
        return (...args: Parameters<Driver['session']>) => timedSession(target.session(...args));
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    driver: proxy,
    take: () => {
      const value = spent;
      spent = 0;
      return value;
    },
  };
}
