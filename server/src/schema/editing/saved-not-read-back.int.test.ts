import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApi } from '../../../test/api.js';
import { cutAfterCommit } from '../../../test/cut-after-commit.js';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import { createDriver } from '../../db/driver.js';
import { Executor } from '../../db/executor.js';
import { createLogger } from '../../logger.js';

/**
 * Issue 11, the reliability suite's outage: a write whose transaction committed, but whose read
 * of the written entity afterwards failed (Neo4j had gone), was reported as a plain failure, so a
 * client believed a saved change lost. Here the real Neo4j goes away (through a relay that cuts
 * every connection) right after the write's commit is acknowledged, before the read-back; once
 * for each kind of mutation below, each through a relay and an API of its own.
 */

const graph = connectTestGraph();
const TOKEN = 'saved-not-read-back-token';

beforeAll(async () => {
  await resetToSeed(graph.executor);
});
afterAll(async () => {
  await graph.close();
});

/** Runs one mutation through an API whose Neo4j goes away right after the mutation's commit. */
async function cutAfterItsCommit(mutation: string, variables: Record<string, unknown>) {
  const relay = await cutAfterCommit(inject('neo4jUri'));
  const driver = createDriver({ uri: relay.uri, username: 'neo4j', password: '' });
  const executor = new Executor({ driver, database: undefined, logger: createLogger('silent') });
  const api = await createTestApi({ executor, editorToken: TOKEN });
  try {
    const result = await api.execute(mutation, { authorization: `Bearer ${TOKEN}`, variables });
    return { result, cut: relay.cut };
  } finally {
    executor.availability.stop();
    await api.stop();
    await driver.close();
    await relay.close();
  }
}

const citation = (id: string) => ({
  source: { new: { id: `source-${id}`, title: `Saved, not read back: ${id}`, url: `https://example.org/${id}` } },
  excerpt: 'Written just before Neo4j went away.',
});

const CASES = [
  {
    kind: 'a cluster (upsertCluster)',
    id: 'saved-not-read-back-cluster',
    mutation: `mutation ($input: UpsertClusterInput!) { upsertCluster(input: $input) { cluster { id name } } }`,
    input: (id: string) => ({ id, name: 'Saved, not read back', countryCode: 'FR', citations: [citation(id)] }),
    label: 'Cluster',
  },
  {
    kind: 'an agreement (createAgreement)',
    id: 'saved-not-read-back-agreement',
    mutation: `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id name } } }`,
    input: (id: string) => ({
      id,
      name: 'Saved, not read back',
      agreementKind: 'MOU',
      status: 'SIGNED',
      parties: ['aero-montreal', 'skywin'],
      citations: [citation(id)],
    }),
    label: 'Agreement',
  },
];

describe('a write saved but not read back', () => {
  it.each(CASES)(
    'says SAVED_NOT_READ_BACK (saved; read it again later) for $kind, not a failure, and it is in the graph',
    async ({ id, mutation, input, label }) => {
      const { result, cut } = await cutAfterItsCommit(mutation, { input: input(id) });
      expect(cut).toBe(true);
      expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual(['SAVED_NOT_READ_BACK']);
      expect(result.errors?.[0]?.message).toMatch(/was saved/);
      expect(result.errors?.[0]?.extensions?.['id']).toBe(id);
      const rows = await graph.executor.read('MATCH (n:Entity {id: $id}) RETURN n.name AS name, labels(n) AS labels', {
        id,
      });
      expect(rows).toEqual([{ name: 'Saved, not read back', labels: expect.arrayContaining([label]) }]);
    },
  );
});
