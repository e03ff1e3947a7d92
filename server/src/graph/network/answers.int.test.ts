import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../../test/api.js';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import { createLogger } from '../../logger.js';
import { graphVersion } from '../history/repo.js';
import { NetworkAnswers } from './answers.js';

/** The kept overview and drill-downs: read once per graph version, never served past a write. */

const graph = connectTestGraph();
const EDITOR = 'answers-editor-token';
let api: TestApi;

beforeAll(async () => {
  await resetToSeed(graph.executor);
  api = await createTestApi({ executor: graph.executor, editorToken: EDITOR });
});
afterAll(async () => {
  await api?.stop();
  await graph.close();
});

const FRANCE = { ...NetworkAnswers.DEFAULT_FILTER, countries: ['FR'] };

describe('the kept network answers', () => {
  it('reads a drill-down once per version, whatever the budget, and warms the overview', async () => {
    const answers = new NetworkAnswers();
    const version = await graphVersion(graph.executor);
    await answers.warm(graph.executor);
    const executor = graph.executor.forRequest({ logger: createLogger('silent'), metadata: {} });
    const overview = await answers.overview(executor, version, {
      filter: NetworkAnswers.DEFAULT_FILTER,
      groupBy: 'COUNTRY',
    });
    expect(overview.groups.length).toBeGreaterThan(1);
    const whole = await answers.network({ executor, version, filter: FRANCE, budget: null });
    const cut = await answers.network({ executor, version, filter: FRANCE, budget: 3 });
    expect(whole.nodes.length).toBeGreaterThan(0);
    expect(cut.nodes.length + cut.edges.length).toBeLessThanOrEqual(3);
    // One statement for the drill-down; the overview and the cut came from memory.
    expect(executor.roundTripCount).toBe(1);
  });

  it('answers anew once a write has changed the version', async () => {
    const answers = new NetworkAnswers();
    const before = await answers.network({
      executor: graph.executor,
      version: await graphVersion(graph.executor),
      filter: FRANCE,
      budget: null,
    });
    const written = await api.execute(
      `mutation ($input: UpsertClusterInput!) { upsertCluster(input: $input) { cluster { id } } }`,
      {
        authorization: `Bearer ${EDITOR}`,
        variables: {
          input: {
            id: 'answers-test-cluster',
            name: 'Answers test cluster',
            countryCode: 'FR',
            citations: [
              {
                source: {
                  new: { id: 'source-answers-test', title: 'Answers test', url: 'https://example.org/answers' },
                },
                excerpt: 'A cluster written by the network answers test.',
              },
            ],
          },
        },
      },
    );
    expect(written.errors).toBeUndefined();
    const after = await answers.network({
      executor: graph.executor,
      version: await graphVersion(graph.executor),
      filter: FRANCE,
      budget: null,
    });
    expect(before.nodes.map((n) => n.id)).not.toContain('answers-test-cluster');
    expect(after.nodes.map((n) => n.id)).toContain('answers-test-cluster');
  });
});
