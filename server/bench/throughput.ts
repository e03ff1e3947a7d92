import { fork } from 'node:child_process';
import os from 'node:os';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import express, { type Express } from 'express';
import type { Driver } from 'neo4j-driver';
import { REQUEST_BUDGET } from '../src/http/budget.js';
import { cpuMsOf, ownCpuMs } from './cpu.js';
import type { Json, Scenario } from './scenarios.js';
import type { ServedContender, ServedDatabase } from './serve.js';

/**
 * Throughput: requests per second over HTTP at a fixed concurrency (autocannon, 16 connections,
 * a fixed number of requests per query (see cannon), its client in a worker thread), our server against an @neo4j/graphql
 * server on the same database, one query after the other, each server in a Node process of its own
 * (serve.ts). Beside each rate, the CPU time per request of that server's process, of Neo4j's
 * and of the load generator (this process), read from /proc: on a machine of few cores they share,
 * it says where the throughput goes. Then the 1,500-element network over our
 * HTTP endpoint against Express sending the same JSON: once as a fixed body (what HTTP and JSON
 * alone cost) and once as a hand-written route that runs the floor's Cypher per request.
 * Our response cache stays off: every request reads the database.
 */

const SECONDS = Number(process.env.BENCH_THROUGHPUT_S ?? 5);

export const THROUGHPUT = {
  connections: 16,
  seconds: SECONDS,
  /**
   * The unmeasured run under the same load before each measured one, which also sets how many
   * requests that one sends: as long as it. A server's first seconds after its own heavier query
   * (the order puts ours' search, 1-hop and path after its page, network and 2-hop) cost it 25–50 %
   * more CPU per request, for longer than the 1 s this was until 7 December (ninth pass).
   */
  warmUpSeconds: SECONDS,
  /**
   * Rounds per query, each a run of both servers, the figure the median round's: with one run
   * apiece, two full runs half an hour apart read search 1.67× then 1.16× the library, the path
   * 1.36× then 2.30×, the same code (7 December).
   */
  rounds: Number(process.env.BENCH_THROUGHPUT_ROUNDS ?? 3),
  /** At least this many waves of `connections` requests, however slow the query. */
  minimumWaves: 10,
};

export interface Rate {
  /** Mean requests per second over the run. */
  perSecond: number;
  /** Median latency, ms. */
  p50: number;
  /** Requests that failed: connection errors, timeouts, non-2xx answers. */
  failed: number;
  /** CPU time per request during the run, ms (user + system); null where it cannot be read. */
  cpu: CpuPerRequest;
  /** The summary (sizes) of the answer to the request checked first, to compare the servers' answers. */
  answer?: string;
}

export interface CpuPerRequest {
  /** The server's Node process (null when it runs in this process, or without /proc). */
  server: number | null;
  /** Neo4j's JVM (null for an external Neo4j, or without /proc). */
  neo4j: number | null;
  /** The load generator: this process, autocannon's worker thread included. */
  client: number;
  /** All three together over the run's wall time: how many of the machine's cores they kept busy. */
  cores: number | null;
}

/** Where the processes of a run are, to read their CPU time. */
interface Pids {
  server: number | null;
  neo4j: number | null;
}

export interface ThroughputFigures {
  /** Per query, the round of median ratio, and every round's ratio (ours ÷ @neo4j/graphql req/s). */
  queries: { name: string; ours: Rate | Error; neo4jGraphql: Rate | Error; roundRatios: number[] }[];
  /** The network scenario over HTTP: ours, Express with a fixed body, Express running the floor's Cypher. */
  network: { elements: number; bytes: number; ours: Rate; fixed: Rate; sameRead: Rate } | null;
}

async function listen(app: Express): Promise<{ url: string; close(): Promise<void> }> {
  const server = await new Promise<Server>((resolve) => {
    const listening: Server = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const post = (body: Json) => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** One request first: a query that fails is reported as such, not measured as fast errors. */
async function check(url: string, body: Json): Promise<string> {
  const response = await fetch(url, post(body));
  const text = await response.text();
  const errors = (JSON.parse(text) as { errors?: { message: string }[] }).errors;
  if (!response.ok || errors?.length)
    throw new Error(`HTTP ${response.status}: ${errors?.map((e) => e.message).join('; ') ?? text.slice(0, 200)}`);
  return text;
}

/**
 * A fixed number of requests, not a fixed window: a window that closes on requests still running
 * counts their CPU time but not them, and holds only one or two waves of a query that takes
 * seconds under load (stats): its rate and CPU per request then depend on where the window falls.
 * A warm-up run of `warmUpSeconds` under the same load sets the number: what its rate gives in
 * `seconds`, at least `minimumWaves` waves of the connections. Every request sent is answered
 * inside the measured run.
 */
async function cannon(url: string, request: ReturnType<typeof post> | { method: 'GET' }, pids: Pids): Promise<Rate> {
  // A request is answered or refused by the server within its budget, never dropped by the client
  // meanwhile (autocannon's default is 10 s): a dropped request's work would go on uncounted.
  const timeout = REQUEST_BUDGET.ms / 1000 + 1;
  const options = { url, connections: THROUGHPUT.connections, workers: 1, timeout, ...request };
  const warmUp = await autocannon({ ...options, duration: THROUGHPUT.warmUpSeconds });
  const amount = Math.max(
    THROUGHPUT.minimumWaves * THROUGHPUT.connections,
    Math.round((warmUp.requests.total / THROUGHPUT.warmUpSeconds) * THROUGHPUT.seconds),
  );
  const before = { server: cpuMsOf(pids.server), neo4j: cpuMsOf(pids.neo4j), client: ownCpuMs() };
  const started = performance.now();
  const result = await autocannon({ ...options, amount });
  const wallMs = performance.now() - started;
  const spent = (now: number | null, then: number | null) => (now === null || then === null ? null : now - then);
  const server = spent(cpuMsOf(pids.server), before.server);
  const neo4j = spent(cpuMsOf(pids.neo4j), before.neo4j);
  const client = ownCpuMs() - before.client;
  const requests = Math.max(result.requests.total, 1);
  return {
    // Over the run's wall time: autocannon's average is of whole seconds, and the last one is partial.
    perSecond: (result.requests.total * 1000) / wallMs,
    p50: result.latency.p50,
    failed: result.errors + result.timeouts + result.non2xx,
    cpu: {
      server: server === null ? null : server / requests,
      neo4j: neo4j === null ? null : neo4j / requests,
      client: client / requests,
      cores: server === null || neo4j === null ? null : (server + neo4j + client) / wallMs,
    },
  };
}

async function rate(
  url: string,
  request: { body: Json; summarise: (data: Json) => string },
  pids: Pids,
): Promise<Rate | Error> {
  try {
    const answer = request.summarise((JSON.parse(await check(url, request.body)) as { data: Json }).data);
    return { ...(await cannon(url, post(request.body), pids)), answer };
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

interface Served {
  url: string;
  pid: number | null;
  close(): Promise<void>;
}

/** A server of serve.ts in a Node process of its own, listening once this resolves. */
async function serve(who: ServedContender, database: ServedDatabase): Promise<Served> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const child = fork(path.join(here, 'serve.ts'), [who], {
    cwd: path.join(here, '..'),
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_NEO4J: JSON.stringify(database) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { url: string }).url));
    void exited.then(() => reject(new Error(`the ${who} server stopped before listening`)));
  });
  return {
    url,
    pid: child.pid ?? null,
    close: async () => {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}

export async function measureThroughput(options: {
  database: ServedDatabase;
  /** Neo4j's JVM, when embedded. */
  neo4jPid: number | null;
  driver: Driver;
  scenarios: Scenario[];
  log: (text: string) => void;
}): Promise<ThroughputFigures> {
  const servers: Served[] = [];
  try {
    const ours = await serve('ours', options.database);
    servers.push(ours);
    const neo = await serve('neo4j-graphql', options.database);
    servers.push(neo);
    const queries: ThroughputFigures['queries'] = [];
    for (const [index, scenario] of options.scenarios.entries()) {
      options.log(`throughput: ${scenario.name} … `);
      const runOurs = () =>
        rate(
          `${ours.url}/graphql`,
          { body: scenario.ours, summarise: scenario.summarise.ours },
          { server: ours.pid, neo4j: options.neo4jPid },
        );
      const runTheirs = () =>
        rate(
          `${neo.url}/graphql`,
          { body: scenario.neo4jGraphql, summarise: scenario.summarise.neo4jGraphql },
          { server: neo.pid, neo4j: options.neo4jPid },
        );
      const rounds: { ours: Rate | Error; neo4jGraphql: Rate | Error }[] = [];
      for (let round = 0; round < THROUGHPUT.rounds; round += 1) {
        // Who goes first alternates: a run's window takes in what Neo4j still does for the run before
        // (ours always followed the library's, and search read 1.88 ms of Neo4j CPU a request against
        // 1.08–1.63 alternated, 6 December).
        if ((index + round) % 2 === 0) {
          const oursRate = await runOurs();
          rounds.push({ ours: oursRate, neo4jGraphql: await runTheirs() });
        } else {
          const theirs = await runTheirs();
          rounds.push({ ours: await runOurs(), neo4jGraphql: theirs });
        }
      }
      queries.push({ name: scenario.name, ...medianRound(rounds) });
      options.log('done\n');
    }
    const network = options.scenarios.find((s) => s.name === 'network');
    return {
      queries,
      network: network ? await networkOverHttp({ ...options, scenario: network, ours }) : null,
    };
  } finally {
    for (const server of servers) await server.close();
  }
}

/** The round of median ratio, and every round's ratio; a failed run is the query's answer. */
function medianRound(rounds: { ours: Rate | Error; neo4jGraphql: Rate | Error }[]): {
  ours: Rate | Error;
  neo4jGraphql: Rate | Error;
  roundRatios: number[];
} {
  const failed = rounds.find((r) => r.ours instanceof Error || r.neo4jGraphql instanceof Error) ?? rounds[0]!;
  const rated = rounds.flatMap(({ ours, neo4jGraphql }) =>
    ours instanceof Error || neo4jGraphql instanceof Error || !neo4jGraphql.perSecond
      ? []
      : [{ ours, neo4jGraphql, ratio: ours.perSecond / neo4jGraphql.perSecond }],
  );
  if (rated.length < rounds.length) return { ...failed, roundRatios: rated.map((r) => r.ratio) };
  const sorted = [...rated].sort((a, b) => a.ratio - b.ratio);
  const { ours, neo4jGraphql } = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ours, neo4jGraphql, roundRatios: rated.map((r) => r.ratio) };
}

/** The network over our /graphql against Express sending the same JSON body. */
async function networkOverHttp(options: {
  driver: Driver;
  neo4jPid: number | null;
  scenario: Scenario;
  ours: Served;
  log: (text: string) => void;
}): Promise<ThroughputFigures['network']> {
  options.log('throughput: network against Express … ');
  const body = await check(`${options.ours.url}/graphql`, options.scenario.ours);
  const data = JSON.parse(body) as { data: { network: { nodes: unknown[]; edges: unknown[] } } };
  const { cypher, params } = options.scenario.raw;
  const app = express();
  app.disable('x-powered-by');
  app.get('/fixed', (_request, response) => {
    response.type('application/json').send(body);
  });
  app.get('/same-read', async (_request, response) => {
    const session = options.driver.session({ defaultAccessMode: 'READ' });
    try {
      const result = await session.run(cypher, params);
      response.json({ data: { network: result.records[0]?.get('network') as unknown } });
    } finally {
      await session.close();
    }
  });
  const server = await listen(app);
  try {
    const figures = {
      elements: data.data.network.nodes.length + data.data.network.edges.length,
      bytes: Buffer.byteLength(body),
      ours: await cannon(`${options.ours.url}/graphql`, post(options.scenario.ours), {
        server: options.ours.pid,
        neo4j: options.neo4jPid,
      }),
      // Express runs in this process, beside the load generator: its CPU time counts as the client's.
      fixed: await cannon(`${server.url}/fixed`, { method: 'GET' }, { server: null, neo4j: options.neo4jPid }),
      sameRead: await cannon(`${server.url}/same-read`, { method: 'GET' }, { server: null, neo4j: options.neo4jPid }),
    };
    options.log('done\n');
    return figures;
  } finally {
    await server.close();
  }
}

const perSecond = (r: Rate | Error) =>
  r instanceof Error ? 'failed' : `${r.perSecond.toFixed(1)}${r.failed ? ` (${r.failed} failed)` : ''}`;
const p50 = (r: Rate | Error) => (r instanceof Error ? '–' : `${r.p50.toFixed(1)}`);
const cpuMs = (value: number | null) => (value === null ? '–' : value.toFixed(2));
/** CPU ms per request: the server's Node, Neo4j, the load generator. */
const cpu = (r: Rate | Error) =>
  r instanceof Error ? '–' : `${cpuMs(r.cpu.server)} · ${cpuMs(r.cpu.neo4j)} · ${cpuMs(r.cpu.client)}`;
const cores = (r: Rate | Error) => (r instanceof Error || r.cpu.cores === null ? '–' : r.cpu.cores.toFixed(2));

/**
 * ours ÷ @neo4j/graphql req/s, per query (undefined where one failed), and whether the two servers
 * answered alike (sizes): a rate of a different answer compares two questions.
 */
export function throughputRatios(
  figures: ThroughputFigures,
): { name: string; ratio: number | undefined; sameAnswer: boolean }[] {
  return figures.queries.map((q) => ({
    name: q.name,
    ratio:
      q.ours instanceof Error || q.neo4jGraphql instanceof Error || !q.neo4jGraphql.perSecond
        ? undefined
        : q.ours.perSecond / q.neo4jGraphql.perSecond,
    sameAnswer:
      !(q.ours instanceof Error) &&
      !(q.neo4jGraphql instanceof Error) &&
      q.ours.answer !== undefined &&
      q.ours.answer === q.neo4jGraphql.answer,
  }));
}

/** Ours ÷ Express, time per request (req/s inverted): against the fixed body and against the same read. */
export function networkRatios(n: NonNullable<ThroughputFigures['network']>): { fixed: number; sameRead: number } {
  return { fixed: n.fixed.perSecond / n.ours.perSecond, sameRead: n.sameRead.perSecond / n.ours.perSecond };
}

export function renderThroughput(figures: ThroughputFigures): string[] {
  const ratios = new Map(throughputRatios(figures).map((r) => [r.name, r]));
  const lines = [
    `Throughput over HTTP on 127.0.0.1: autocannon, ${THROUGHPUT.connections} connections, ${THROUGHPUT.rounds} rounds per query, each one run per server (who goes first alternating from one run to the next) of a fixed number of requests (what a ${THROUGHPUT.warmUpSeconds} s warm-up's rate gives in ${THROUGHPUT.seconds} s, at least ${THROUGHPUT.minimumWaves * THROUGHPUT.connections}), every one answered inside the run; a row is the round of median ratio, every round's ratio beside it; our response cache off; each server in a Node process of its own.`,
    `CPU ms per request (user + system, from /proc, over the run): the server's Node process · Neo4j's JVM · the load generator; "cores" is the three together over the run's wall time, of the machine's ${os.cpus().length}.`,
    '',
    '| query | ours req/s | @neo4j/graphql req/s | ours ÷ @neo4j/graphql | ours p50 ms | @neo4j/graphql p50 ms | ours CPU ms/req: Node · Neo4j · client | @neo4j/graphql CPU ms/req: Node · Neo4j · client | cores busy: ours, @neo4j/graphql |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...figures.queries.map((q) => {
      const r = ratios.get(q.name);
      const each = q.roundRatios.length > 1 ? ` (rounds ${q.roundRatios.map((x) => x.toFixed(2)).join(', ')})` : '';
      const ratio =
        r?.ratio === undefined ? '–' : `${r.ratio.toFixed(2)}×${each}${r.sameAnswer ? '' : ' (answers differ)'}`;
      return `| ${q.name} | ${perSecond(q.ours)} | ${perSecond(q.neo4jGraphql)} | ${ratio} | ${p50(q.ours)} | ${p50(q.neo4jGraphql)} | ${cpu(q.ours)} | ${cpu(q.neo4jGraphql)} | ${cores(q.ours)}, ${cores(q.neo4jGraphql)} |`;
    }),
    ...figures.queries.flatMap((q) =>
      q.ours instanceof Error || q.neo4jGraphql instanceof Error || q.ours.answer === q.neo4jGraphql.answer
        ? []
        : [`- ${q.name}: the answers differ: ours ${q.ours.answer}; @neo4j/graphql ${q.neo4jGraphql.answer}`],
    ),
    ...figures.queries.flatMap((q) =>
      [
        ['ours', q.ours],
        ['@neo4j/graphql', q.neo4jGraphql],
      ].flatMap(([who, r]) => (r instanceof Error ? [`- ${q.name}, ${String(who)}: ${r.message.split('\n')[0]}`] : [])),
    ),
  ];
  const n = figures.network;
  if (n) {
    lines.push(
      '',
      `The network (${n.elements.toLocaleString('en')} elements, ${Math.round(n.bytes / 1024)} KB of JSON) over HTTP, same ${THROUGHPUT.connections} connections:`,
      '',
      '| served by | req/s | p50 ms |',
      '| --- | ---: | ---: |',
      `| ours (/graphql) | ${perSecond(n.ours)} | ${p50(n.ours)} |`,
      `| Express, the same JSON as a fixed body | ${perSecond(n.fixed)} | ${p50(n.fixed)} |`,
      `| Express, the floor's Cypher per request, res.json | ${perSecond(n.sameRead)} | ${p50(n.sameRead)} |`,
      '',
      `Ours ÷ Express, time per request (the inverse of req/s): ${networkRatios(n).fixed.toFixed(1)}× the fixed body, ${networkRatios(n).sameRead.toFixed(2)}× the same read.`,
    );
  }
  return lines;
}
