import net from 'node:net';
import { createDriver } from '../src/db/driver.js';
import { createLogger } from '../src/logger.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded.js';
import { exchange, percentile, postGraphql, sleep, type Exchange } from './http.js';
import { openLoop, succeeded, type Request, type Sample } from './load.js';

/**
 * The database killed and restarted under read and write load, in external mode: the API runs
 * with NEO4J_URI pointing at a Neo4j this suite started (the embedded launcher, used as an
 * external server), which is killed with SIGKILL and started again on the same data folder.
 */

/** The suite's own log (LOG_LEVEL=debug shows when it sees Neo4j go and come back). */
const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');

/** How long a restarted Neo4j may take to answer before the suite gives up. */
const ANSWER_TIMEOUT_MS = 120_000;
/** How often the suite asks a restarting Neo4j whether it accepts connections and answers. */
const WATCH_INTERVAL_MS = 50;

/**
 * Resolves with the moment (`performance.now()`) Neo4j first answers a query of the suite's own.
 * It runs from the moment the restart begins, side by side with it, one auto-commit statement per
 * attempt (the driver's managed retries back off for up to seconds between attempts). It used to
 * start only once the launcher had said READY and to go through executeQuery's retries, by which
 * time the API's own probe (every 250 ms) had often found Neo4j already: the clock started after
 * the API had healed and said 0 ms whatever the API had done meanwhile.
 */
async function firstAnswer(uri: string): Promise<number> {
  const driver = createDriver({ uri, username: 'neo4j', password: '' });
  const started = performance.now();
  try {
    for (;;) {
      const session = driver.session({ defaultAccessMode: 'READ' });
      try {
        await session.run('RETURN 1 AS ok');
        return performance.now();
      } catch (error) {
        if (performance.now() - started > ANSWER_TIMEOUT_MS)
          throw new Error(`Neo4j did not answer within ${ANSWER_TIMEOUT_MS / 1000} s of its restart`, { cause: error });
      } finally {
        await session.close().catch(() => undefined);
      }
      await sleep(WATCH_INTERVAL_MS);
    }
  } finally {
    await driver.close();
  }
}

/** Resolves with the moment a restarting Neo4j's Bolt port first accepts a TCP connection. */
async function firstAccept(host: string, port: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const accepted = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (accepted) return performance.now();
    if (performance.now() - started > ANSWER_TIMEOUT_MS)
      throw new Error(`Neo4j's Bolt port did not accept within ${ANSWER_TIMEOUT_MS / 1000} s of its restart`);
    await sleep(WATCH_INTERVAL_MS);
  }
}

/** A lookup after the outage, tried again while the API is still catching up (a busy machine). */
async function lookUp(base: string, body: unknown): Promise<Exchange> {
  let result = await postGraphql(base, body, {}, 60_000);
  for (let attempt = 1; attempt < 10 && !succeeded(result); attempt += 1) {
    logger.debug({ attempt, code: result.code || result.status }, 'A lookup after the outage failed: trying again');
    await sleep(1000);
    result = await postGraphql(base, body, {}, 60_000);
  }
  return result;
}

export interface ExternalNeo4j {
  options: Parameters<typeof startEmbeddedNeo4j>[0];
  current: EmbeddedNeo4j;
}

export async function startExternal(options: { port: number; dataDir: string }): Promise<ExternalNeo4j> {
  const neo4jOptions = {
    host: '127.0.0.1',
    port: options.port,
    dataDir: options.dataDir,
    heap: '512m',
    pageCache: '128m',
    logger: createLogger('warn'),
  };
  return { options: neo4jOptions, current: await startEmbeddedNeo4j(neo4jOptions) };
}

export interface OutageResult {
  downSeconds: number;
  /** Requests started while Neo4j was down: how long the slowest took to fail. */
  failMaxMs: number;
  failP95Ms: number;
  healthDownMaxMs: number;
  /**
   * From Neo4j first answering a query of the suite's own after its restart to the start of the
   * last request that failed (0: none failed that started after it answered).
   */
  recoverMs: number;
  /** From the restart's beginning: Bolt accepting a connection, the launcher's READY, the first answer. */
  restart: { acceptsMs: number; readyMs: number; answersMs: number };
  /** From Bolt accepting again, and from Neo4j answering again, to the end of the API's first success. */
  acceptsToFirstOkMs: number;
  answersToFirstOkMs: number;
  masked: number;
  reads: { sent: number; ok: number };
  writes: {
    acknowledged: number;
    /** Acknowledged with SAVED_NOT_READ_BACK: saved, answered without the written entity. */
    savedNotReadBack: number;
    lost: number;
    failed: number;
    misreported: number;
    ambiguous: number;
    ambiguousCommitted: number;
    /** Writes not acknowledged, sent again with their Idempotency-Key after the outage: answered. */
    resentOk: number;
    /** Why resent writes failed: code → count. */
    resendFailures: Record<string, number>;
    presentAfterResend: number;
    total: number;
  };
  samples: Sample[];
}

/** How long the load goes on after Neo4j answers again: the recovery is measured in it. */
const AFTER_RETURN_MS = 20_000;

const WRITE = `mutation ($input: UpsertClusterInput!) { upsertCluster(input: $input) { cluster { id } } }`;

export async function runOutage(options: {
  base: string;
  neo4j: ExternalNeo4j;
  editorToken: string;
  readMix: () => Request;
  downSeconds: number;
}): Promise<OutageResult> {
  const { base, neo4j } = options;
  const asEditor = { authorization: `Bearer ${options.editorToken}` };
  const run = Date.now().toString(36);
  let written = 0;
  const writeIds: string[] = [];
  const nextWriteBody = (id: string) => ({
    query: WRITE,
    variables: {
      input: {
        id,
        name: `Reliability ${id}`,
        countryCode: 'FR',
        citations: [{ source: { id: 'reliability-source' }, excerpt: 'Written by npm run reliability.' }],
      },
    },
  });
  const nextWrite = (): Request => {
    const id = `reliability-${run}-${(written += 1)}`;
    writeIds.push(id);
    return {
      kind: `write:${id}`,
      // The data-in issue's Idempotency-Key: a write resent with it is saved once.
      headers: { ...asEditor, 'idempotency-key': id },
      body: nextWriteBody(id),
    };
  };
  // The source every write cites, written before the load (tried again while the machine is slow).
  const setupWrite = () =>
    postGraphql(
      base,
      {
        query: WRITE,
        variables: {
          input: {
            id: `reliability-${run}-0`,
            name: 'Reliability setup',
            countryCode: 'FR',
            citations: [
              {
                source: {
                  new: {
                    id: 'reliability-source',
                    title: 'npm run reliability',
                    url: 'https://example.org/reliability',
                  },
                },
                excerpt: 'Setup.',
              },
            ],
          },
        },
      },
      { ...asEditor, 'idempotency-key': `reliability-setup-${run}` },
    );
  let setup = await setupWrite();
  for (let attempt = 1; attempt < 5 && !succeeded(setup); attempt += 1) setup = await setupWrite();
  if (!succeeded(setup) && !setup.body.includes('CONFLICT'))
    throw new Error(`The outage setup write failed: ${setup.body}`);

  const started = performance.now();
  const health: { at: number; ms: number; status: number }[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const at = performance.now() - started;
      const result = await exchange(`${base}/health`, {}, 10_000);
      health.push({ at, ms: result.ms, status: result.status });
      await sleep(100);
    }
  })();

  // The load runs until AFTER_RETURN_MS after Neo4j answers again, however long its restart takes.
  let backAt = Number.POSITIVE_INFINITY;
  const until = () => performance.now() - started > backAt + AFTER_RETURN_MS;
  const reads = openLoop({ base, perSecond: 20, until, next: options.readMix, timeoutMs: 60_000 });
  const writes = openLoop({ base, perSecond: 5, until, next: nextWrite, timeoutMs: 60_000 });

  await sleep(8_000);
  const killAt = performance.now() - started;
  process.kill(neo4j.current.pid, 'SIGKILL');
  logger.debug({ at: Math.round(killAt) }, 'Neo4j killed: the database is down');
  await sleep(options.downSeconds * 1000);
  // Watched from the moment the restart begins: when Bolt accepts, when the launcher says READY,
  // when Neo4j answers a query (the recovery clock starts there).
  const restartAt = performance.now() - started;
  const { host, port } = neo4j.options;
  const watched = Promise.all([firstAccept(host, port), firstAnswer(`bolt://${host}:${port}`)]);
  neo4j.current = await startEmbeddedNeo4j(neo4j.options);
  const readyAt = performance.now() - started;
  logger.debug({ at: Math.round(readyAt) }, 'Neo4j restarted (READY): waiting until it answers');
  const [acceptedAt, answeredAt] = (await watched).map((at) => at - started) as [number, number];
  backAt = answeredAt;
  logger.debug(
    { acceptedAt: Math.round(acceptedAt), answeredAt: Math.round(answeredAt) },
    'Neo4j answers again: the recovery clock starts when it first did',
  );

  const [readSamples, writeSamples] = await Promise.all([reads, writes]);
  polling = false;
  await poller;

  const all: Sample[] = [...readSamples, ...writeSamples];
  const failedWhileDown = all.filter((s) => s.at >= killAt && s.at < backAt - 500 && !succeeded(s));
  const failedAfter = all.filter((s) => s.at >= backAt && !succeeded(s));
  const lastFailure = Math.max(backAt, ...failedAfter.map((s) => s.at));
  // The API's first complete answer after the kill: when it ended, whenever it started.
  const firstOkAfter = Math.min(
    ...all.filter((s) => s.at >= killAt && succeeded(s)).map((s) => s.at + s.ms),
    Number.POSITIVE_INFINITY,
  );
  const codes: Record<string, number> = {};
  for (const s of all)
    if (!succeeded(s)) codes[s.code || String(s.status)] = (codes[s.code || String(s.status)] ?? 0) + 1;

  // Which writes are in the graph now, whatever each was told (as many aliases as the limits allow).
  const inGraph = async () => {
    const present = new Set<string>();
    for (let i = 0; i < writeIds.length; i += 20) {
      const ids = writeIds.slice(i, i + 20);
      const query = `{ ${ids.map((id, n) => `c${n}: cluster(id: "${id}") { id }`).join(' ')} }`;
      const found = await lookUp(base, { query });
      if (!succeeded(found)) throw new Error(`Could not look the writes up after the outage: ${found.body}`);
      const data = (JSON.parse(found.body) as { data: Record<string, { id: string } | null> }).data;
      for (const value of Object.values(data)) if (value) present.add(value.id);
    }
    return present;
  };
  const present = await inGraph();
  // SAVED_NOT_READ_BACK tells the client its write is saved: an acknowledgement, without the answer.
  const saved = (s: Sample) => succeeded(s) || s.code === 'SAVED_NOT_READ_BACK';
  const writeId = (s: Sample) => s.kind.slice('write:'.length);
  // What a client does with a write not acknowledged: send it again, with the same key.
  let resentOk = 0;
  const resendFailures: Record<string, number> = {};
  for (const sample of writeSamples.filter((s) => !saved(s))) {
    const resent = await postGraphql(base, nextWriteBody(writeId(sample)), {
      ...asEditor,
      'idempotency-key': writeId(sample),
    });
    if (succeeded(resent)) resentOk += 1;
    else
      resendFailures[resent.code || String(resent.status)] =
        (resendFailures[resent.code || String(resent.status)] ?? 0) + 1;
  }
  const presentAfterResend = await inGraph();
  const acknowledged = writeSamples.filter(saved);
  const ambiguous = writeSamples.filter((s) => s.code === 'WRITE_OUTCOME_UNKNOWN');
  const failed = writeSamples.filter((s) => !saved(s) && s.code !== 'WRITE_OUTCOME_UNKNOWN');
  const failMs = failedWhileDown.map((s) => s.ms);
  return {
    downSeconds: Math.round((backAt - killAt) / 100) / 10,
    failMaxMs: Math.max(0, ...failMs),
    failP95Ms: percentile(failMs, 95),
    healthDownMaxMs: Math.max(0, ...health.filter((h) => h.at >= killAt && h.at < backAt - 500).map((h) => h.ms)),
    recoverMs: lastFailure - backAt,
    restart: {
      acceptsMs: acceptedAt - restartAt,
      readyMs: readyAt - restartAt,
      answersMs: answeredAt - restartAt,
    },
    acceptsToFirstOkMs: firstOkAfter - acceptedAt,
    answersToFirstOkMs: firstOkAfter - answeredAt,
    masked: all.filter((s: Exchange) => s.code === 'INTERNAL_SERVER_ERROR' || (s.status >= 500 && s.status !== 503))
      .length,
    reads: { sent: readSamples.length, ok: readSamples.filter(succeeded).length },
    writes: {
      acknowledged: acknowledged.length,
      savedNotReadBack: acknowledged.filter((s) => !succeeded(s)).length,
      lost: acknowledged.filter((s) => !present.has(writeId(s))).length,
      failed: failed.length,
      misreported: failed.filter((s) => present.has(writeId(s))).length,
      ambiguous: ambiguous.length,
      ambiguousCommitted: ambiguous.filter((s) => present.has(writeId(s))).length,
      resentOk,
      resendFailures,
      presentAfterResend: presentAfterResend.size,
      total: writeIds.length,
    },
    samples: all,
  };
}
