import { connectForCli } from '../../cli/connect.js';
import { readCooperationMatrix, readGapCandidates, resolveGapFilter } from './repo.js';

/**
 * Measures the gap queries as the resolvers run them (filter check + query), warm, on whatever
 * graph the CLI connects to (NEO4J_URI, or a running `npm start`, or an embedded one):
 * `npx tsx server/src/graph/gaps/measure.ts [runs]`. Prints p50 and max per operation, in ms.
 */

const runs = Number(process.argv[2] ?? 20);
const { database } = await connectForCli();
const { executor } = database;

const operations: Record<string, () => Promise<unknown>> = {
  'gaps EU–CA, first 20': async () =>
    readGapCandidates(executor, { filter: await resolveGapFilter(executor, null), skip: 0, first: 20 }),
  'gaps EU–CA, energy, first 100': async () =>
    readGapCandidates(executor, {
      filter: await resolveGapFilter(executor, { sectors: ['energy'] }),
      skip: 0,
      first: 100,
    }),
  'cooperationMatrix EU–CA': async () => readCooperationMatrix(executor, await resolveGapFilter(executor, null)),
};

try {
  for (const [name, run] of Object.entries(operations)) {
    await run(); // warm-up: query planning and page cache
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)] ?? 0;
    process.stdout.write(
      `${name}: p50 ${p50.toFixed(1)} ms, max ${(times[times.length - 1] ?? 0).toFixed(1)} ms over ${runs} runs\n`,
    );
  }
} finally {
  await database.close();
}
