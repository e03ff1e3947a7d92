import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../src/config.js';
import { exchange, postGraphql, sleep } from './http.js';

/**
 * `npm run db:reset` killed midway (SIGKILL, as a crash or a closed laptop would), against the
 * API's database: what the API answers right after, and whether the next db:reset restores the
 * whole graph.
 */

export interface ResetResult {
  killedAfterMs: number;
  clustersBefore: number;
  clustersAfterKill: number;
  healthAfterKill: number;
  readsAfterKill: string;
  completeRunMs: number;
  clustersAfterRerun: number;
}

const TSX = path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
const RESET = path.join(REPO_ROOT, 'server/src/cli/db-reset.ts');

function reset(env: Record<string, string>, killAfterMs?: number): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [TSX, RESET], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, ms: Date.now() - started });
    }),
  );
}

async function clusterCount(base: string): Promise<number> {
  const result = await postGraphql(base, { query: '{ clusters(first: 0) { totalCount } }' });
  const body = JSON.parse(result.body || '{}') as { data?: { clusters?: { totalCount?: number } } };
  return body.data?.clusters?.totalCount ?? -1;
}

export async function runResetKilled(options: { base: string; neo4jUri: string }): Promise<ResetResult> {
  const env = { NEO4J_URI: options.neo4jUri };
  const clustersBefore = await clusterCount(options.base);
  // A full run first tells how long "midway" is on this machine.
  const full = await reset(env);
  const killAfterMs = Math.max(500, Math.round(full.ms * 0.6));
  await reset(env, killAfterMs);
  await sleep(500);
  const health = await exchange(`${options.base}/health`);
  const read = await postGraphql(options.base, { query: '{ network { nodes { id } } }' });
  const clustersAfterKill = await clusterCount(options.base);
  const rerun = await reset(env);
  return {
    killedAfterMs: killAfterMs,
    clustersBefore,
    clustersAfterKill,
    healthAfterKill: health.status,
    readsAfterKill: read.status === 200 && !read.body.includes('"errors"') ? 'answered' : `${read.status} ${read.code}`,
    completeRunMs: rerun.ms,
    clustersAfterRerun: await clusterCount(options.base),
  };
}
