import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import express, { type Express } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../src/db/executor.js';
import type { Logger } from '../src/logger.js';
import { neo4jGraphqlApp, oursApp } from './contenders.js';
import type { Json, Scenario } from './scenarios.js';

/**
 * Throughput: requests per second over HTTP at a fixed concurrency (autocannon, 16 connections,
 * a fixed duration per query, its client in a worker thread), our server against an @neo4j/graphql
 * server on the same database, one query after the other. Then the 1,500-element network over our
 * HTTP endpoint against Express sending the same JSON: once as a fixed body (what HTTP and JSON
 * alone cost) and once as a hand-written route that runs the floor's Cypher per request.
 * Our response cache stays off: every request reads the database.
 */

export const THROUGHPUT = {
  connections: 16,
  seconds: Number(process.env.BENCH_THROUGHPUT_S ?? 5),
};

export interface Rate {
  /** Mean requests per second over the run. */
  perSecond: number;
  /** Median latency, ms. */
  p50: number;
  /** Requests that failed: connection errors, timeouts, non-2xx answers. */
  failed: number;
}

export interface ThroughputFigures {
  queries: { name: string; ours: Rate | Error; neo4jGraphql: Rate | Error }[];
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

async function cannon(url: string, request: ReturnType<typeof post> | { method: 'GET' }): Promise<Rate> {
  const result = await autocannon({
    url,
    connections: THROUGHPUT.connections,
    duration: THROUGHPUT.seconds,
    workers: 1,
    ...request,
  });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    failed: result.errors + result.timeouts + result.non2xx,
  };
}

async function rate(url: string, body: Json): Promise<Rate | Error> {
  try {
    await check(url, body);
    return await cannon(url, post(body));
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

export async function measureThroughput(options: {
  executor: Executor;
  driver: Driver;
  logger: Logger;
  scenarios: Scenario[];
  log: (text: string) => void;
}): Promise<ThroughputFigures> {
  const ours = await oursApp(options.executor, options.logger);
  const neo = await neo4jGraphqlApp(options.driver, undefined);
  const oursHttp = await listen(ours.app);
  const neoHttp = await listen(neo.app);
  try {
    const queries: ThroughputFigures['queries'] = [];
    for (const scenario of options.scenarios) {
      options.log(`throughput: ${scenario.name} … `);
      queries.push({
        name: scenario.name,
        ours: await rate(`${oursHttp.url}/graphql`, scenario.ours),
        neo4jGraphql: await rate(`${neoHttp.url}/graphql`, scenario.neo4jGraphql),
      });
      options.log('done\n');
    }
    const network = options.scenarios.find((s) => s.name === 'network');
    return {
      queries,
      network: network ? await networkOverHttp({ ...options, scenario: network, ours: oursHttp.url }) : null,
    };
  } finally {
    await oursHttp.close();
    await neoHttp.close();
    await ours.close();
    await neo.close();
  }
}

/** The network over our /graphql against Express sending the same JSON body. */
async function networkOverHttp(options: {
  driver: Driver;
  scenario: Scenario;
  ours: string;
  log: (text: string) => void;
}): Promise<ThroughputFigures['network']> {
  options.log('throughput: network against Express … ');
  const body = await check(`${options.ours}/graphql`, options.scenario.ours);
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
      const result = await session.executeRead((tx) => tx.run(cypher, params));
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
      ours: await cannon(`${options.ours}/graphql`, post(options.scenario.ours)),
      fixed: await cannon(`${server.url}/fixed`, { method: 'GET' }),
      sameRead: await cannon(`${server.url}/same-read`, { method: 'GET' }),
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

/** ours ÷ @neo4j/graphql req/s, per query (undefined where one failed). */
export function throughputRatios(figures: ThroughputFigures): { name: string; ratio: number | undefined }[] {
  return figures.queries.map((q) => ({
    name: q.name,
    ratio:
      q.ours instanceof Error || q.neo4jGraphql instanceof Error || !q.neo4jGraphql.perSecond
        ? undefined
        : q.ours.perSecond / q.neo4jGraphql.perSecond,
  }));
}

/** Ours ÷ Express, time per request (req/s inverted): against the fixed body and against the same read. */
export function networkRatios(n: NonNullable<ThroughputFigures['network']>): { fixed: number; sameRead: number } {
  return { fixed: n.fixed.perSecond / n.ours.perSecond, sameRead: n.sameRead.perSecond / n.ours.perSecond };
}

export function renderThroughput(figures: ThroughputFigures): string[] {
  const ratios = new Map(throughputRatios(figures).map((r) => [r.name, r.ratio]));
  const lines = [
    `Throughput over HTTP on 127.0.0.1: autocannon, ${THROUGHPUT.connections} connections, ${THROUGHPUT.seconds} s per query and server, one run; our response cache off.`,
    '',
    '| query | ours req/s | @neo4j/graphql req/s | ours ÷ @neo4j/graphql | ours p50 ms | @neo4j/graphql p50 ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...figures.queries.map((q) => {
      const ratio = ratios.get(q.name);
      return `| ${q.name} | ${perSecond(q.ours)} | ${perSecond(q.neo4jGraphql)} | ${ratio === undefined ? '–' : `${ratio.toFixed(2)}×`} | ${p50(q.ours)} | ${p50(q.neo4jGraphql)} |`;
    }),
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
