import { makeExecutableSchema } from '@graphql-tools/schema';
import { describe, expect, it } from 'vitest';
import { createContext } from '../context.js';
import { createDriver } from '../db/driver.js';
import { Executor } from '../db/executor.js';
import { createLogger } from '../logger.js';
import { jsonLengthBound, REQUEST_BUDGET } from './budget.js';
import { createApolloServer } from './graphql.js';

describe('jsonLengthBound', () => {
  it('is never under the length of the JSON, escapes and non-ASCII text included', () => {
    const values: unknown[] = [
      null,
      true,
      -Number.MIN_VALUE,
      Number.MAX_SAFE_INTEGER,
      '',
      'plain',
      '"quoted"\n\t\\ and \u0001 control',
      'Aéro Montréal 😀',
      [],
      {},
      { network: { nodes: [{ id: 'a', label: 'Ä', sectors: ['x', 'y'], degree: 3 }], edges: [] }, empty: null },
      [[[[['deep']]]]],
    ];
    for (const value of values)
      expect(jsonLengthBound(value, Infinity)).toBeGreaterThanOrEqual(JSON.stringify(value).length);
  });

  it('stops once past the limit, and cannot bound what is not JSON', () => {
    const long = Array.from({ length: 100_000 }, (_, i) => ({ id: `item-${i}` }));
    expect(jsonLengthBound(long, 1000)).toBeGreaterThan(1000);
    expect(jsonLengthBound(long, 1000)).toBeLessThan(2000);
    expect(jsonLengthBound({ at: new Date(0) }, Infinity)).toBe(Infinity);
    expect(jsonLengthBound({ f: () => 1 }, Infinity)).toBe(Infinity);
  });
});

/**
 * Issue 11 item 1: one anonymous query returned 7.7 MB and held the event loop for seconds; an
 * answer past the request's size budget must stop with one clear error, not be sent in part or in
 * whole. A schema of its own makes an answer that large without a database.
 */
describe('the size budget of an answer', () => {
  it('answers RESPONSE_TOO_LARGE, 400, with no data instead of an answer past the budget', async () => {
    const schema = makeExecutableSchema({
      typeDefs: 'type Query { large: String, small: String }',
      resolvers: { Query: { large: () => 'x'.repeat(REQUEST_BUDGET.responseBytes), small: () => 'ok' } },
    });
    const apollo = createApolloServer({ schema });
    await apollo.start();
    const logger = createLogger('silent');
    const driver = createDriver({ uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: '' });
    const ask = async (query: string) => {
      const contextValue = createContext({
        executor: new Executor({ driver, database: undefined, logger }),
        logger,
        auth: { header: undefined, editorToken: undefined, readToken: undefined },
      });
      const response = await apollo.executeOperation({ query }, { contextValue });
      return {
        status: response.http.status ?? 200,
        result: response.body.kind === 'single' ? response.body.singleResult : undefined,
      };
    };
    try {
      const large = await ask('{ small large }');
      expect(large.status).toBe(400);
      expect(large.result?.data).toBeNull();
      expect(large.result?.errors?.map((e) => e.extensions?.code)).toEqual(['RESPONSE_TOO_LARGE']);
      expect(large.result?.errors?.[0]?.message).toMatch(/larger than 10 MB/);
      expect(await ask('{ small }')).toMatchObject({ status: 200, result: { data: { small: 'ok' } } });
    } finally {
      await apollo.stop();
      await driver.close();
    }
  });
});
