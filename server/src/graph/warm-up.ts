import type { Executor } from '../db/executor.js';
import { rehearseWrite } from './editing/repo.js';
import { readCooperationMatrix, readGapCandidates, resolveGapFilter } from './gaps/repo.js';
import { graphVersion } from './history/repo.js';
import { NetworkAnswers } from './network/answers.js';
import { listCountries } from './places/repo.js';
import { listSectors } from './sectors/repo.js';

/**
 * Runs what the default views ask for first (the overview, countries, sectors, the default gaps
 * and matrix) once after start-up, after db:reset and when Neo4j answers again after an outage,
 * so that Neo4j plans those statements and the JIT warms before a user waits on them: the first
 * page load otherwise spends over a second on a cold server, and the first gaps five. The graph's
 * version comes first: the response cache reads it at the start of every read. Then a write
 * rehearsed and rolled back (rehearseWrite: nothing saved). The overview is kept in `answers`
 * (the server's); what it answers warms the drill-downs after (answers.ts).
 */
export async function warmUp(
  executor: Executor,
  answers = new NetworkAnswers(),
): Promise<Awaited<ReturnType<NetworkAnswers['warm']>>> {
  await graphVersion(executor);
  await rehearseWrite(executor);
  const gapFilter = await resolveGapFilter(executor, null);
  const [warmed] = await Promise.all([
    // The overview, not the whole network: on a large graph that would cost seconds and megabytes.
    answers.warm(executor),
    listCountries(executor),
    listSectors(executor),
    readGapCandidates(executor, { filter: gapFilter, skip: 0, first: 20 }),
    readCooperationMatrix(executor, gapFilter),
  ]);
  return warmed;
}
