import { useQuery, type Client } from 'urql';
import type { NetworkFilterInput } from '../../graph/filters';
import { autoGrouping, ELEMENT_BUDGET, type Grouping } from '../../graph/overview';
import { NetworkQuery, OverviewQuery } from './network';

/** Whether the view starts from the overview: the user chose a grouping, or nothing is filtered. */
const asksOverview = (filter: NetworkFilterInput | undefined, chosen: Grouping | null) =>
  chosen === 'country' || chosen === 'sector' || (chosen === null && filter === undefined);

const overviewVariables = (filter: NetworkFilterInput | undefined, chosen: Grouping | null) => ({
  filter: filter ?? null,
  groupBy: chosen === 'sector' ? ('SECTOR' as const) : ('COUNTRY' as const),
});

const networkVariables = (filter: NetworkFilterInput | undefined) => ({
  filter: filter ?? null,
  budget: ELEMENT_BUDGET,
});

/** Asks the question useLevelOfDetail asks first, with the same variables, ahead of it (prefetch.ts). */
export function askFirst(
  client: Client,
  options: { filter: NetworkFilterInput | undefined; chosen: Grouping | null },
): Promise<unknown> {
  const { filter, chosen } = options;
  return asksOverview(filter, chosen)
    ? client.query(OverviewQuery, overviewVariables(filter, chosen)).toPromise()
    : client.query(NetworkQuery, networkVariables(filter)).toPromise();
}

/**
 * Which level of detail Explore draws, and its data. Unless the user chose, an unfiltered graph is
 * first asked for its overview: past the element budget that is what is drawn (grouped by country),
 * or, once clusters are expanded, those neighbourhoods alone; otherwise its clusters are. A filtered
 * graph draws clusters, cut by the server to the budget when larger. The whole of a large network
 * is never fetched.
 */
export function useLevelOfDetail(options: {
  filter: NetworkFilterInput | undefined;
  chosen: Grouping | null;
  expanded: boolean;
}) {
  const { filter, chosen } = options;
  const askOverview = asksOverview(filter, chosen);
  const [overview, refetchOverview] = useQuery({
    query: OverviewQuery,
    variables: overviewVariables(filter, chosen),
    pause: !askOverview,
  });
  const size = overview.data?.networkOverview;
  const large = size ? autoGrouping(size) !== 'clusters' : null;
  let grouping: Grouping | null = chosen;
  let base = true;
  if (chosen === null) {
    if (filter !== undefined || large === false) grouping = 'clusters';
    else if (large && options.expanded) [grouping, base] = ['clusters', false];
    else if (large) grouping = 'country';
  }
  const [network, refetchNetwork] = useQuery({
    query: NetworkQuery,
    variables: networkVariables(filter),
    pause: grouping !== 'clusters' || !base,
  });
  return {
    /** null while the overview that decides it is loading. */
    grouping,
    overview: grouping === 'country' || grouping === 'sector' ? (size ?? null) : null,
    network: grouping === 'clusters' && base ? (network.data?.network ?? null) : null,
    fetching: overview.fetching || network.fetching,
    error: overview.error ?? network.error,
    retry: () => {
      if (askOverview) refetchOverview({ requestPolicy: 'network-only' });
      if (grouping === 'clusters' && base) refetchNetwork({ requestPolicy: 'network-only' });
    },
  };
}
