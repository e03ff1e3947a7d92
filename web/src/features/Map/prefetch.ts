import type { Client } from 'urql';
import { toNetworkFilter } from '../../graph/filters';
import { ELEMENT_BUDGET } from '../../graph/overview';
import type { ViewState } from '../../state/viewState';
import { NetworkQuery, OverviewQuery, ReferenceQuery } from '../Explore/network';

/**
 * The Map view's first questions (useMapData's, with the same variables), asked as the page's
 * script runs, as Explore's are (prefetch.ts there): from the view's hooks they went out only once
 * its chunk had arrived and rendered. urql shares a question in flight and keeps its answer. The
 * network is asked for only when filtered: unfiltered, the overview says first whether to.
 */
export function prefetchMap(client: Client, state: ViewState): void {
  const filter = toNetworkFilter(state.filters);
  const asked: Promise<unknown>[] = [
    client.query(OverviewQuery, { filter, groupBy: 'COUNTRY' }).toPromise(),
    client.query(ReferenceQuery, {}).toPromise(),
  ];
  if (filter !== undefined) asked.push(client.query(NetworkQuery, { filter, budget: ELEMENT_BUDGET }).toPromise());
  // A failure is the hooks' to show when they ask again.
  for (const answer of asked) answer.catch(() => undefined);
}
