import { createLogger } from '../src/logger.js';
import { openBenchDatabase } from './database.js';
import { ensureSynthetic, ForeignDataError } from '../src/synthetic/load.js';

/**
 * `npm run generate [-- --force]`: writes the benchmark's synthetic graph (10,000 clusters, ~50,000
 * ties) into the Neo4j at NEO4J_URI, or into the benchmark's own embedded Neo4j.
 */

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const logger = createLogger(process.env.LOG_LEVEL ?? 'info');
  const database = await openBenchDatabase(logger);
  try {
    const started = Date.now();
    const graph = await ensureSynthetic({ executor: database.executor, logger, force, progress: process.stdout.isTTY });
    const counts = Object.entries(graph.entities).map(([label, rows]) => `${rows.length} ${label}`);
    logger.info(
      `Synthetic graph ${graph.hash} in ${database.description}: ${counts.join(', ')}, ${graph.ties} ties (${Math.round((Date.now() - started) / 1000)} s)`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `\n${error instanceof ForeignDataError ? error.message : String(error instanceof Error ? error.stack : error)}\n`,
  );
  process.exit(1);
});
