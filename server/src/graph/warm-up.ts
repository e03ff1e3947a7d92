import type { Executor } from '../db/executor.js';
import { readNetwork } from './network/repo.js';
import { listCountries } from './places/repo.js';
import { listSectors } from './sectors/repo.js';

/**
 * Runs what the explorer asks for first (the whole network, countries, sectors) once at start-up,
 * so that Neo4j plans those statements and the JIT warms before a user waits on them: the first
 * page load otherwise spends over a second on a cold server.
 */
export async function warmUp(executor: Executor): Promise<void> {
  await Promise.all([
    readNetwork(executor, {
      countries: null,
      sectors: null,
      tieKinds: null,
      fromYear: null,
      toYear: null,
      includePlanned: false,
    }),
    listCountries(executor),
    listSectors(executor),
  ]);
}
