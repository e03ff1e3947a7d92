import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express, { type Express } from 'express';
import type { Driver } from 'neo4j-driver';
import { createContext, type Context } from '../src/context.js';
import type { Executor } from '../src/db/executor.js';
import { createApp } from '../src/http/app.js';
import { createApolloServer, graphqlRoute } from '../src/http/graphql.js';
import type { Logger } from '../src/logger.js';
import { NEO4J_GRAPHQL_TYPEDEFS, type Json, type Scenario } from './scenarios.js';

/** The contenders: each answers a scenario once and says what it got and how many round trips it cost. */

export interface Answer {
  summary: string;
  /** Cypher statements sent, where the contender can count them (ours). */
  roundTrips: number | null;
}

export interface Contender {
  name: string;
  run(scenario: Scenario): Promise<Answer>;
  close(): Promise<void>;
}

function dataOf(response: Awaited<ReturnType<ApolloServer<never>['executeOperation']>>, who: string): Json {
  if (response.body.kind !== 'single') throw new Error(`${who}: expected a single result`);
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw new Error(`${who}: ${errors.map((e) => e.message).join('; ')}`);
  return (data ?? {}) as Json;
}

/**
 * (a) The floor: the hand-written Cypher in one auto-commit read transaction (one round trip, the
 * cheapest way the driver runs one statement, as our executor reads), records to plain objects.
 */
export function rawCypher(driver: Driver, database: string | undefined): Contender {
  return {
    name: 'raw Cypher',
    async run(scenario) {
      const session = driver.session({ database, defaultAccessMode: 'READ' });
      try {
        const result = await session.run(scenario.raw.cypher, scenario.raw.params);
        const rows = result.records.map((record) => record.toObject() as Json);
        return { summary: scenario.summarise.raw(rows), roundTrips: 1 };
      } finally {
        await session.close();
      }
    },
    close: async () => undefined,
  };
}

/** (b) Our API in process: Apollo's pipeline (limits, masking, plugins) and a fresh context per operation. */
export async function oursInProcess(
  executor: Executor,
  logger: Logger,
): Promise<Contender & { server: ApolloServer<Context> }> {
  const server = createApolloServer();
  await server.start();
  return {
    name: 'ours',
    server,
    async run(scenario) {
      const contextValue = createContext({
        executor,
        logger,
        auth: { header: undefined, editorToken: undefined, readToken: undefined },
      });
      const response = await server.executeOperation(
        { query: scenario.ours.query, variables: scenario.ours.variables },
        { contextValue },
      );
      return {
        summary: scenario.summarise.ours(dataOf(response, 'ours')),
        roundTrips: contextValue.executor.roundTripCount,
      };
    },
    close: () => server.stop(),
  };
}

/** Our Express app with /graphql as the server serves it (response cache off), for HTTP contenders. */
export async function oursApp(executor: Executor, logger: Logger): Promise<{ app: Express; close(): Promise<void> }> {
  const server = createApolloServer();
  await server.start();
  const app = createApp({
    executor,
    graphql: graphqlRoute(server, { executor, logger, auth: { editorToken: undefined, readToken: undefined } }),
  });
  return { app, close: () => server.stop() };
}

/** (b') Our API over HTTP on 127.0.0.1: Express, body parsing and JSON serialisation included. */
export async function oursOverHttp(executor: Executor, logger: Logger): Promise<Contender> {
  const ours = await oursApp(executor, logger);
  const http = await new Promise<Server>((resolve) => {
    const listening: Server = ours.app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  return {
    name: 'ours HTTP',
    async run(scenario) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: scenario.ours.query, variables: scenario.ours.variables }),
      });
      const body = (await response.json()) as { data?: Json; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(`ours HTTP: ${body.errors.map((e) => e.message).join('; ')}`);
      return {
        summary: scenario.summarise.ours(body.data ?? {}),
        roundTrips: Number(response.headers.get('x-atlas-round-trips')),
      };
    },
    close: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await ours.close();
    },
  };
}

/** @neo4j/graphql's schema for the bench's type definitions in Apollo Server, with the same default plugins turned off as ours. */
async function neo4jGraphqlServer(driver: Driver): Promise<ApolloServer<Json>> {
  const library = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver });
  const server = new ApolloServer<Json>({
    schema: await library.getSchema(),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
    ],
  });
  await server.start();
  return server;
}

const neo4jGraphqlContext = (database: string | undefined): Json => (database ? { sessionConfig: { database } } : {});

/** (c) @neo4j/graphql over the same driver, in process. */
export async function neo4jGraphql(driver: Driver, database: string | undefined): Promise<Contender> {
  const server = await neo4jGraphqlServer(driver);
  return {
    name: '@neo4j/graphql',
    async run(scenario) {
      const response = await server.executeOperation(
        { query: scenario.neo4jGraphql.query, variables: scenario.neo4jGraphql.variables },
        { contextValue: neo4jGraphqlContext(database) },
      );
      return { summary: scenario.summarise.neo4jGraphql(dataOf(response, '@neo4j/graphql')), roundTrips: null };
    },
    close: () => server.stop(),
  };
}

/** @neo4j/graphql at /graphql of an Express app, as a user of the library would serve it. */
export async function neo4jGraphqlApp(
  driver: Driver,
  database: string | undefined,
): Promise<{ app: Express; close(): Promise<void> }> {
  const server = await neo4jGraphqlServer(driver);
  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json({ limit: '256kb' }),
    expressMiddleware(server, { context: async () => neo4jGraphqlContext(database) }),
  );
  return { app, close: () => server.stop() };
}
