import type { Executor } from '../src/db/executor.js';

/**
 * The statement texts Neo4j ran while `work` ran, each with how many times it ran, without the
 * collector's own calls: Neo4j's data collector (db.stats) lists them. What a phase ran, it
 * planned: a later statement among them finds its plan in Neo4j's cache.
 */
export async function statementsDuring(executor: Executor, work: () => Promise<unknown>): Promise<Map<string, number>> {
  await executor.autocommit(`CALL db.stats.clear('QUERIES')`);
  await executor.autocommit(`CALL db.stats.collect('QUERIES')`);
  try {
    await work();
  } finally {
    await executor.autocommit(`CALL db.stats.stop('QUERIES')`);
  }
  const rows = await executor.read<{ query: string; runs: number }>(
    `CALL db.stats.retrieve('QUERIES') YIELD data RETURN data.query AS query, data.invocationSummary.invocationCount AS runs`,
  );
  return new Map(rows.filter((row) => !row.query.includes('db.stats')).map((row) => [row.query, row.runs]));
}
