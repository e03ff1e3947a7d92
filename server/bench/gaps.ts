import { readCooperationMatrix, readGapCandidates, resolveGapFilter } from '../src/graph/gaps/repo.js';
import { createLogger } from '../src/logger.js';
import { openBenchDatabase } from './database.js';

/**
 * `npx tsx server/bench/gaps.ts [runs]`: the Gaps view's two questions as the resolvers answer
 * them (filter check + query), warm, on the benchmark's graph (`npm run generate`, or NEO4J_URI).
 * Prints p50 and max per operation, in ms; a failure is printed with its message, not hidden.
 */

const runs = Number(process.argv[2] ?? 10);
const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
const database = await openBenchDatabase(logger);
const { executor } = database;

const operations: Record<string, () => Promise<unknown>> = {
  'gaps EU–CA, all sectors, first 20': async () =>
    readGapCandidates(executor, { filter: await resolveGapFilter(executor, null), skip: 0, first: 20 }),
  'cooperationMatrix EU–CA, all sectors': async () =>
    readCooperationMatrix(executor, await resolveGapFilter(executor, null)),
};

try {
  for (const [name, run] of Object.entries(operations)) {
    const times: number[] = [];
    try {
      await run(); // warm-up: query planning and page cache
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        await run();
        times.push(performance.now() - started);
      }
    } catch (error) {
      process.stdout.write(`${name}: failed: ${error instanceof Error ? error.message : String(error)}\n`);
      continue;
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)] ?? 0;
    process.stdout.write(
      `${name}: p50 ${p50.toFixed(0)} ms, max ${(times.at(-1) ?? 0).toFixed(0)} ms over ${runs} runs\n`,
    );
  }
} finally {
  await database.close();
}
