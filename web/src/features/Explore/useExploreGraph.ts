import { useMemo } from 'react';
import { legendOf, toElements } from '../../graph/elements';
import { shownCounts, toExpansionFilter, toNetworkFilter } from '../../graph/filters';
import { withPositions } from '../../graph/layout';
import { overviewElements } from '../../graph/overview';
import { communityPalette, sectorPalette } from '../../graph/palette';
import { mergeGraphs, visibleGraph, withoutUntied } from '../../graph/view';
import type { GraphData } from '../../graph/types';
import type { ViewState } from '../../state/viewState';
import { useExpansions, useReferenceData } from './network';
import { useLevelOfDetail } from './useLevelOfDetail';
import { useCountryPalette } from './useCountryPalette';
import { useUndatedTies } from './useUndatedTies';

const EMPTY: GraphData = { nodes: [], edges: [] };

/**
 * The Explore view's data: the filtered network (or, on a large graph, its overview: see
 * useLevelOfDetail) plus every expanded neighbourhood, what of it is visible (hidden and focus
 * applied) and listed, what of that is drawn, and its Cytoscape elements, palette and counts.
 */
export function useExploreGraph(state: ViewState) {
  const reference = useReferenceData();
  const lod = useLevelOfDetail({
    filter: toNetworkFilter(state.filters),
    chosen: state.group,
    expanded: state.expanded.length > 0,
  });
  const expansions = useExpansions(state.expanded, {
    filter: toExpansionFilter(state.filters),
    depth: state.expandDepth,
  });
  const undated = useUndatedTies(state.filters, state.showUndated);

  const merged = useMemo(
    () => mergeGraphs([lod.network ?? EMPTY, undated.graph, ...expansions.graphs]),
    [lod.network, undated.graph, expansions.graphs],
  );
  const visible = useMemo(
    () => visibleGraph(merged, { hidden: state.hidden, focus: state.focus }),
    [merged, state.hidden, state.focus],
  );
  // The table lists every visible cluster; the canvas leaves out those without a tie unless asked.
  const { graph: onCanvas, untied } = useMemo(() => {
    if (state.showUntied) return { graph: visible, untied: 0 };
    const keep = new Set([...state.expanded, ...(state.selected ? [state.selected] : [])]);
    return withoutUntied(visible, keep);
  }, [visible, state.showUntied, state.expanded, state.selected]);
  const countryColours = useCountryPalette(reference.countries);
  // Nothing is drawn before the colours are known (the countries, and the counts that pick their
  // colours): drawn before them, every node was styled again when they came (a country's network
  // often arrives first), and the first picture painted was not the view's.
  const coloured = (!reference.fetching || reference.countries.length > 0) && countryColours.settled;
  // The overview's groups take the colours of what they group.
  const colourBy = lod.overview ? (lod.grouping === 'sector' ? 'sector' : 'country') : state.colourBy;
  const palette = useMemo(
    () =>
      colourBy === 'country'
        ? countryColours.palette
        : colourBy === 'community'
          ? communityPalette(merged.nodes.flatMap((n) => (n.metrics?.community == null ? [] : [n.metrics.community])))
          : sectorPalette(reference.sectors),
    [colourBy, countryColours, reference.sectors, merged],
  );
  const elements = useMemo(
    () =>
      !coloured
        ? []
        : lod.overview
          ? overviewElements(lod.overview, palette)
          : withPositions(
              toElements(onCanvas, {
                colourBy,
                sizeBy: state.sizeBy,
                countries: reference.countries,
                sectors: reference.sectors,
                palette,
              }),
              lod.network?.positions,
            ),
    [
      coloured,
      lod.overview,
      lod.network,
      onCanvas,
      colourBy,
      state.sizeBy,
      reference.countries,
      reference.sectors,
      palette,
    ],
  );
  const counts = useMemo(() => shownCounts(visible, reference.sectors), [visible, reference.sectors]);
  const legend = useMemo(() => legendOf(elements, palette), [elements, palette]);

  /** What expanding one cluster brought: its neighbourhood, and how many of those clusters were not in the network. */
  const expansionOf = (id: string) => {
    const g = expansions.byId.get(id);
    if (!g) return null;
    const known = new Set(lod.network?.nodes.map((n) => n.id) ?? []);
    return { graph: g, added: g.nodes.filter((n) => !known.has(n.id)).length };
  };

  const drawn = lod.overview ?? lod.network;
  return {
    reference,
    expansionOf,
    /** What is drawn: groups (country, sector) or clusters; null while that is being decided. */
    grouping: lod.grouping,
    overview: lod.overview,
    network: lod.network,
    /** Ties the year filter hides for want of a date; null while counting. */
    undatedTies: undated.count,
    /** Clusters left out of the view for having no tie in it. */
    untied,
    merged,
    visible,
    elements,
    counts,
    swatches: legend.swatches,
    /** Ties drawn in their kinds' line styles (small networks) or solid. */
    lineStyles: legend.lineStyles,
    hasUnknown: legend.hasUnknown,
    /** The first answer is still on its way (later ones update a drawn network). */
    loading: (lod.fetching && !drawn) || !coloured,
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
