import { useMemo } from 'react';
import { toElements } from '../../graph/elements';
import { shownCounts, toExpansionFilter, toNetworkFilter } from '../../graph/filters';
import { overviewElements } from '../../graph/overview';
import { communityPalette, countryPalette, sectorPalette, UNKNOWN_COLOUR } from '../../graph/palette';
import { mergeGraphs, visibleGraph } from '../../graph/view';
import type { GraphData } from '../../graph/types';
import type { ViewState } from '../../state/viewState';
import { useExpansions, useReferenceData } from './network';
import { useLevelOfDetail } from './useLevelOfDetail';
import { useUndatedTies } from './useUndatedTies';

const EMPTY: GraphData = { nodes: [], edges: [] };

/**
 * The Explore view's data: the filtered network (or, on a large graph, its overview: see
 * useLevelOfDetail) plus every expanded neighbourhood, what of it is visible (hidden and focus
 * applied), and its Cytoscape elements, palette and counts.
 */
export function useExploreGraph(state: ViewState) {
  const reference = useReferenceData();
  const lod = useLevelOfDetail({
    filter: toNetworkFilter(state.filters),
    chosen: state.group,
    expanded: state.expanded.length > 0,
  });
  const expansions = useExpansions(state.expanded, toExpansionFilter(state.filters));
  const undated = useUndatedTies(state.filters, state.showUndated);

  const merged = useMemo(
    () => mergeGraphs([lod.network ?? EMPTY, undated.graph, ...expansions.graphs]),
    [lod.network, undated.graph, expansions.graphs],
  );
  const visible = useMemo(
    () => visibleGraph(merged, { hidden: state.hidden, focus: state.focus }),
    [merged, state.hidden, state.focus],
  );
  // The overview's groups take the colours of what they group.
  const colourBy = lod.overview ? (lod.grouping === 'sector' ? 'sector' : 'country') : state.colourBy;
  const palette = useMemo(
    () =>
      colourBy === 'country'
        ? countryPalette(reference.countries)
        : colourBy === 'community'
          ? communityPalette(merged.nodes.flatMap((n) => (n.metrics?.community == null ? [] : [n.metrics.community])))
          : sectorPalette(reference.sectors),
    [colourBy, reference.countries, reference.sectors, merged],
  );
  const elements = useMemo(
    () =>
      lod.overview
        ? overviewElements(lod.overview, palette)
        : toElements(visible, {
            colourBy,
            sizeBy: state.sizeBy,
            countries: reference.countries,
            sectors: reference.sectors,
            palette,
          }),
    [lod.overview, visible, colourBy, state.sizeBy, reference.countries, reference.sectors, palette],
  );
  const counts = useMemo(() => shownCounts(visible, reference.sectors), [visible, reference.sectors]);
  const colourKeys = new Set(elements.filter((e) => e.group === 'nodes').map((e) => String(e.data['colourKey'] ?? '')));

  const drawn = lod.overview ?? lod.network;
  return {
    reference,
    /** What is drawn: groups (country, sector) or clusters; null while that is being decided. */
    grouping: lod.grouping,
    overview: lod.overview,
    network: lod.network,
    /** Ties the year filter hides for want of a date; null while counting. */
    undatedTies: undated.count,
    merged,
    visible,
    elements,
    counts,
    swatches: [...palette.values()].filter((s) => colourKeys.has(s.key)),
    hasUnknown: elements.some((e) => e.data['colour'] === UNKNOWN_COLOUR),
    /** The first answer is still on its way (later ones update a drawn network). */
    loading: (lod.fetching && !drawn) || (reference.fetching && !reference.countries.length),
    updating: (lod.fetching || expansions.pending.length > 0) && Boolean(drawn),
    loaded: Boolean(lod.network),
    error: lod.error ?? reference.error ?? expansions.error,
    retry: () => {
      lod.retry();
      reference.retry();
      expansions.retry();
    },
    countryName: (code: string | null | undefined) =>
      reference.countries.find((c) => c.code === code?.toUpperCase())?.name ?? code ?? '—',
  };
}
