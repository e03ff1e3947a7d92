import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EntityDetailsDocument,
  ExploreNeighbourhoodDocument,
  ExploreNetworkDocument,
  ExploreOverviewDocument,
  GapsCandidatesDocument,
  GapsMatrixDocument,
  LastChangeDocument,
  ReferenceDataDocument,
  SearchEntitiesDocument,
  ShortestPathDocument,
} from '../../web/src/gql/graphql.js';
import { createTestApi, documentRunner, type TestApi } from '../test/api.js';
import { connectTestGraph, resetToSeed } from '../test/graph.js';
import { statementsDuring } from '../test/statements.js';
import { NetworkAnswers, VIEW_BUDGET } from './graph/network/answers.js';
import { createLogger } from './logger.js';
import { warmUp } from './warm-up.js';

/**
 * Issue 11, the reliability suite's 50 req/s: its first seconds answered in 2–11 s (p95 8 s, every
 * later second under 20 ms) because the warm-up planned the default views only, and the details,
 * neighbourhoods, paths, searches and reference data were planned by the first users' requests,
 * side by side.
 */

const graph = connectTestGraph();
let api: TestApi;

beforeAll(async () => {
  await resetToSeed(graph.executor);
  api = await createTestApi({ executor: graph.executor, networkAnswers: new NetworkAnswers() });
});
afterAll(async () => {
  await api?.stop();
  await graph.close();
});

const view = documentRunner(() => api);

describe('the warm-up', () => {
  it("plans every statement the explorer's views send, whatever cluster they show", async () => {
    const warmed = await statementsDuring(graph.executor, () =>
      warmUp(graph.executor, { logger: createLogger('silent') }),
    );

    const network = (await view(ExploreNetworkDocument, { filter: null, budget: VIEW_BUDGET })) as {
      network: { nodes: { id: string; label: string }[] };
    };
    // Other clusters than the warm-up's (it takes the most connected ones).
    const nodes = network.network.nodes;
    const [one, other] = [nodes[Math.floor(nodes.length / 2)]!, nodes[1]!];
    const clusterViews = await statementsDuring(graph.executor, async () => {
      await view(EntityDetailsDocument, { id: one.id });
      await view(LastChangeDocument, { id: one.id });
      await view(ExploreNeighbourhoodDocument, { id: one.id, depth: 1, filter: null });
      await view(ExploreNeighbourhoodDocument, { id: other.id, depth: 2, filter: null });
      await view(ShortestPathDocument, { from: one.id, to: other.id });
      await view(ShortestPathDocument, { from: other.id, to: other.id });
      await view(SearchEntitiesDocument, { text: 'aero' });
    });
    const otherViews = await statementsDuring(graph.executor, async () => {
      await view(ExploreOverviewDocument, { filter: null, groupBy: 'COUNTRY' });
      await view(ExploreNetworkDocument, { filter: null, budget: VIEW_BUDGET });
      await view(ReferenceDataDocument, {});
      await view(GapsCandidatesDocument, { filter: null, first: 20 });
      await view(GapsMatrixDocument, { filter: null });
    });

    const viewed = [...clusterViews.keys(), ...otherViews.keys()];
    expect(viewed.length).toBeGreaterThan(5);
    expect(viewed.filter((statement) => !warmed.has(statement))).toEqual([]);
  });
});
