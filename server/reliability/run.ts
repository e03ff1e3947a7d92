import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serverAudits } from 'graphql-http';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { createLogger } from '../src/logger.js';
import { freePort } from '../test/free-port.js';
import { startServerProcess } from '../test/server-process.js';
import { amplificationQuery, runHostile } from './hostile.js';
import { exchange, postGraphql, sleep, type Exchange } from './http.js';
import { explorerMix, openLoop, succeeded, summarise, type Sample } from './load.js';
import { runOutage, startExternal } from './outage.js';
import { clusterCount, runResetKilled } from './reset.js';

/**
 * `npm run reliability`: the API attacked and loaded on loopback, against a Neo4j of its own
 * that it can kill. Prints one table: each measure, its figure, and the goal it is held to.
 * Not part of `npm test`; about eight minutes. For a trial: LOAD_SECONDS shortens the steady load,
 * SECTIONS=load,outage runs only those sections (of hostile, amplification, audits, load, outage,
 * reset), SERVER_LOG_LEVEL=debug makes the API log every statement with its time.
 */

const EDITOR_TOKEN = 'reliability-editor-token';
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 180);
const SECTIONS = new Set(
  (process.env.SECTIONS ?? 'hostile,amplification,audits,load,outage,reset').split(',').map((s) => s.trim()),
);

interface Row {
  section: string;
  measure: string;
  value: string;
  goal: string;
  met: boolean | null;
}
const rows: Row[] = [];
const row = (section: string, measure: string, value: string | number, goal = '', met: boolean | null = null) =>
  rows.push({ section, measure, value: String(value), goal, met });
const ms = (value: number) => `${Math.round(value)} ms`;
const step = (what: string) => process.stderr.write(`[reliability] ${what}\n`);

/** Resident memory of a process and its descendants (tsx runs the server in a child), in MB. */
async function treeRssMb(pid: number): Promise<number> {
  let kb = 0;
  const visit = async (p: number) => {
    const status = await readFile(`/proc/${p}/status`, 'utf8').catch(() => '');
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of await readdir(`/proc/${p}/task`).catch(() => [] as string[])) {
      const children = await readFile(`/proc/${p}/task/${task}/children`, 'utf8').catch(() => '');
      for (const child of children.split(' ').filter(Boolean)) await visit(Number(child));
    }
  };
  await visit(pid);
  return Math.round(kb / 1024);
}

/** Worst /health latency while `work` runs, polling every 50 ms. */
async function worstHealthDuring(base: string, work: Promise<unknown>): Promise<number> {
  let done = false;
  void work.finally(() => (done = true));
  let worst = 0;
  while (!done) {
    worst = Math.max(worst, (await exchange(`${base}/health`, {}, 30_000)).ms);
    await sleep(50);
  }
  return worst;
}

async function main(): Promise<void> {
  const started = Date.now();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-reliability-data-'));
  // Kept after the run, one folder per run: two suites at once once wrote over each other's files.
  const keptDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-reliability-run-'));
  const boltPort = await freePort();
  step('starting Neo4j (the "external" database) and the API in external mode…');
  const neo4j = await startExternal({ port: boltPort, dataDir });
  const neo4jUri = `bolt://127.0.0.1:${boltPort}`;
  const server = await startServerProcess({
    env: {
      NEO4J_URI: neo4jUri,
      ATLAS_EDITOR_TOKEN: EDITOR_TOKEN,
      ATLAS_WARM_UP: 'hot',
      LOG_LEVEL: process.env.SERVER_LOG_LEVEL ?? 'warn',
    },
  });
  const base = server.baseUrl;
  try {
    const network = await postGraphql(base, { query: '{ network { nodes { id } } }' });
    const clusterIds = (
      JSON.parse(network.body) as { data: { network: { nodes: { id: string }[] } } }
    ).data.network.nodes.map((n) => n.id);
    const seedClusters = await clusterCount(base);

    if (SECTIONS.has('hostile')) {
      step('hostile requests…');
      const hostile = await runHostile(base, EDITOR_TOKEN);
      for (const h of hostile)
        row(
          'hostile',
          h.name,
          `${h.status} ${h.code || '-'} · leak ${h.leak ? 'YES' : 'no'} · ${ms(h.ms)} · ${h.roundTrips ?? '-'} trips`,
          '4xx/200, no leak',
          h.ok,
        );
      row(
        'hostile',
        'kinds / passed',
        `${hostile.length} / ${hostile.filter((h) => h.ok).length}`,
        '≥ 60, all',
        hostile.length >= 60 && hostile.every((h) => h.ok),
      );
    }

    if (SECTIONS.has('amplification')) {
      step('amplification probe…');
      const fourAttacks = Promise.all(
        Array.from({ length: 4 }, () => postGraphql(base, { query: amplificationQuery() })),
      );
      const worstAttack = await worstHealthDuring(base, fourAttacks);
      const attackResults = await fourAttacks;
      row(
        'amplification',
        '4 × the 20-alias, 10-level query: answers',
        attackResults.map((r) => `${r.status} ${r.code}`).join(', '),
        '400 QUERY_TOO_COSTLY',
        attackResults.every((r) => r.code === 'QUERY_TOO_COSTLY'),
      );
      row('amplification', 'worst /health while they run', ms(worstAttack), '≤ 200 ms', worstAttack <= 200);
      // The largest answer the limits let through: the whole network with every field.
      const largest = {
        query: `{ network { nodes { id label entityKind country sectors degree } edges { id source target kind via years weight } } }`,
      };
      const fourLarge = Promise.all(Array.from({ length: 4 }, () => postGraphql(base, largest)));
      const worstLarge = await worstHealthDuring(base, fourLarge);
      const largeResults = await fourLarge;
      row(
        'amplification',
        '4 × the whole network, every field (allowed): answers',
        largeResults.map((r) => `${r.status} ${r.code || 'ok'} ${ms(r.ms)}`).join(', '),
        'answered or a budget error',
      );
      row('amplification', 'worst /health while they run', ms(worstLarge), '≤ 200 ms', worstLarge <= 200);
    }

    if (SECTIONS.has('audits')) {
      step('graphql-http audits…');
      const audits = serverAudits({ url: `${base}/graphql`, fetchFn: fetch });
      const auditResults = await Promise.all(audits.map(async (audit) => ({ audit, result: await audit.fn() })));
      const count = (status: string) => auditResults.filter((a) => a.result.status === status).length;
      row(
        'graphql-http',
        'audits ok / warn / error',
        `${count('ok')} / ${count('warn')} / ${count('error')}`,
        '0 errors, warnings explained',
        count('error') === 0,
      );
      for (const { audit, result } of auditResults)
        if (result.status !== 'ok')
          row(
            'graphql-http',
            `${result.status}: ${audit.name}`,
            result.reason.slice(0, 100),
            '',
            result.status !== 'error',
          );
    }

    if (SECTIONS.has('load')) {
      step(`50 req/s for ${LOAD_SECONDS} s of the explorer's mix…`);
      const rssBefore = await treeRssMb(server.child.pid ?? 0);
      const samples = await openLoop({ base, perSecond: 50, seconds: LOAD_SECONDS, next: explorerMix(clusterIds) });
      const rssAfter = await treeRssMb(server.child.pid ?? 0);
      const load = summarise(samples);
      await keepSamples(keptDir, 'load', samples);
      row('load 50/s', 'requests / errors', `${load.count} / ${load.errors}`, '0 errors', load.errors === 0);
      if (load.errors > 0) row('load 50/s', 'error codes', errorCodes(samples));
      row(
        'load 50/s',
        'p50 / p95 / p99',
        `${ms(load.p50)} / ${ms(load.p95)} / ${ms(load.p99)}`,
        'p95 < 300 ms',
        load.p95 < 300,
      );
      row('load 50/s', 'API RSS before → after', `${rssBefore} MB → ${rssAfter} MB`);
    }

    if (SECTIONS.has('outage')) {
      step('Neo4j killed and restarted under read and write load…');
      const outage = await runOutage({
        base,
        neo4j,
        editorToken: EDITOR_TOKEN,
        readMix: explorerMix(clusterIds),
        downSeconds: 10,
      });
      await keepSamples(keptDir, 'outage', outage.samples);
      row('outage', 'Neo4j down for', `${outage.downSeconds} s`);
      row(
        'outage',
        'time to fail while down (max / p95)',
        `${ms(outage.failMaxMs)} / ${ms(outage.failP95Ms)}`,
        '≤ 500 ms',
        outage.failMaxMs <= 500,
      );
      row('outage', 'worst /health while down', ms(outage.healthDownMaxMs), '≤ 100 ms', outage.healthDownMaxMs <= 100);
      row(
        'outage',
        "Neo4j's restart: Bolt accepts / launcher READY / answers a query",
        `${ms(outage.restart.acceptsMs)} / ${ms(outage.restart.readyMs)} / ${ms(outage.restart.answersMs)}`,
      );
      row(
        'outage',
        "the API's first success after Bolt accepts / after Neo4j answers",
        `${ms(outage.acceptsToFirstOkMs)} / ${ms(outage.answersToFirstOkMs)}`,
      );
      row(
        'outage',
        'time to recover: from Neo4j answering to the start of the last failed request',
        ms(outage.recoverMs),
        '≤ 5,000 ms',
        outage.recoverMs <= 5000,
      );
      row('outage', 'masked internal errors', outage.masked, '0', outage.masked === 0);
      row('outage', 'reads ok / sent', `${outage.reads.ok} / ${outage.reads.sent}`);
      const w = outage.writes;
      row(
        'outage',
        'writes acknowledged (of which SAVED_NOT_READ_BACK) / lost',
        `${w.acknowledged} (${w.savedNotReadBack}) / ${w.lost}`,
        '0 lost',
        w.lost === 0,
      );
      row(
        'outage',
        'writes reported failed / of which committed',
        `${w.failed} / ${w.misreported}`,
        '0 misreported',
        w.misreported === 0,
      );
      row(
        'outage',
        'writes ambiguous (WRITE_OUTCOME_UNKNOWN) / committed',
        `${w.ambiguous} / ${w.ambiguousCommitted}`,
        'said so',
      );
      row(
        'outage',
        'unacknowledged writes resent with their Idempotency-Key: answered; writes in the graph',
        `${w.resentOk} / ${w.failed + w.ambiguous}; ${w.presentAfterResend} of ${w.total}`,
        'all, each once',
        w.presentAfterResend === w.total,
      );
      if (Object.keys(w.resendFailures).length > 0)
        row(
          'outage',
          'resent writes that failed, by code',
          Object.entries(w.resendFailures)
            .map(([code, n]) => `${code} ${n}`)
            .join(', '),
        );
      row('outage', 'error codes', errorCodes(outage.samples));
    }

    if (SECTIONS.has('reset')) {
      step('db:reset killed midway…');
      const driver = createDriver({ uri: neo4jUri, username: 'neo4j', password: '' });
      const watcher = new Executor({ driver, database: undefined, logger: createLogger('silent') });
      const reset = await runResetKilled({ base, neo4jUri, watcher, seedClusters }).finally(() => driver.close());
      row('db:reset killed', 'killed after, during', `${ms(reset.killedAfterMs)}, ${reset.killedDuring}`);
      row(
        'db:reset killed',
        'clusters before / after the kill',
        `${reset.clustersBefore} / ${reset.clustersAfterKill}`,
        `the graph whole: as before, or the seed's ${reset.seedClusters}`,
        reset.clustersAfterKill === reset.clustersBefore || reset.clustersAfterKill === reset.seedClusters,
      );
      row(
        'db:reset killed',
        '/health, reads after the kill',
        `${reset.healthAfterKill}, ${reset.readsAfterKill}`,
        '200, answered',
        reset.healthAfterKill === 200 && reset.readsAfterKill === 'answered',
      );
      row(
        'db:reset killed',
        'next db:reset: clusters',
        `${reset.clustersAfterRerun} in ${ms(reset.completeRunMs)}`,
        `the seed's ${reset.seedClusters}`,
        reset.clustersAfterRerun === reset.seedClusters,
      );
    }

    const masked = (server.output().match(/Internal error while answering/g) ?? []).length;
    row('server log', 'internal errors logged', masked, '0', masked === 0);
    for (const [kind, n] of internalErrorKinds(server.output())) row('server log', `internal: ${kind}`, n);
    // The whole log stays for reading after the run: what the table counts, with its stacks.
    const logFile = path.join(keptDir, 'server.log');
    await writeFile(logFile, server.output());
    step(`the server's log is in ${logFile}`);
  } finally {
    await server.stop();
    await neo4j.current.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  printTable(Math.round((Date.now() - started) / 1000));
}

/** Every request of a section (without bodies), kept for reading after the run, like the server's log. */
async function keepSamples(dir: string, section: string, samples: Sample[]): Promise<void> {
  const file = path.join(dir, `${section}.json`);
  const records = samples.map(({ body: _body, ...sample }) => ({ ...sample, ms: Math.round(sample.ms) }));
  await writeFile(file, JSON.stringify(records));
  step(`the ${section} section's requests are in ${file}`);
}

function errorCodes(samples: Exchange[]): string {
  const codes = new Map<string, number>();
  for (const s of samples.filter((s) => !succeeded(s))) {
    const code = s.code || String(s.status);
    codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  return [...codes].map(([code, n]) => `${code} ${n}`).join(', ') || '-';
}

/** The server's logged internal errors, counted by what they were (the error's type, code and message). */
function internalErrorKinds(log: string): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const line of log.split('\n')) {
    if (!line.includes('Internal error while answering')) continue;
    let kind = 'unparsed log line';
    try {
      const err = (JSON.parse(line) as { err?: { type?: string; code?: string; message?: string } }).err ?? {};
      kind = [err.type, err.code, err.message?.slice(0, 100)].filter(Boolean).join(' ');
    } catch {
      // A line cut by the process' exit: counted as it is.
    }
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return kinds;
}

function printTable(seconds: number): void {
  const header = ['section', 'measure', 'value', 'goal', 'met'];
  const cells = rows.map((r) => [r.section, r.measure, r.value, r.goal, r.met === null ? '' : r.met ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)];
  const goals = rows.filter((r) => r.met !== null);
  out.push(
    '',
    `${goals.filter((r) => r.met).length} of ${goals.length} goals met, in ${seconds} s (load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}).`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
