import type { Executor } from '../db/executor.js';
import { readNetworkOverview } from './network/repo.js';
import { listCountries } from './places/repo.js';
import { listSectors } from './sectors/repo.js';

/**
 * Runs what the explorer asks for first (the overview, countries, sectors) once at start-up,
 * so that Neo4j plans those statements and the JIT warms before a user waits on them: the first
 * page load otherwise spends over a second on a cold server.
 */
export async function warmUp(executor: Executor): Promise<void> {
  await Promise.all([
    // The overview, not the whole network: on a large graph that would cost seconds and megabytes.
    readNetworkOverview(executor, {
      filter: { countries: null, sectors: null, tieKinds: null, fromYear: null, toYear: null, includePlanned: false },
      groupBy: 'COUNTRY',
    }),
    listCountries(executor),
    listSectors(executor),
  ]);
}
