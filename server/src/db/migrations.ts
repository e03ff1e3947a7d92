import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import type { Logger } from '../logger.js';
import type { Executor } from './executor.js';

/**
 * Brings a database up to date: the idempotent schema files at every start, then each pending
 * migration once, in its own transaction, recorded as a :Migration node.
 */

export const SCHEMA_DIR = path.join(REPO_ROOT, 'cypher/schema');
export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'cypher/migrations');

/** Statements of a Cypher file: split on `;` at a line end, comments dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

async function cypherFiles(dir: string): Promise<{ id: string; statements: string[] }[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => /^\d{3}-.+\.cypher$/.test(name)).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name) => ({
      id: name.replace(/\.cypher$/, ''),
      statements: splitStatements(await readFile(path.join(dir, name), 'utf8')),
    })),
  );
}

const APPLIED = 'MATCH (m:Migration) RETURN m.id AS id';
const RECORD = 'MERGE (m:Migration {id: $id}) ON CREATE SET m.appliedAt = datetime()';

/** Applies the schema (each statement alone: Neo4j runs schema changes in their own transaction). */
export async function applySchema(executor: Executor, dir: string = SCHEMA_DIR): Promise<void> {
  for (const file of await cypherFiles(dir)) {
    for (const statement of file.statements) await executor.write((tx) => tx.run(statement));
  }
  await executor.write((tx) => tx.run('CALL db.awaitIndexes(300)'));
}

/**
 * Samples every index again, waits for it, and clears the plans made before: for after a bulk load.
 * Neo4j samples an index in the background some time after it fills; every plan made before
 * that (the warm-up's, on an index still sampled empty) turns stale then, and each statement is
 * planned again by every request that meets it at once. In the reliability suite, 10 s after a
 * server's first start on the seed, up to 20 of Neo4j's threads were planning at once and the
 * graph's version read took 775 ms p50 for half a minute (3 ms after).
 */
const PREPARE_FOR_REPLANNING = 'CALL db.prepareForReplanning($seconds)';

export async function refreshStatistics(options: { executor: Executor; logger: Logger }): Promise<void> {
  try {
    await options.executor.read(PREPARE_FOR_REPLANNING, { seconds: 300 });
  } catch (error) {
    // Only a head start: a database that refuses it (a user without the right) still serves.
    options.logger.warn(
      { error: error instanceof Error ? error.message : String(error) },
      "Could not refresh the planner's statistics; the first requests may be slower",
    );
  }
}

/** Applies pending migrations in order; returns the ids applied now. */
export async function applyMigrations(options: {
  executor: Executor;
  logger: Logger;
  dir?: string;
}): Promise<string[]> {
  const { executor, logger } = options;
  const done = new Set((await executor.read<{ id: string }>(APPLIED)).map((row) => row.id));
  const applied: string[] = [];
  for (const file of await cypherFiles(options.dir ?? MIGRATIONS_DIR)) {
    if (done.has(file.id)) continue;
    await executor.write(async (tx) => {
      for (const statement of file.statements) await tx.run(statement);
      await tx.run(RECORD, { id: file.id });
    });
    logger.info({ migration: file.id }, 'Applied migration');
    applied.push(file.id);
  }
  return applied;
}
