import { useMemo } from 'react';
import { useQuery } from 'urql';
import { toElements } from '../../graph/elements';
import { shownCounts, toExpansionFilter, toNetworkFilter } from '../../graph/filters';
import { communityPalette, countryPalette, sectorPalette, UNKNOWN_COLOUR } from '../../graph/palette';
import { mergeGraphs, visibleGraph } from '../../graph/view';
import type { GraphData } from '../../graph/types';
import type { ViewState } from '../../state/viewState';
import { NetworkQuery, useExpansions, useReferenceData } from './network';
import { useUndatedTies } from './useUndatedTies';

const EMPTY: GraphData = { nodes: [], edges: [] };

/**
 * The Explore view's data: the filtered network plus every expanded neighbourhood, what of it is
 * visible (hidden and focus applied), and its Cytoscape elements, palette and counts.
 */
export function useExploreGraph(state: ViewState) {
  const reference = useReferenceData();
  const [network, refetch] = useQuery({
    query: NetworkQuery,
    variables: { filter: toNetworkFilter(state.filters) ?? null },
  });
  const expansions = useExpansions(state.expanded, toExpansionFilter(state.filters));
  const undated = useUndatedTies(state.filters, state.showUndated);

  const merged = useMemo(
    () => mergeGraphs([network.data?.network ?? EMPTY, undated.graph, ...expansions.graphs]),
    [network.data, undated.graph, expansions.graphs],
  );
  const visible = useMemo(
    () => visibleGraph(merged, { hidden: state.hidden, focus: state.focus }),
    [merged, state.hidden, state.focus],
  );
  const palette = useMemo(
    () =>
      state.colourBy === 'country'
        ? countryPalette(reference.countries)
        : state.colourBy === 'community'
          ? communityPalette(merged.nodes.flatMap((n) => (n.metrics?.community == null ? [] : [n.metrics.community])))
          : sectorPalette(reference.sectors),
    [state.colourBy, reference.countries, reference.sectors, merged],
  );
  const elements = useMemo(
    () =>
      toElements(visible, {
        colourBy: state.colourBy,
        sizeBy: state.sizeBy,
        countries: reference.countries,
        sectors: reference.sectors,
        palette,
      }),
    [visible, state.colourBy, state.sizeBy, reference.countries, reference.sectors, palette],
  );
  const counts = useMemo(() => shownCounts(visible, reference.sectors), [visible, reference.sectors]);
  const colourKeys = new Set(elements.filter((e) => e.group === 'nodes').map((e) => String(e.data['colourKey'] ?? '')));

  return {
    reference,
    /** Ties the year filter hides for want of a date; null while counting. */
    undatedTies: undated.count,
    merged,
    visible,
    elements,
    counts,
    swatches: [...palette.values()].filter((s) => colourKeys.has(s.key)),
    hasUnknown: elements.some((e) => e.data['colour'] === UNKNOWN_COLOUR),
    /** The first answer is still on its way (later ones update a drawn network). */
    loading: (network.fetching && !network.data) || (reference.fetching && !reference.countries.length),
    updating: (network.fetching || expansions.pending.length > 0) && Boolean(network.data),
    loaded: Boolean(network.data),
    error: network.error ?? reference.error ?? expansions.error,
    retry: () => {
      refetch({ requestPolicy: 'network-only' });
      reference.retry();
      expansions.retry();
    },
    countryName: (code: string | null | undefined) =>
      reference.countries.find((c) => c.code === code?.toUpperCase())?.name ?? code ?? '—',
  };
}
