import type { Executor } from '../../db/executor.js';
import type { Logger } from '../../logger.js';
import { graphVersion } from '../history/repo.js';
import type { OverviewGrouping } from './queries.js';
import type { NetworkOverviewRecord, NetworkRecord } from '../model.js';
import { readNetwork, readNetworkOverview, withinBudget, type NetworkFilterOptions } from './repo.js';

/** A filter as a key: its fields in one order, whatever order the object was built in. */
const filterKey = (f: NetworkFilterOptions) =>
  JSON.stringify([f.countries, f.sectors, f.tieKinds, f.fromYear, f.toYear, f.includePlanned]);

/**
 * The network's overview and its drill-downs (the network of a filter, before the budget cuts it),
 * kept in memory while the graph's version is unchanged. On 10,000 clusters the overview's statement
 * takes 8–10 s and one country's network 11–17 s at load 8–18, and they are what a visit opens
 * first. The version is read at the start of each request (graphVersion: a write by any process,
 * the import CLI included, changes it), so a kept answer is never served past a write. Filled at
 * start-up (warm), and on first use otherwise. The response cache (http/response-cache.ts) answers
 * repeats of one query text; this serves any selection, budget and spelling asking for the same data.
 */
export class NetworkAnswers {
  private version: string | null = null;
  private readonly kept = new Map<string, Promise<unknown>>();

  /** The unfiltered overview by country and a filter-less network warmed at start-up: the default view. */
  static readonly DEFAULT_FILTER: NetworkFilterOptions = {
    countries: null,
    sectors: null,
    tieKinds: null,
    fromYear: null,
    toYear: null,
    includePlanned: false,
  };

  private remember<T>(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      this.version = version;
      this.kept.clear();
    }
    const known = this.kept.get(key) as Promise<T> | undefined;
    if (known) return known;
    const answer = compute();
    this.kept.set(key, answer);
    // A failed read (a deadline, Neo4j away) is not kept: the next request tries again.
    answer.catch(() => {
      if (this.kept.get(key) === answer) this.kept.delete(key);
    });
    return answer;
  }

  overview(
    executor: Executor,
    version: string,
    options: { filter: NetworkFilterOptions; groupBy: OverviewGrouping },
  ): Promise<NetworkOverviewRecord> {
    return this.remember(version, `overview|${options.groupBy}|${filterKey(options.filter)}`, () =>
      readNetworkOverview(executor, options),
    );
  }

  async network(options: {
    executor: Executor;
    version: string;
    filter: NetworkFilterOptions;
    budget: number | null;
  }): Promise<NetworkRecord> {
    const { executor, version, filter, budget } = options;
    const whole = await this.remember(version, `network|${filterKey(filter)}`, () => readNetwork(executor, filter));
    return budget === null ? whole : withinBudget(whole, budget);
  }

  /**
   * Before serving: the default view's overview. Then, in the background (one at a time, only while
   * no request waits for a turn), each country's network, largest first: the drill-downs the
   * overview offers.
   */
  async warm(executor: Executor): Promise<{ drillDowns: () => Promise<void> }> {
    const version = await graphVersion(executor);
    const overview = await this.overview(executor, version, {
      filter: NetworkAnswers.DEFAULT_FILTER,
      groupBy: 'COUNTRY',
    });
    const background = executor.inBackground();
    return {
      drillDowns: async () => {
        for (const group of overview.groups) {
          if (group.id === '' || this.version !== version) return;
          await this.network({
            executor: background,
            version,
            filter: { ...NetworkAnswers.DEFAULT_FILTER, countries: [group.id] },
            budget: null,
          });
        }
      },
    };
  }
}

/** Warms the drill-downs in the background; a failure there only means a cold first visit. */
export function warmDrillDowns(warmed: { drillDowns: () => Promise<void> }, logger: Logger): void {
  const started = performance.now();
  warmed
    .drillDowns()
    .then(() => logger.debug({ ms: Math.round(performance.now() - started) }, 'Drill-down networks warmed'))
    .catch((error: unknown) =>
      logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'Warming the drill-downs failed'),
    );
}
