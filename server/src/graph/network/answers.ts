import type { Executor } from '../../db/executor.js';
import type { Logger } from '../../logger.js';
import { graphVersion } from '../history/repo.js';
import type { GraphRecord, NetworkOverviewRecord, NetworkRecord } from '../model.js';
import { listCountries } from '../places/repo.js';
import { layOutNetwork, type NodePositionRecord } from './layout.js';
import type { OverviewGrouping } from './queries.js';
import { readNetwork, readNetworkOverview, withinBudget, type NetworkFilterOptions } from './repo.js';

/** A filter as a key: its fields in one order, whatever order the object was built in. */
const filterKey = (f: NetworkFilterOptions) =>
  JSON.stringify([f.countries, f.sectors, f.tieKinds, f.fromYear, f.toYear, f.includePlanned]);

/** The element budget the web app asks a network to fit in (ELEMENT_BUDGET, web/src/graph/overview.ts). */
export const VIEW_BUDGET = 2000;

/**
 * The network's overview and its drill-downs (the network of a filter, whole and cut to a budget,
 * and the positions of what the canvas draws of it), kept in memory while the graph's version is
 * unchanged. On 10,000 clusters the overview's statement takes 8–10 s and one country's network
 * 11–17 s at load 8–18, and they are what a visit opens first. The version is read at the start
 * of each request (graphVersion: a write by any process, the import CLI included, changes it), so a
 * kept answer is never served past a write. Filled at start-up (warm), and on first use otherwise.
 * The response cache (http/response-cache.ts) answers repeats of one query text; this serves any
 * selection, budget and spelling asking for the same data.
 */
export class NetworkAnswers {
  private version: string | null = null;
  private readonly kept = new Map<string, Promise<unknown>>();
  /** Positions of the networks answered above (and of any other asked for them), by the answer itself. */
  private readonly laidOut = new WeakMap<GraphRecord, Promise<NodePositionRecord[] | null>>();

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
    const key = filterKey(filter);
    const whole = this.remember(version, `network|${key}`, () => readNetwork(executor, filter));
    if (budget === null) return whole;
    // The cut kept too: the same object each time, so its positions are computed once.
    return this.remember(version, `network|${budget}|${key}`, async () => withinBudget(await whole, budget));
  }

  /**
   * Where the canvas draws a network's tied clusters (layout.ts): computed once per answer kept
   * here, or for any other network (a neighbourhood) when asked. Null for networks the browser
   * lays out itself.
   */
  positions(executor: Executor, version: string, network: GraphRecord): Promise<NodePositionRecord[] | null> {
    let positions = this.laidOut.get(network);
    if (!positions) {
      const countries = this.remember(version, 'countries', () => listCountries(executor));
      positions = countries.then((list) => layOutNetwork(network, new Map(list.map((c) => [c.code, c.eu]))));
      this.laidOut.set(network, positions);
      // A failed read is not kept (as in remember): the next request tries again.
      positions.catch(() => this.laidOut.delete(network));
    }
    return positions;
  }

  /**
   * Before serving: the default view's overview. Then, in the background (one at a time, only while
   * no request waits for a turn), each country's network, largest first, cut to the view's budget
   * and laid out: the drill-downs the overview offers.
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
          const network = await this.network({
            executor: background,
            version,
            filter: { ...NetworkAnswers.DEFAULT_FILTER, countries: [group.id] },
            budget: VIEW_BUDGET,
          });
          await this.positions(background, version, network);
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
    .then(() => logger.info({ ms: Math.round(performance.now() - started) }, 'Drill-down networks warmed'))
    .catch((error: unknown) =>
      logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'Warming the drill-downs failed'),
    );
}
