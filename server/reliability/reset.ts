import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../src/config.js';
import type { Executor } from '../src/db/executor.js';
import { exchange, postGraphql, sleep } from './http.js';

/**
 * `npm run db:reset` killed midway (SIGKILL, as a crash or a closed laptop would), against the
 * API's database: killed as soon as Neo4j shows one of its transactions running, then what the API
 * answers, and whether the next db:reset restores the whole graph.
 */

export interface ResetResult {
  killedAfterMs: number;
  killedDuring: string;
  clustersBefore: number;
  clustersAfterKill: number;
  /** The seed's clusters, what a complete db:reset leaves. */
  seedClusters: number;
  healthAfterKill: number;
  readsAfterKill: string;
  completeRunMs: number;
  clustersAfterRerun: number;
}

const TSX = path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
const RESET = path.join(REPO_ROOT, 'server/src/cli/db-reset.ts');
/** Transactions of db:reset as Neo4j lists them; ours (SHOW TRANSACTIONS) excluded. */
const RUNNING = `SHOW TRANSACTIONS YIELD currentQuery, status
  WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' AND NOT currentQuery STARTS WITH 'RETURN 1'
    AND currentQuery <> ''
  RETURN currentQuery LIMIT 1`;

function startReset(env: Record<string, string>) {
  const started = Date.now();
  const child = spawn(process.execPath, [TSX, RESET], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const exited = new Promise<{ code: number | null; ms: number }>((resolve) =>
    child.once('exit', (code) => resolve({ code, ms: Date.now() - started })),
  );
  return { child, started, exited };
}

/** The number of clusters the API serves; -1 when it gives no count within a few attempts. */
export async function clusterCount(base: string): Promise<number> {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const result = await postGraphql(base, { query: '{ clusters(first: 1) { totalCount } }' }, {}, 30_000);
    const body = JSON.parse(result.body || '{}') as { data?: { clusters?: { totalCount?: number } } };
    if (body.data?.clusters?.totalCount !== undefined) return body.data.clusters.totalCount;
    await sleep(1_000);
  }
  return -1;
}

export async function runResetKilled(options: {
  base: string;
  neo4jUri: string;
  /** A connection of the suite's own to the same Neo4j, to watch for db:reset's transactions. */
  watcher: Executor;
  seedClusters: number;
}): Promise<ResetResult> {
  const env = { NEO4J_URI: options.neo4jUri };
  const clustersBefore = await clusterCount(options.base);
  const reset = startReset(env);
  let killedDuring = 'not seen running (killed at 120 s)';
  while (Date.now() - reset.started < 120_000 && reset.child.exitCode === null) {
    const [running] = await options.watcher.read<{ currentQuery: string }>(RUNNING).catch(() => []);
    if (running) {
      killedDuring = running.currentQuery.trim().split('\n')[0]!.slice(0, 60);
      break;
    }
    await sleep(50);
  }
  reset.child.kill('SIGKILL');
  const killed = await reset.exited;
  await sleep(500);
  const health = await exchange(`${options.base}/health`);
  const read = await postGraphql(options.base, { query: '{ network { nodes { id } } }' });
  const clustersAfterKill = await clusterCount(options.base);
  const rerun = await startReset(env).exited;
  return {
    killedAfterMs: killed.ms,
    killedDuring,
    clustersBefore,
    clustersAfterKill,
    seedClusters: options.seedClusters,
    healthAfterKill: health.status,
    readsAfterKill: read.status === 200 && !read.body.includes('"errors"') ? 'answered' : `${read.status} ${read.code}`,
    completeRunMs: rerun.ms,
    clustersAfterRerun: await clusterCount(options.base),
  };
}
