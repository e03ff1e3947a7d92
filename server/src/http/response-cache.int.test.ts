import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test/api.js';
import { connectTestGraph, resetToSeed } from '../../test/graph.js';
import { isCacheable } from './response-cache.js';
import { parse, type OperationDefinitionNode } from 'graphql';

/** Reads answered again from memory, and never once the graph has changed, whoever changed it. */

const graph = connectTestGraph();
const EDITOR = 'cache-editor-token';
let cached: TestApi;
/** Another API on the same database, without a cache: a second server, or the import CLI. */
let other: TestApi;

beforeAll(async () => {
  await resetToSeed(graph.executor);
  cached = await createTestApi({ executor: graph.executor, editorToken: EDITOR, responseCache: true });
  other = await createTestApi({ executor: graph.executor, editorToken: EDITOR });
});
afterAll(async () => {
  await cached?.stop();
  await other?.stop();
  await graph.close();
});

const NETWORK = '{ network { nodes { id } } }';
const nodeIds = (result: { data?: unknown }) =>
  ((result.data as { network: { nodes: { id: string }[] } }).network.nodes ?? []).map((n) => n.id);

const upsert = (api: TestApi, id: string) =>
  api.execute(`mutation ($input: UpsertClusterInput!) { upsertCluster(input: $input) { cluster { id } } }`, {
    authorization: `Bearer ${EDITOR}`,
    variables: {
      input: {
        id,
        name: `Cache test ${id}`,
        countryCode: 'FR',
        citations: [
          {
            source: { new: { id: `source-${id}`, title: `Cache test ${id}`, url: `https://example.org/${id}` } },
            excerpt: 'A cluster written by the response cache test.',
          },
        ],
      },
    },
  });

describe('the response cache', () => {
  it('answers an unchanged read again with one statement (the version), the same answer', async () => {
    const first = await cached.execute(NETWORK);
    const again = await cached.execute(NETWORK);
    expect(first.errors).toBeUndefined();
    expect(first.roundTrips).toBeGreaterThan(1);
    expect(again.roundTrips).toBe(1);
    expect(again.data).toEqual(first.data);
  });

  it('never answers from before a write made through this API', async () => {
    await cached.execute(NETWORK);
    const written = await upsert(cached, 'cache-test-own-write');
    expect(written.errors).toBeUndefined();
    const after = await cached.execute(NETWORK);
    expect(after.roundTrips).toBeGreaterThan(1);
    expect(nodeIds(after)).toContain('cache-test-own-write');
  });

  it('never answers from before a write made by another process on the same database', async () => {
    await cached.execute(NETWORK);
    const written = await upsert(other, 'cache-test-other-write');
    expect(written.errors).toBeUndefined();
    expect(nodeIds(await cached.execute(NETWORK))).toContain('cache-test-other-write');
  });

  // The reliability suite's 50 req/s: after each change of the key (a write, an analysis run), every
  // read arriving before the first answer was kept ran the whole query; the network ~12 times a second.
  it('runs identical reads that miss the cache together once: the others wait for its answer', async () => {
    const written = await upsert(other, 'cache-test-together');
    expect(written.errors).toBeUndefined();
    // The version, the network and the measures: three statements for the one that runs it.
    const query = '{ network { nodes { id metrics { degree } } } }';
    const results = await Promise.all(Array.from({ length: 5 }, () => cached.execute(query)));
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    const ran = results.filter((result) => result.roundTrips > 2);
    expect(ran).toHaveLength(1);
    // The others read the version, waited, and took the answer from the cache under the same key (the
    // version is read once per request: context.graphVersion).
    expect(results.filter((result) => result !== ran[0]).map((result) => result.roundTrips)).toEqual([1, 1, 1, 1]);
    for (const result of results) expect(nodeIds(result)).toContain('cache-test-together');
  });

  it('keeps only reads whose every root field depends on the graph alone', () => {
    const operation = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;
    expect(isCacheable(operation('{ network { nodes { id } } stats { nodes { count } } }'))).toBe(true);
    expect(isCacheable(operation('{ network { nodes { id } } documentReviews { id } }'))).toBe(false);
    expect(isCacheable(operation('mutation { revertChange(id: "x") { id } }'))).toBe(false);
    expect(isCacheable(operation('{ ... on Query { network { nodes { id } } } }'))).toBe(false);
  });
});
