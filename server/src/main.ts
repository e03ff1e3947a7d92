import path from 'node:path';
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { ConfigError, loadConfig, REPO_ROOT } from './config.js';
import type { Context } from './context.js';
import { openDatabase, prepareGraph, type Database } from './db/database.js';
import { EmbeddedNeo4jError } from './db/embedded-errors.js';
import { createApp } from './http/app.js';
import { createApolloServer, graphqlRoute } from './http/graphql.js';
import { warmUp } from './warm-up.js';
import { buildSchema } from './schema/index.js';
import { NetworkAnswers, warmDrillDowns } from './graph/network/answers.js';
import { Analysis } from './graph/analysis/refresh.js';
import { ImportJobs } from './graph/imports/jobs.js';
import { createLogger } from './logger.js';
import { ensureSynthetic, ForeignDataError } from './synthetic/load.js';

/** The composition root: config, database, graph, GraphQL, HTTP; and a clean stop in reverse order. */

async function main(): Promise<void> {
  // `npm run start:large` passes --large: the synthetic graph instead of the seed, same settings otherwise.
  const config = loadConfig(
    process.argv.includes('--large') ? { ...process.env, ATLAS_GRAPH: 'synthetic' } : process.env,
  );
  const logger = createLogger(config.logLevel);
  // What is running so far, stopped in reverse order whenever a stop comes.
  const running: { server?: Server; apollo?: ApolloServer<Context>; database?: Database; analysis?: Analysis } = {};
  let stopping = false;

  const stop = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    logger.info('Stopping: HTTP, then the API, then the database…');
    const { server, apollo, database, analysis } = running;
    // close() drops idle keep-alive connections at once and lets requests in flight finish.
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await apollo?.stop();
    analysis?.stop();
    await database?.close();
    process.exit(exitCode);
  };
  // `on`, not `once`: one Ctrl-C reaches this process several times (the terminal's process group,
  // then npm relaying it), and a repeat must not kill it midway through the stop. Started with
  // `node --import tsx`, not tsx's command: that one relays a signal in a second process, and when
  // this one takes over 30 ms to acknowledge it (a busy machine), kills it with SIGKILL, mid-stop.
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const database = await openDatabase({
    config: config.neo4j,
    logger,
    transactionsAtOnce: config.transactionsAtOnce,
    turnWaitMs: config.turnWaitMs,
    onEmbeddedExit: (error) => {
      logger.fatal(error.message);
      void stop(1);
    },
  });
  running.database = database;
  if (config.graph.kind === 'seed') await prepareGraph({ executor: database.executor, logger });
  else
    await ensureSynthetic({
      executor: database.executor,
      logger,
      force: false,
      progress: process.stdout.isTTY,
      clusters: config.graph.clusters,
    });
  // The analysis runs beside serving, in the background: until it is fresh, Query.analysis says so.
  // Started before the warm-up, so that its first run (Graph Data Science's first use in Neo4j's
  // JVM: 17 s of the seed's projection at load 13) overlaps the warm-up rather than the first
  // visitors: after the warm-up, every request was slow until it ended (28 s, against 8 s without it).
  const analysis = new Analysis({ executor: database.executor.inBackground(), logger });
  running.analysis = analysis;
  void analysis.start();
  // Only a head start: a warm-up that fails (a statement over its time limit on a busy machine) must
  // not stop a server that can answer.
  const networkAnswers = new NetworkAnswers();
  const schema = buildSchema();
  const warmOptions = { answers: networkAnswers, schema, logger, depth: config.warmUp };
  const warmed = await warmUp(database.executor, warmOptions).catch((error: unknown) => {
    logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'Warm-up failed; serving anyway');
    return null;
  });
  // The same warm-up again whenever an external Neo4j comes back from an outage, restarted and
  // cold (in the background, requests going through); and an analysis run it stopped, again.
  database.executor.warmOnReturn(async (executor) => {
    analysis.retryAfterOutage();
    await warmUp(executor, warmOptions);
  });
  const imports = new ImportJobs({ executor: database.executor, logger });
  const apollo = createApolloServer({ schema, responseCache: true });
  running.apollo = apollo;
  await apollo.start();
  const app = createApp({
    executor: database.executor,
    graphql: graphqlRoute(apollo, {
      executor: database.executor,
      logger,
      auth: config.auth,
      analysis,
      imports,
      networkAnswers,
    }),
    webDist: path.join(REPO_ROOT, 'web/dist'),
    ...(config.http.trustProxy ? { trustProxy: config.http.trustProxy } : {}),
  });
  const server = app.listen(config.http.port, config.http.host, () => {
    const host = config.http.host === '127.0.0.1' ? 'localhost' : config.http.host;
    logger.info(
      `Cluster Atlas on http://${host}:${config.http.port} (playground: http://${host}:${config.http.port}/graphql)`,
    );
    if (config.auth.readToken) logger.info('Reads require the read token (ATLAS_READ_TOKEN).');
  });
  running.server = server;
  if (warmed) warmDrillDowns(warmed, logger);
  server.on('error', (error: NodeJS.ErrnoException) => {
    logger.fatal(
      error.code === 'EADDRINUSE'
        ? `Port ${config.http.port} is already in use: stop the other process or set PORT to a free port.`
        : error.message,
    );
    void stop(1);
  });
}

main().catch((error: unknown) => {
  const known =
    error instanceof EmbeddedNeo4jError || error instanceof ConfigError || error instanceof ForeignDataError;
  process.stderr.write(`\n${known ? error.message : String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
