import { SingleBar, Presets } from 'cli-progress';
import type { Executor } from '../src/db/executor.js';
import { applySchema } from '../src/db/migrations.js';
import type { Logger } from '../src/logger.js';
import { wipeGraph } from '../src/seed/load.js';
import {
  CREATE_SOURCES,
  createEntities,
  createRelationships,
  FOREIGN_DATA,
  RECORD_SYNTHETIC,
  SYNTHETIC_HASH,
} from './queries.js';
import {
  buildSyntheticGraph,
  SOURCE_PREFIX,
  SYNTHETIC_AUTHOR,
  SYNTHETIC_LABELS,
  type SyntheticGraph,
} from './synthetic.js';

/**
 * Loads the synthetic graph through parameterised UNWIND batches. One write transaction per batch:
 * a generator needs no atomicity across batches (an interrupted load is simply regenerated, since
 * the graph is only recorded as loaded after the last batch), and small transactions keep the
 * embedded Neo4j's heap small.
 */

const BATCH = 2_000;

export class ForeignDataError extends Error {
  override name = 'ForeignDataError';
}

/**
 * Makes sure the database holds this generator's graph: nothing to do when it already does;
 * otherwise wipes and loads. Refuses a database with data the generator did not write (the seed,
 * edits), unless `force`.
 */
export async function ensureSynthetic(options: {
  executor: Executor;
  logger: Logger;
  force: boolean;
  progress: boolean;
}): Promise<SyntheticGraph> {
  const { executor, logger } = options;
  const graph = buildSyntheticGraph();
  await applySchema(executor);
  const [loaded] = await executor.read<{ hash: string }>(SYNTHETIC_HASH);
  if (loaded?.hash === graph.hash && !options.force) {
    logger.info(`The database already holds the synthetic graph ${graph.hash}.`);
    return graph;
  }
  const foreign = (
    await executor.read<{ id: string }>(FOREIGN_DATA, { prefix: SOURCE_PREFIX, author: SYNTHETIC_AUTHOR })
  ).map((row) => row.id);
  if (foreign.length > 0 && !options.force) {
    throw new ForeignDataError(
      `This database holds data the generator did not write (for example ${foreign.join(', ')}). ` +
        "Point NEO4J_URI at an empty database, unset it to use the benchmark's own embedded Neo4j, or pass --force to wipe it (everything in it is deleted).",
    );
  }
  logger.info('Wiping the database and loading the synthetic graph');
  await wipeGraph(executor);
  await load(executor, graph, options.progress);
  await executor.write((tx) => tx.run(RECORD_SYNTHETIC, { hash: graph.hash, ties: graph.ties }));
  return graph;
}

async function load(executor: Executor, graph: SyntheticGraph, progress: boolean): Promise<void> {
  const steps: { cypher: string; rows: unknown[]; params?: Record<string, unknown> }[] = [
    { cypher: CREATE_SOURCES, rows: graph.sources },
  ];
  for (const label of SYNTHETIC_LABELS)
    steps.push({ cypher: createEntities(label), rows: graph.entities[label], params: { author: SYNTHETIC_AUTHOR } });
  for (const [type, rows] of graph.links) steps.push({ cypher: createRelationships(type), rows });
  const total = steps.reduce((sum, step) => sum + step.rows.length, 0);
  const bar = progress
    ? new SingleBar(
        { format: 'loading [{bar}] {percentage}% {value}/{total} rows {step}', hideCursor: true },
        Presets.shades_classic,
      )
    : undefined;
  bar?.start(total, 0, { step: '' });
  try {
    for (const step of steps) {
      const name = /CREATE \(\w+:(?:Entity:)?(\w+)|\[r:(\w+)\]/.exec(step.cypher);
      for (let i = 0; i < step.rows.length; i += BATCH) {
        const rows = step.rows.slice(i, i + BATCH);
        await executor.write((tx) => tx.run(step.cypher, { ...step.params, rows }));
        bar?.increment(rows.length, { step: name?.[1] ?? name?.[2] ?? '' });
      }
    }
  } finally {
    bar?.stop();
  }
}
