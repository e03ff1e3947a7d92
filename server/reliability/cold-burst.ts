import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../src/db/driver.js';
import { startEmbeddedNeo4j } from '../src/db/embedded.js';
import { Executor } from '../src/db/executor.js';
import { applySchema } from '../src/db/migrations.js';
import { NetworkAnswers } from '../src/graph/network/answers.js';
import { createLogger } from '../src/logger.js';
import { loadSeed } from '../src/seed/load.js';
import { createTestApi } from '../test/api.js';
import { freePort } from '../test/free-port.js';
import { explorerMix } from './load.js';

/**
 * `npx tsx server/reliability/cold-burst.ts`: what a restarted, cold Neo4j meets when the API lets
 * requests in. A Neo4j of its own on the seed; each trial clears Neo4j's plans
 * (db.clearQueryCaches), takes a fresh executor (one that has run nothing yet, as after a start or
 * an outage), and sends BURST (60) of the explorer's requests at once through the API's pipeline.
 * Neo4j's data collector then says how often each statement text was planned: an invocation with
 * more than 50 ms of compile time counts as a planning. One JSON line per trial (TRIALS, 3).
 */

const BURST = Number(process.env.BURST ?? 60);
const TRIALS = Number(process.env.TRIALS ?? 3);
const PLANNED_US = 50_000;

const COMPILES = `
CALL db.stats.retrieve('QUERIES') YIELD data
WITH data WHERE NOT data.query CONTAINS 'db.stats'
UNWIND data.invocations AS i
RETURN data.query AS query, count(i) AS runs,
       sum(CASE WHEN i.elapsedCompileTimeInUs > $plannedUs THEN 1 ELSE 0 END) AS plannings,
       sum(i.elapsedCompileTimeInUs) AS compileUs`;

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-cold-burst-'));
const neo4j = await startEmbeddedNeo4j({
  host: '127.0.0.1',
  port: await freePort(),
  dataDir,
  heap: '512m',
  pageCache: '128m',
  logger: createLogger('warn'),
});
await neo4j.plugins;
const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: '' });
const logger = createLogger('silent');
try {
  const admin = new Executor({ driver, database: undefined, logger });
  await applySchema(admin);
  await loadSeed(admin);
  const ids = (await admin.read<{ id: string }>('MATCH (c:Cluster) RETURN c.id AS id')).map((r) => r.id);
  const next = explorerMix(ids);
  for (let trial = 1; trial <= TRIALS; trial += 1) {
    const executor = new Executor({ driver, database: undefined, logger });
    const api = await createTestApi({ executor, networkAnswers: new NetworkAnswers() });
    await admin.autocommit('CALL db.clearQueryCaches()');
    await admin.autocommit(`CALL db.stats.clear('QUERIES')`);
    await admin.autocommit(`CALL db.stats.collect('QUERIES')`);
    const started = performance.now();
    const times = await Promise.all(
      Array.from({ length: BURST }, async () => {
        const { body } = next();
        const { query, variables } = body as { query: string; variables: Record<string, unknown> };
        const sent = performance.now();
        const result = await api.execute(query, { variables });
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        return performance.now() - sent;
      }),
    );
    const wallMs = performance.now() - started;
    await admin.autocommit(`CALL db.stats.stop('QUERIES')`);
    const rows = await admin.read<{ query: string; runs: number; plannings: number; compileUs: number }>(COMPILES, {
      plannedUs: PLANNED_US,
    });
    await api.stop();
    times.sort((a, b) => a - b);
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((total, r) => total + f(r), 0);
    process.stdout.write(
      `${JSON.stringify({
        trial,
        burst: BURST,
        statements: rows.length,
        runs: sum((r) => r.runs),
        plannings: sum((r) => r.plannings),
        plannedMoreThanOnce: rows.filter((r) => r.plannings > 1).length,
        compileSeconds: Math.round(sum((r) => r.compileUs) / 1e6),
        wallMs: Math.round(wallMs),
        p50Ms: Math.round(times[Math.floor(BURST / 2)] ?? 0),
        loadAverage: os.loadavg().map((l) => l.toFixed(1)),
      })}\n`,
    );
  }
} finally {
  await driver.close();
  await neo4j.stop();
  await rm(dataDir, { recursive: true, force: true });
}
