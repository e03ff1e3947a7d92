import { SingleBar, Presets } from 'cli-progress';
import type { Executor } from '../db/executor.js';
import { applySchema, refreshStatistics } from '../db/migrations.js';
import type { Logger } from '../logger.js';
import { wipeGraph } from '../seed/load.js';
import {
  AWAIT_INDEXES,
  CREATE_SOURCES,
  CREATE_ENTITIES,
  CREATE_RELATIONSHIPS,
  FOREIGN_DATA,
  FULLTEXT_INDEXES,
  RECORD_SYNTHETIC,
  SYNTHETIC_HASH,
} from './queries.js';
import {
  buildSyntheticGraph,
  SOURCE_PREFIX,
  SYNTHETIC_AUTHOR,
  SYNTHETIC_LABELS,
  type SyntheticGraph,
} from './graph.js';

/**
 * Loads the synthetic graph through parameterised UNWIND batches. One write transaction per batch:
 * a generator needs no atomicity across batches (an interrupted load is simply regenerated, since
 * the graph is only recorded as loaded after the last batch), and transactions of 10,000 rows
 * keep the embedded Neo4j's heap small.
 */

const BATCH = 10_000;

export class ForeignDataError extends Error {
  override name = 'ForeignDataError';
}

/** What a load wrote and how fast: the generator's import speed. */
export interface LoadSpeed {
  nodes: number;
  /** The node statements' time, which includes writing each entity's CITED_IN citations. */
  nodeSeconds: number;
  /** CITED_IN relationships written by the node statements (not counted in `relationships`). */
  citations: number;
  relationships: number;
  relationshipSeconds: number;
  /** Before the first batch: the schema applied, the graph wiped, the full-text indexes dropped. */
  setupSeconds: number;
  /** After the last batch: the schema again (full-text indexes rebuilt), every index online, statistics refreshed. */
  indexSeconds: number;
}

/**
 * Makes sure the database holds this generator's graph of `clusters` clusters (10,000 unless
 * told): nothing to do when it already does; otherwise wipes and loads, reporting progress (a
 * bar on a terminal, log lines otherwise). Refuses a database with data the generator did not
 * write (the seed, edits), unless `force`.
 */
export async function ensureSynthetic(options: {
  executor: Executor;
  logger: Logger;
  force: boolean;
  progress: boolean;
  clusters?: number;
}): Promise<SyntheticGraph & { speed: LoadSpeed | null }> {
  const { executor, logger } = options;
  const graph = buildSyntheticGraph(options.clusters === undefined ? {} : { clusters: options.clusters });
  await applySchema(executor);
  const [loaded] = await executor.read<{ hash: string }>(SYNTHETIC_HASH);
  if (loaded?.hash === graph.hash && !options.force) {
    logger.info(`The database already holds the synthetic graph ${graph.hash}.`);
    return { ...graph, speed: null };
  }
  const foreign = (
    await executor.read<{ id: string }>(FOREIGN_DATA, { prefix: SOURCE_PREFIX, author: SYNTHETIC_AUTHOR })
  ).map((row) => row.id);
  if (foreign.length > 0 && !options.force) {
    throw new ForeignDataError(
      `This database holds data the generator did not write (for example ${foreign.join(', ')}). ` +
        'Point NEO4J_URI or NEO4J_DATA_DIR at an empty database, or pass --force to wipe it (everything in it is deleted).',
    );
  }
  logger.info(`Wiping the database and loading the synthetic graph (${graph.entities.Cluster.length} clusters)`);
  const setupStarted = performance.now();
  await wipeGraph(executor);
  for (const { name } of await executor.read<{ name: string }>(FULLTEXT_INDEXES))
    // Names come from the database's own list, not from input; identifiers cannot be parameters.
    await executor.autocommit(`DROP INDEX \`${name.replaceAll('`', '``')}\` IF EXISTS`);
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  const written = await load({ executor, graph, logger, bar: options.progress });
  const indexStarted = performance.now();
  await applySchema(executor);
  await executor.autocommit(AWAIT_INDEXES);
  await refreshStatistics({ executor, logger });
  const speed: LoadSpeed = { ...written, setupSeconds, indexSeconds: (performance.now() - indexStarted) / 1000 };
  await executor.write((tx) => tx.run(RECORD_SYNTHETIC, { hash: graph.hash, ties: graph.ties }));
  logger.info(
    `Loaded ${speed.nodes} nodes in ${speed.nodeSeconds.toFixed(1)} s (${Math.round(speed.nodes / speed.nodeSeconds)}/s) and ` +
      `${speed.relationships} relationships in ${speed.relationshipSeconds.toFixed(1)} s (${Math.round(speed.relationships / speed.relationshipSeconds)}/s)`,
  );
  return { ...graph, speed };
}

interface Step {
  cypher: string;
  rows: unknown[];
  params?: Record<string, unknown>;
  name: string;
  /** Node steps also cite a source per node; they count as nodes here. */
  kind: 'nodes' | 'relationships';
}

/** Reports progress on a terminal bar, or as a log line every tenth of the way. */
function progressReporter(options: { total: number; bar: boolean; logger: Logger }) {
  if (options.bar) {
    const bar = new SingleBar(
      { format: 'loading [{bar}] {percentage}% {value}/{total} rows {step}', hideCursor: true },
      Presets.shades_classic,
    );
    bar.start(options.total, 0, { step: '' });
    return { add: (rows: number, step: string) => bar.increment(rows, { step }), stop: () => bar.stop() };
  }
  let done = 0;
  let logged = 0;
  return {
    add: (rows: number, step: string) => {
      done += rows;
      const tenth = Math.floor((done * 10) / options.total);
      if (tenth > logged) {
        logged = tenth;
        options.logger.info(`Loading the synthetic graph: ${tenth * 10} % (${step})`);
      }
    },
    stop: () => undefined,
  };
}

async function load(options: {
  executor: Executor;
  graph: SyntheticGraph;
  logger: Logger;
  bar: boolean;
}): Promise<Omit<LoadSpeed, 'setupSeconds' | 'indexSeconds'>> {
  const { executor, graph } = options;
  const steps: Step[] = [
    { cypher: CREATE_SOURCES, rows: graph.sources, name: 'Source', kind: 'nodes' },
    {
      cypher: CREATE_ENTITIES,
      rows: SYNTHETIC_LABELS.flatMap((label) => graph.entities[label].map((row) => ({ label, ...row }))),
      params: { author: SYNTHETIC_AUTHOR },
      name: 'entities',
      kind: 'nodes',
    },
    {
      cypher: CREATE_RELATIONSHIPS,
      rows: [...graph.links].flatMap(([type, rows]) => rows.map((row) => ({ type, ...row }))),
      name: 'relationships',
      kind: 'relationships',
    },
  ];
  const progress = progressReporter({
    total: steps.reduce((sum, step) => sum + step.rows.length, 0),
    bar: options.bar,
    logger: options.logger,
  });
  const speed = {
    nodes: 0,
    nodeSeconds: 0,
    citations: SYNTHETIC_LABELS.reduce(
      (sum, label) => sum + graph.entities[label].reduce((n, row) => n + row.citations.length, 0),
      0,
    ),
    relationships: 0,
    relationshipSeconds: 0,
  };
  try {
    for (const step of steps) {
      const started = performance.now();
      for (let i = 0; i < step.rows.length; i += BATCH) {
        const rows = step.rows.slice(i, i + BATCH);
        await executor.write((tx) => tx.run(step.cypher, { ...step.params, rows }));
        progress.add(rows.length, step.name);
      }
      const seconds = (performance.now() - started) / 1000;
      if (step.kind === 'nodes') {
        speed.nodes += step.rows.length;
        speed.nodeSeconds += seconds;
      } else {
        speed.relationships += step.rows.length;
        speed.relationshipSeconds += seconds;
      }
    }
  } finally {
    progress.stop();
  }
  return speed;
}
