import { useCallback, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { ClusterTable } from '../../components/ClusterTable';
import { GraphCanvas, type GraphCanvasHandle } from '../../components/GraphCanvas/GraphCanvas';
import { ViewControls } from '../../components/GraphCanvas/ViewControls';
import { Legend } from '../../components/Legend';
import { EmptyState, ErrorState, Loading } from '../../components/Status';
import { download, recordFirstDraw } from '../../download';
import { toElements } from '../../graph/elements';
import { graphToCsv, graphToJson } from '../../graph/export';
import { EMPTY_FILTERS, relaxHints, shownCounts, toExpansionFilter, toNetworkFilter } from '../../graph/filters';
import { LAYOUTS, type LayoutName } from '../../graph/layout';
import { communityPalette, countryPalette, sectorPalette, UNKNOWN_COLOUR } from '../../graph/palette';
import { highlightFor, mergeGraphs, visibleGraph } from '../../graph/view';
import type { ColourBy, GraphData, SizeBy } from '../../graph/types';
import { StructurePanel } from '../Analysis/StructurePanel';
import { CompareDates } from '../Timeline/CompareDates';
import { Timeline } from '../Timeline/Timeline';
import type { ViewProps } from '../../views';
import { SearchBox, type SearchChoice } from '../Search/SearchBox';
import { DetailsPanel } from './DetailsPanel';
import { FilterPanel } from './FilterPanel';
import { NetworkQuery, useExpansions, useReferenceData } from './network';

const EMPTY: GraphData = { nodes: [], edges: [] };

export function ExploreView({ state, update }: ViewProps) {
  const reference = useReferenceData();
  const filter = toNetworkFilter(state.filters);
  const [network, refetch] = useQuery({
    query: NetworkQuery,
    variables: { filter: filter ?? null },
  });
  const expansions = useExpansions(state.expanded, toExpansionFilter(state.filters));
  const canvas = useRef<GraphCanvasHandle>(null);
  const [searchHit, setSearchHit] = useState<string | null>(null);
  const pendingCentre = useRef<string | null>(null);

  const merged = useMemo(
    () => mergeGraphs([network.data?.network ?? EMPTY, ...expansions.graphs]),
    [network.data, expansions.graphs],
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
  const highlighted = useMemo(
    () =>
      highlightFor(searchHit ?? state.selected, visible, {
        neighbours: searchHit !== null,
      }),
    [searchHit, state.selected, visible],
  );
  const colourKeys = new Set(elements.filter((e) => e.group === 'nodes').map((e) => String(e.data['colourKey'] ?? '')));
  const swatches = [...palette.values()].filter((s) => colourKeys.has(s.key));
  const countryName = useCallback(
    (code: string | null | undefined) =>
      reference.countries.find((c) => c.code === code?.toUpperCase())?.name ?? code ?? '—',
    [reference.countries],
  );

  const select = useCallback(
    (id: string | null) => {
      setSearchHit(null);
      update({ selected: id });
    },
    [update],
  );
  const expand = useCallback(
    (id: string) =>
      update((s) => ({
        expanded: s.expanded.includes(id) ? s.expanded : [...s.expanded, id],
        selected: id,
        hidden: s.hidden.filter((h) => h !== id),
      })),
    [update],
  );
  const selectAndCentre = (id: string) => {
    select(id);
    canvas.current?.centre(id);
  };
  const onSearch = (choice: SearchChoice) => {
    const shown = visible.nodes.some((n) => n.id === choice.id);
    if (choice.entityKind === 'CLUSTER' && !shown) {
      // Not in view: bring it in with its partners, centre once drawn.
      pendingCentre.current = choice.id;
      update((s) => ({
        expanded: [...new Set([...s.expanded, choice.id])],
        hidden: s.hidden.filter((h) => h !== choice.id),
        focus: null,
        selected: choice.id,
      }));
    } else {
      update({ selected: choice.id });
      if (shown) canvas.current?.centre(choice.id);
    }
    setSearchHit(choice.entityKind === 'CLUSTER' ? choice.id : null);
  };
  const onDrawn = (info: { nodes: number; ms: number }) => {
    recordFirstDraw(info);
    if (pendingCentre.current) {
      canvas.current?.centre(pendingCentre.current);
      pendingCentre.current = null;
    }
  };
  const reset = () => {
    setSearchHit(null);
    update({
      expanded: [],
      hidden: [],
      focus: null,
      selected: null,
      filters: EMPTY_FILTERS,
    });
    canvas.current?.fit();
  };
  const exportPng = async () =>
    download(await (canvas.current?.exportPng() ?? Promise.reject(new Error('no canvas'))), 'cluster-atlas.png');

  const selectedIsShownCluster = state.selected !== null && visible.nodes.some((n) => n.id === state.selected);
  const selected = state.selected;
  const loading = (network.fetching && !network.data) || (reference.fetching && !reference.countries.length);
  const error = network.error ?? reference.error ?? expansions.error;
  const hints = relaxHints(state.filters);

  return (
    <div className="explore">
      <aside className="sidebar" aria-label="Search and filters">
        <SearchBox label="Find a cluster" placeholder="Name, acronym, alias…" onChoose={onSearch} />
        <FilterPanel
          filters={state.filters}
          countries={reference.countries}
          sectors={reference.sectors}
          counts={counts}
          onChange={(filters) => update({ filters })}
        />
        <Legend
          title={
            state.colourBy === 'country' ? 'Countries' : state.colourBy === 'community' ? 'Communities' : 'Sectors'
          }
          swatches={swatches}
          hasUnknown={elements.some((e) => e.data['colour'] === UNKNOWN_COLOUR)}
        />
      </aside>

      <section className="stage" aria-label="Network">
        <div className="toolbar" role="toolbar" aria-label="Canvas">
          <ViewControls canvas={canvas} />
          <label>
            <select
              aria-label="Layout"
              title="Layout"
              value={state.layout}
              onChange={(e) => update({ layout: e.target.value as LayoutName })}
            >
              {LAYOUTS.map((l) => (
                <option key={l} value={l}>
                  {l === 'fcose' ? 'Force' : l === 'concentric' ? 'Concentric' : 'Grid'}
                </option>
              ))}
            </select>
          </label>
          <label>
            <select
              aria-label="Colour by"
              title="Colour by"
              value={state.colourBy}
              data-testid="colour-by"
              onChange={(e) => update({ colourBy: e.target.value as ColourBy })}
            >
              <option value="country">By country</option>
              <option value="sector">By sector</option>
              <option value="community">By community</option>
            </select>
          </label>
          <label>
            <select
              aria-label="Size by"
              title="Size by"
              value={state.sizeBy}
              data-testid="size-by"
              onChange={(e) => update({ sizeBy: e.target.value as SizeBy })}
            >
              <option value="degree">Size by partners</option>
              <option value="betweenness">Size by brokerage</option>
            </select>
          </label>
          <span className="spacer" />
          <button type="button" onClick={reset} data-testid="reset-button">
            Reset
          </button>
          <span className="group" role="group" aria-label="Export">
            <button type="button" onClick={() => void exportPng()} data-testid="export-png">
              PNG
            </button>
            <button
              type="button"
              onClick={() =>
                download(
                  graphToJson(visible, {
                    filters: state.filters,
                    exportedAt: new Date().toISOString(),
                  }),
                  'cluster-atlas.json',
                  'application/json',
                )
              }
              data-testid="export-json"
            >
              JSON
            </button>
            <button
              type="button"
              onClick={() => download(graphToCsv(visible), 'cluster-atlas.csv', 'text/csv')}
              data-testid="export-csv"
            >
              CSV
            </button>
          </span>
        </div>
        {(network.fetching || expansions.pending.length > 0) && network.data && (
          <progress className="busy" aria-label="Updating the network" />
        )}
        {state.focus && (
          <p className="banner">
            Focused on {merged.nodes.find((n) => n.id === state.focus)?.label ?? state.focus} and its partners.{' '}
            <button type="button" className="linkish" onClick={() => update({ focus: null })}>
              Show all
            </button>
          </p>
        )}
        <div className="canvas-wrap">
          <GraphCanvas
            ref={canvas}
            elements={elements}
            layout={state.layout}
            selected={selected}
            highlighted={highlighted}
            label={`Network of ${counts.clusters} clusters and ${counts.ties} ties`}
            onSelect={select}
            onExpand={expand}
            onDrawn={onDrawn}
          />
          {loading && <Loading label="Loading the network…" />}
          {error && !loading && (
            <ErrorState
              what="the network"
              error={error}
              onRetry={() => {
                refetch({ requestPolicy: 'network-only' });
                reference.retry();
                expansions.retry();
              }}
            />
          )}
          {!loading && !error && network.data && visible.nodes.length === 0 && (
            <EmptyState title="No cluster matches these filters.">
              {hints.length > 0 ? (
                <span>Try to {hints.join(', or ')}.</span>
              ) : state.hidden.length > 0 ? (
                <span>All shown clusters are hidden.</span>
              ) : null}
              <button type="button" onClick={reset}>
                Clear filters
              </button>
            </EmptyState>
          )}
        </div>
        <Timeline
          range={{ from: state.filters.fromYear, to: state.filters.toYear }}
          onRange={(range) => update({ filters: { ...state.filters, fromYear: range.from, toYear: range.to } })}
        />
      </section>

      <aside className="sidebar right" aria-label="Details and list">
        {selected ? (
          <DetailsPanel
            id={selected}
            onSelect={selectAndCentre}
            onClose={() => select(null)}
            actions={
              selectedIsShownCluster && (
                <>
                  <button
                    type="button"
                    onClick={() => expand(selected)}
                    disabled={state.expanded.includes(selected)}
                    data-testid="expand-button"
                  >
                    {state.expanded.includes(selected) ? 'Expanded' : 'Expand'}
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      update((s) => ({
                        focus: s.focus === selected ? null : selected,
                      }))
                    }
                    data-testid="focus-button"
                  >
                    {state.focus === selected ? 'Unfocus' : 'Focus'}
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      update((s) => ({
                        hidden: [...s.hidden, selected],
                        selected: null,
                        focus: s.focus === selected ? null : s.focus,
                      }))
                    }
                    data-testid="hide-button"
                  >
                    Hide
                  </button>
                </>
              )
            }
          />
        ) : (
          <p className="panel hint">
            Click a cluster, or pick one in the list below, to read its agreements, missions, partnerships and sources.
            Double-click to expand its partners.
          </p>
        )}
        {!selected && <StructurePanel onSelect={selectAndCentre} />}
        {!selected && <CompareDates onSelect={(id) => update({ selected: id })} />}
        {state.hidden.length > 0 && (
          <p className="banner">
            {state.hidden.length} hidden.{' '}
            <button type="button" className="linkish" onClick={() => update({ hidden: [] })}>
              Show them
            </button>
          </p>
        )}
        <ClusterTable graph={visible} selected={selected} onSelect={selectAndCentre} countryName={countryName} />
      </aside>
    </div>
  );
}
