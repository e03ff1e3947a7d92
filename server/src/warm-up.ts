import { execute, type DocumentNode, type GraphQLSchema } from 'graphql';
import {
  CoverageDocument,
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
import type { Config } from './config.js';
import { createContext } from './context.js';
import type { Executor } from './db/executor.js';
import { rehearseWrite } from './graph/editing/repo.js';
import { graphVersion } from './graph/history/repo.js';
import { NetworkAnswers, VIEW_BUDGET } from './graph/network/answers.js';
import type { Logger } from './logger.js';
import { buildSchema } from './schema/index.js';

/**
 * Runs what the explorer's views ask for once after start-up, after db:reset and when Neo4j
 * answers again after an outage, so that Neo4j plans every statement they send and its JIT warms
 * before a user waits on them. Cold, the first seconds of the reliability suite's 50 req/s
 * (details, neighbourhoods, paths, searches, reference data: statements the warm-up did not
 * plan) answered in 2–11 s each, p95 8 s, while every later second answered in under 20 ms.
 *
 * The graph's version comes first: the response cache reads it at the start of every read. Then a
 * write rehearsed and rolled back (rehearseWrite: nothing saved), and the overview, kept in
 * `answers` (the server's; what it answers warms the drill-downs after, answers.ts). Then the web
 * app's own documents, executed against the schema as a request would run them: a details view's
 * statement is built from the fields its document selects (entities/prefetch.ts), so only the
 * document itself plans it. A cluster's views (details, neighbourhoods, paths, search) are asked
 * HOT_AFTER_RUNS times (`depth` hot, the default) or once (`plan`: every statement planned, the
 * recompilation left to the first visitors, for servers no visitor waits on), on the clusters of
 * the network the explorer opens, most connected first.
 */
export async function warmUp(
  executor: Executor,
  options: { logger: Logger; answers?: NetworkAnswers; schema?: GraphQLSchema; depth?: Config['warmUp'] },
): Promise<Awaited<ReturnType<NetworkAnswers['warm']>>> {
  const started = performance.now();
  const depth = options.depth ?? 'hot';
  const answers = options.answers ?? new NetworkAnswers();
  await graphVersion(executor);
  await rehearseWrite(executor);
  const view = viewRunner({ executor, answers, logger: options.logger, schema: options.schema ?? buildSchema() });
  const [warmed, { networkOverview: overview }] = await Promise.all([
    answers.warm(executor),
    view(ExploreOverviewDocument, { filter: null, groupBy: 'COUNTRY' }),
    view(ReferenceDataDocument, {}),
    // The country colours: Explore draws nothing before they are known (on the first page after a
    // start, 1.3 s cold against 20–180 ms after, 10k clusters, 6 December).
    view(CoverageDocument, { sides: null }),
    view(GapsCandidatesDocument, { filter: null, first: 20 }),
    view(GapsMatrixDocument, { filter: null }),
  ]);
  // The network the explorer opens, as it asks for it: the whole graph when it fits the element
  // budget, else (the overview drawn instead) its largest country's drill-down; never the whole of
  // a large graph, which would cost seconds and megabytes (issue 9, item 2).
  const largest = overview.groups.filter((g) => g.id !== '').sort((a, b) => b.clusters - a.clusters)[0];
  const fits = overview.clusters + overview.ties <= VIEW_BUDGET;
  const network = await view(ExploreNetworkDocument, {
    filter: fits || !largest ? null : { countries: [largest.id] },
    budget: VIEW_BUDGET,
  });
  const clusters = [...network.network.nodes].sort((a, b) => b.degree - a.degree);
  // Each round on other clusters, as visitors ask: the first plans the statements, the rest carry
  // them past Neo4j's recompilation (HOT_AFTER_RUNS) and warm the JITs of both processes.
  const rounds = depth === 'hot' ? HOT_AFTER_RUNS : 1;
  for (let round = 0; round < Math.min(rounds, clusters.length); round += 1) {
    const [one, other] = [clusters[round], clusters.at(-1 - round)];
    if (!one || !other) break;
    await Promise.all([
      graphVersion(executor),
      view(EntityDetailsDocument, { id: one.id }),
      view(LastChangeDocument, { id: one.id }),
      view(ExploreNeighbourhoodDocument, { id: one.id, depth: 1, filter: null }),
      view(ExploreNeighbourhoodDocument, { id: one.id, depth: 2, filter: null }),
      view(ShortestPathDocument, { from: one.id, to: other.id }),
      // A path from a cluster to itself is the cluster alone: a statement of its own.
      view(ShortestPathDocument, { from: one.id, to: one.id }),
      view(SearchEntitiesDocument, { text: one.label.slice(0, 4) }),
    ]);
  }
  options.logger.info({ depth, ms: Math.round(performance.now() - started) }, 'Warmed up');
  return warmed;
}

/**
 * Neo4j compiles a statement's expressions to bytecode once it has run 10 times (its expression
 * engine's default, ONLY_WHEN_HOT): a second compilation of each statement. Run once by the
 * warm-up, the views' statements met it on their first visitors; on a fresh JVM (seed graph) the
 * 11th run of a neighbourhood took 229–285 ms against 40–90 ms around it, and runs 2–10 were 2–4×
 * the later ones.
 */
const HOT_AFTER_RUNS = 11;

/** A web document with its result and variables types, as graphql-codegen's client preset types them. */
type ViewDocument<R, V> = DocumentNode & { __apiType?: (variables: V) => R };

/** Executes a view's document as a request would (its own context and loaders); throws its first error. */
function viewRunner(options: { executor: Executor; answers: NetworkAnswers; logger: Logger; schema: GraphQLSchema }) {
  const auth = { header: undefined, editorToken: undefined, readToken: undefined };
  return async <R, V>(document: ViewDocument<R, V>, variables: NoInfer<V>): Promise<R> => {
    const contextValue = createContext({
      executor: options.executor,
      logger: options.logger,
      auth,
      networkAnswers: options.answers,
      requestId: 'warm-up',
    });
    const result = await execute({
      schema: options.schema,
      document,
      contextValue,
      variableValues: variables as Record<string, unknown>,
    });
    if (result.errors?.[0]) throw result.errors[0];
    return result.data as R;
  };
}
