import type { Client } from 'urql';
import { preloadGraphCanvas } from '../../components/GraphCanvas/LazyGraphCanvas';
import { toNetworkFilter } from '../../graph/filters';
import type { ViewState } from '../../state/viewState';
import { CoverageQuery } from '../Sources/queries';
import { ReferenceQuery } from './network';
import { askFirst } from './useLevelOfDetail';

/**
 * Explore's first questions and its canvas' code, asked for as soon as the page's script runs:
 * from the hooks that ask them they went out only after React's first render and the page's first
 * layout (180 ms later on the default view, load 9 on two cores). urql shares a question in
 * flight and keeps its answer, so those hooks get these answers rather than asking again.
 */
export function prefetchExplore(client: Client, state: ViewState): void {
  preloadGraphCanvas();
  const asked = [
    askFirst(client, { filter: toNetworkFilter(state.filters), chosen: state.group }),
    client.query(ReferenceQuery, {}).toPromise(),
    // The country colours (useCountryPalette).
    client.query(CoverageQuery, { sides: null }).toPromise(),
  ];
  // A failure is the hooks' to show when they ask again.
  for (const answer of asked) answer.catch(() => undefined);
}
