import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApi, type TestApi } from '../../../test/api.js';
import { cutAfterCommit, type CutAfterCommit } from '../../../test/cut-after-commit.js';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import { createDriver } from '../../db/driver.js';
import { Executor } from '../../db/executor.js';
import { createLogger } from '../../logger.js';

/**
 * Issue 11, the reliability suite's outage: a write whose transaction committed, but whose read
 * of the written entity afterwards failed (Neo4j had gone), was reported as a plain failure, so a
 * client believed a saved change lost. Here the real Neo4j goes away (through a relay that cuts
 * every connection) right after the write's commit is acknowledged, before the read-back.
 */

const graph = connectTestGraph();
const TOKEN = 'saved-not-read-back-token';
let relay: CutAfterCommit;
let driver: ReturnType<typeof createDriver>;
let executor: Executor;
let api: TestApi;

beforeAll(async () => {
  await resetToSeed(graph.executor);
  relay = await cutAfterCommit(inject('neo4jUri'));
  driver = createDriver({ uri: relay.uri, username: 'neo4j', password: '' });
  executor = new Executor({ driver, database: undefined, logger: createLogger('silent') });
  api = await createTestApi({ executor, editorToken: TOKEN });
});
afterAll(async () => {
  executor?.availability.stop();
  await api?.stop();
  await driver?.close();
  await relay?.close();
  await graph.close();
});

const UPSERT = `mutation ($input: UpsertClusterInput!) { upsertCluster(input: $input) { cluster { id name } } }`;

describe('a write saved but not read back', () => {
  it('says SAVED_NOT_READ_BACK (saved; read it again later), not a failure, and the entity is in the graph', async () => {
    const id = 'saved-not-read-back-cluster';
    const result = await api.execute(UPSERT, {
      authorization: `Bearer ${TOKEN}`,
      variables: {
        input: {
          id,
          name: 'Saved, not read back',
          countryCode: 'FR',
          citations: [
            {
              source: { new: { id: `source-${id}`, title: 'Saved, not read back', url: 'https://example.org/saved' } },
              excerpt: 'Written just before Neo4j went away.',
            },
          ],
        },
      },
    });
    expect(relay.cut).toBe(true);
    expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual(['SAVED_NOT_READ_BACK']);
    expect(result.errors?.[0]?.message).toMatch(/was saved/);
    expect(result.errors?.[0]?.extensions?.['id']).toBe(id);
    const rows = await graph.executor.read('MATCH (cluster:Cluster {id: $id}) RETURN cluster.name AS name', { id });
    expect(rows).toEqual([{ name: 'Saved, not read back' }]);
  });
});
