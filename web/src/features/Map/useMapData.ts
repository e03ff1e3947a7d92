import { useMemo } from 'react';
import { useQuery } from 'urql';
import { shownCounts, toNetworkFilter } from '../../graph/filters';
import { countriesLayer, placesLayer } from '../../graph/geo';
import { autoGrouping, ELEMENT_BUDGET } from '../../graph/overview';
import { countryPalette } from '../../graph/palette';
import type { GraphData } from '../../graph/types';
import type { ViewState } from '../../state/viewState';
import { NetworkQuery, OverviewQuery, useReferenceData } from '../Explore/network';
import { ClusterPlacesQuery } from './queries';

const EMPTY: GraphData = { nodes: [], edges: [] };

/**
 * The Map view's data, with the same filters as Explore: clusters and ties per country (the
 * server's overview: complete at any size), and the network's clusters (cut to the element
 * budget when a filter makes it large, as Explore is) at their gazetteer points. As in Explore,
 * the whole of a network past the budget is never fetched: unfiltered, it is drawn per country
 * (`countriesOnly`) until a country or sector is chosen.
 */
export function useMapData(state: ViewState) {
  const reference = useReferenceData();
  const filter = toNetworkFilter(state.filters);
  const [overview, retryOverview] = useQuery({ query: OverviewQuery, variables: { filter, groupBy: 'COUNTRY' } });
  const size = overview.data?.networkOverview;
  const countriesOnly = filter === undefined && size !== undefined && autoGrouping(size) !== 'clusters';
  // Unfiltered, the overview says first whether the network is small enough to fetch whole.
  const wantsNetwork = filter !== undefined || (size !== undefined && !countriesOnly);
  const [network, retryNetwork] = useQuery({
    query: NetworkQuery,
    variables: { filter, budget: ELEMENT_BUDGET },
    pause: !wantsNetwork,
  });
  const graph = network.data?.network ?? EMPTY;
  const ids = useMemo(() => graph.nodes.map((n) => n.id), [graph]);
  const [places, retryPlaces] = useQuery({ query: ClusterPlacesQuery, variables: { ids }, pause: ids.length === 0 });

  const countries = useMemo(
    () => countriesLayer(overview.data?.networkOverview.groups ?? [], overview.data?.networkOverview.links ?? []),
    [overview.data],
  );
  // Until the places arrive, nothing is drawn rather than everything listed as unplaced.
  const placesReady = ids.length === 0 || Boolean(places.data);
  const layer = useMemo(
    () => placesLayer(graph, placesReady ? (places.data?.clusterPlaces ?? []) : []),
    [graph, places.data, placesReady],
  );
  const counts = useMemo(() => shownCounts(graph, reference.sectors), [graph, reference.sectors]);
  const presence = useMemo(
    () => new Map((overview.data?.networkOverview.groups ?? []).map((g) => [g.id, g.clusters])),
    [overview.data],
  );
  // Clusters take their country's colour, ranked by presence as Explore ranks them.
  const palette = useMemo(() => countryPalette(reference.countries, presence), [reference.countries, presence]);

  const error = overview.error ?? network.error ?? places.error ?? reference.error;
  return {
    reference,
    graph,
    counts,
    countries,
    presence,
    layer,
    palette,
    gazetteer: places.data?.gazetteer ?? null,
    omittedClusters: network.data?.network.omittedClusters ?? 0,
    /** The network is past the budget and unfiltered: drawn per country only (the server's overview). */
    countriesOnly: countriesOnly ? size : null,
    loading: !overview.data || (wantsNetwork && !network.data) || !placesReady,
    updating: overview.fetching || network.fetching || places.fetching,
    error,
    retry: () => {
      retryOverview({ requestPolicy: 'network-only' });
      if (wantsNetwork) retryNetwork({ requestPolicy: 'network-only' });
      retryPlaces({ requestPolicy: 'network-only' });
      reference.retry();
    },
    countryName: (code: string | null | undefined) =>
      reference.countries.find((c) => c.code === code?.toUpperCase())?.name ?? code ?? '—',
  };
}
