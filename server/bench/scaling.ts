import type { ApolloServer } from '@apollo/server';
import { EMBEDDED_MEMORY_DEFAULTS } from '../src/config.js';
import { startEmbeddedNeo4j } from '../src/db/embedded.js';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { createContext, type Context } from '../src/context.js';
import { createApolloServer } from '../src/http/graphql.js';
import type { Logger } from '../src/logger.js';
import type { BenchPicks } from '../src/synthetic/graph.js';
import { ensureSynthetic, type LoadSpeed } from '../src/synthetic/load.js';
import { freePort } from '../test/free-port.js';
import { BENCH_DATA_DIR } from './database.js';
import { interleave, type Budget, type Timing } from './measure.js';

/**
 * The scaling section of `npm run bench`: the same questions on synthetic graphs of 2,500, 10,000
 * and 20,000 clusters (five ties per cluster), through our API in process. Each size has its own
 * embedded Neo4j data folder, generated on the first run and kept, and runs with the app's default
 * memory (NEO4J_HEAP 512m, NEO4J_PAGECACHE 256m unless set). A question is one line of
 * SCALING_QUESTIONS: add one there to measure it at every size.
 */

export const SCALING_SIZES = [2_500, 10_000, 20_000] as const;

export interface ScalingQuestion {
  name: string;
  query: string;
  variables: (picks: BenchPicks) => Record<string, unknown>;
}

export const SCALING_QUESTIONS: ScalingQuestion[] = [
  {
    name: 'overview (by country)',
    query: '{ networkOverview { clusters ties groups { id } } }',
    variables: () => ({}),
  },
  {
    name: 'network (~1,500 elements at 10k)',
    query: 'query ($c: [String!]) { network(filter: { countries: $c }, budget: 2000) { nodes { id } edges { id } } }',
    variables: (picks) => ({ c: picks.networkCountries }),
  },
  {
    name: 'neighbourhood d2',
    query: 'query ($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { id } edges { id } } }',
    variables: (picks) => ({ id: picks.neighbourhoodId }),
  },
  {
    name: 'shortestPath',
    query: 'query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { hops } }',
    variables: (picks) => ({ from: picks.pathFrom, to: picks.pathTo }),
  },
  { name: 'cooperationMatrix (default)', query: '{ cooperationMatrix { cells { ties } } }', variables: () => ({}) },
  { name: 'gaps (default)', query: '{ gaps { score } }', variables: () => ({}) },
];

const BUDGET: Budget = { warmup: 1, ms: 1_500, maxIterations: 20, minIterations: 3 };

export interface ScalingFigures {
  sizes: { clusters: number; ties: number; speed: LoadSpeed | null; timings: Map<string, Timing | Error> }[];
}

/** Measures every question at every size; the 10,000-cluster graph is the benchmark's own. */
export async function measureScaling(options: {
  logger: Logger;
  log: (text: string) => void;
}): Promise<ScalingFigures> {
  const figures: ScalingFigures = { sizes: [] };
  for (const clusters of SCALING_SIZES) {
    options.log(`scaling: ${clusters} clusters … `);
    const embedded = await startEmbeddedNeo4j({
      host: '127.0.0.1',
      port: await freePort(),
      dataDir: clusters === 10_000 ? BENCH_DATA_DIR : `${BENCH_DATA_DIR}-${clusters}`,
      // The app's own memory (npm start's defaults), not the rest of the bench's larger heap: the
      // issue's scaling goals hold "with the default heap".
      heap: process.env.NEO4J_HEAP ?? EMBEDDED_MEMORY_DEFAULTS.heap,
      pageCache: process.env.NEO4J_PAGECACHE ?? EMBEDDED_MEMORY_DEFAULTS.pageCache,
      logger: options.logger,
    });
    const driver = createDriver({ uri: embedded.uri, username: 'neo4j', password: '' });
    const executor = new Executor({ driver, database: undefined, logger: options.logger });
    let server: ApolloServer<Context> | undefined;
    try {
      const graph = await ensureSynthetic({
        executor,
        logger: options.logger,
        force: false,
        progress: false,
        clusters,
      });
      server = createApolloServer();
      await server.start();
      const api = server;
      const timings = await interleave(
        SCALING_QUESTIONS.map((question) => ({
          name: question.name,
          run: async () => {
            const contextValue = createContext({
              executor,
              logger: options.logger,
              auth: { header: undefined, editorToken: undefined, readToken: undefined },
            });
            const response = await api.executeOperation(
              { query: question.query, variables: question.variables(graph.picks) },
              { contextValue },
            );
            if (response.body.kind === 'single' && response.body.singleResult.errors?.length)
              throw new Error(response.body.singleResult.errors.map((e) => e.message).join('; '));
          },
        })),
        BUDGET,
      );
      figures.sizes.push({ clusters, ties: graph.ties, speed: graph.speed, timings });
      options.log('done\n');
    } finally {
      await server?.stop();
      await driver.close();
      await embedded.stop();
    }
  }
  return figures;
}

export function renderScaling(figures: ScalingFigures): string[] {
  const cell = (t: Timing | Error | undefined) =>
    t instanceof Error
      ? `failed: ${t.message.split('\n')[0]?.slice(0, 60)}`
      : t
        ? `${t.p50.toFixed(0)} / ${t.p95.toFixed(0)}`
        : '–';
  return [
    `| question (p50 / p95 ms) | ${figures.sizes.map((s) => `${s.clusters.toLocaleString('en')} clusters, ${s.ties.toLocaleString('en')} ties`).join(' | ')} |`,
    `| --- |${figures.sizes.map(() => ' ---: |').join('')}`,
    ...SCALING_QUESTIONS.map(
      (q) => `| ${q.name} | ${figures.sizes.map((s) => cell(s.timings.get(q.name))).join(' | ')} |`,
    ),
  ];
}

/** Import speed of the sizes generated in this run (a size already in its folder is not reloaded). */
export function renderImportSpeed(figures: ScalingFigures): string[] {
  const loaded = figures.sizes.filter((s) => s.speed);
  if (loaded.length === 0)
    return [
      'Import: every size was already generated; `npm run generate -- --force` reloads the 10k graph and prints its speed.',
    ];
  return loaded.map((s) => {
    const speed = s.speed!;
    return `Import of ${s.clusters.toLocaleString('en')} clusters: ${speed.nodes} nodes (their citations written in the same step) in ${speed.nodeSeconds.toFixed(1)} s (${Math.round(speed.nodes / speed.nodeSeconds)}/s), ${speed.relationships} relationships in ${speed.relationshipSeconds.toFixed(1)} s (${Math.round(speed.relationships / speed.relationshipSeconds)}/s).`;
  });
}
