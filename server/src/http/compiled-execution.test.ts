import type { ApolloServer } from '@apollo/server';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type Context } from '../context.js';
import { createDriver } from '../db/driver.js';
import { Executor } from '../db/executor.js';
import { createLogger } from '../logger.js';
import { createApolloServer } from './graphql.js';

/**
 * A document runs through graphql-js the first time and compiled (graphql-jit) from the second:
 * both must answer alike, errors and their codes included. The driver points at a closed port,
 * so a request that reaches the database answers DATABASE_UNAVAILABLE.
 */

const logger = createLogger('silent');
const driver = createDriver({ uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: '' });
const executor = new Executor({ driver, database: undefined, logger });
let apollo: ApolloServer<Context>;

beforeAll(async () => {
  apollo = createApolloServer();
  await apollo.start();
});

afterAll(async () => {
  await apollo.stop();
  await driver.close();
});

async function send(query: string, variables: Record<string, unknown> = {}) {
  const contextValue = createContext({
    executor,
    logger,
    auth: { header: undefined, editorToken: undefined, readToken: undefined },
  });
  const response = await apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return {
    status: response.http.status ?? 200,
    data,
    errors: errors?.map(({ message, path, extensions }) => ({ message, path, code: extensions?.code })),
  };
}

/** The first answer (graphql-js) and the second (compiled) of the same document. */
const twice = async (query: string, variables?: Record<string, unknown>) => [
  await send(query, variables),
  await send(query, variables),
];

describe('compiled execution', () => {
  it('answers introspection as graphql-js does', async () => {
    const [first, second] = await twice(getIntrospectionQuery());
    expect(first?.errors).toBeUndefined();
    expect(second).toEqual(first);
  });

  it('keeps BAD_USER_INPUT and 400 for a variable of the wrong type', async () => {
    const [first, second] = await twice(
      'query ($depth: Int!) { neighbourhood(id: "x", depth: $depth) { nodes { id } } }',
      {
        depth: 'deep',
      },
    );
    expect(first).toMatchObject({ status: 400, errors: [{ code: 'BAD_USER_INPUT' }] });
    expect(second).toEqual(first);
  });

  it("keeps a resolver's own error code and path", async () => {
    const [first, second] = await twice('{ neighbourhood(id: "x", depth: 9) { nodes { id } } }');
    expect(first).toMatchObject({ errors: [{ code: 'BAD_USER_INPUT', path: ['neighbourhood'] }] });
    expect(second).toEqual(first);
  });

  it('keeps DATABASE_UNAVAILABLE when the database does not answer', async () => {
    const [first, second] = await twice('{ cluster(id: "x") { id name } }');
    expect(first).toMatchObject({ errors: [{ code: 'DATABASE_UNAVAILABLE', path: ['cluster'] }] });
    expect(second).toEqual(first);
  });
});
