import { useCallback, useMemo, useRef, useState } from 'react';
import { ClusterTable } from '../../components/ClusterTable';
import type { GraphCanvasHandle } from '../../components/GraphCanvas/GraphCanvas';
import { LazyGraphCanvas } from '../../components/GraphCanvas/LazyGraphCanvas';
import { ViewControls } from '../../components/GraphCanvas/ViewControls';
import { Legend } from '../../components/Legend';
import { EmptyState, ErrorState, Loading } from '../../components/Status';
import { download, recordFirstDraw } from '../../download';
import { toElements } from '../../graph/elements';
import { graphToCsv, graphToJson } from '../../graph/export';
import { EMPTY_FILTERS, relaxHints, shownCounts, toExpansionFilter, toNetworkFilter } from '../../graph/filters';
import { LAYOUTS, type LayoutName } from '../../graph/layout';
import { groupIdOf, overviewElements } from '../../graph/overview';
import { countryPalette, sectorPalette, UNKNOWN_COLOUR } from '../../graph/palette';
import { highlightFor, mergeGraphs, visibleGraph } from '../../graph/view';
import type { ColourBy, GraphData } from '../../graph/types';
import type { ViewProps } from '../../views';
import { SearchBox, type SearchChoice } from '../Search/SearchBox';
import { ClusterActions } from './ClusterActions';
import { DetailsPanel } from './DetailsPanel';
import { FilterPanel } from './FilterPanel';
import { LevelOfDetailNote } from './LevelOfDetailNote';
import { useExpansions, useReferenceData } from './network';
import { useLevelOfDetail } from './useLevelOfDetail';

const EMPTY: GraphData = { nodes: [], edges: [] };

export function ExploreView({ state, update }: ViewProps) {
  const reference = useReferenceData();
  const filter = toNetworkFilter(state.filters);
  const lod = useLevelOfDetail({ filter, chosen: state.group, expanded: state.expanded.length > 0 });
  const expansions = useExpansions(state.expanded, toExpansionFilter(state.filters));
  const canvas = useRef<GraphCanvasHandle>(null);
  const [searchHit, setSearchHit] = useState<string | null>(null);
  const pendingCentre = useRef<string | null>(null);

  const merged = useMemo(
    () => mergeGraphs([lod.network ?? EMPTY, ...expansions.graphs]),
    [lod.network, expansions.graphs],
  );
  const visible = useMemo(
    () => visibleGraph(merged, { hidden: state.hidden, focus: state.focus }),
    [merged, state.hidden, state.focus],
  );
  const colourBy = lod.overview ? (lod.grouping === 'sector' ? 'sector' : 'country') : state.colourBy;
  const palette = useMemo(
    () => (colourBy === 'country' ? countryPalette(reference.countries) : sectorPalette(reference.sectors)),
    [colourBy, reference.countries, reference.sectors],
  );
  const elements = useMemo(
    () =>
      lod.overview
        ? overviewElements(lod.overview, palette)
        : toElements(visible, { colourBy, countries: reference.countries, sectors: reference.sectors, palette }),
    [lod.overview, visible, colourBy, reference.countries, reference.sectors, palette],
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
      const group = id === null ? null : groupIdOf(id);
      // A group of the overview drills down: its clusters, cut to the budget when they are many.
      if (group !== null)
        update((s) => ({
          group: null,
          filters:
            lod.grouping === 'sector'
              ? { ...s.filters, sectors: [group] }
              : { ...s.filters, countries: group ? [group] : s.filters.countries },
        }));
      else update({ selected: id });
    },
    [update, lod.grouping],
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
  const drawn = lod.overview ?? lod.network;
  const loading = (lod.fetching && !drawn) || (reference.fetching && !reference.countries.length);
  const error = lod.error ?? reference.error ?? expansions.error;
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
          title={state.colourBy === 'country' ? 'Countries' : 'Sectors'}
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
        {(lod.fetching || expansions.pending.length > 0) && drawn && (
          <progress className="busy" aria-label="Updating the network" />
        )}
        <LevelOfDetailNote
          grouping={lod.grouping}
          overview={lod.overview}
          network={lod.network}
          onGroup={(group) => update({ group })}
        />
        {state.focus && (
          <p className="banner">
            Focused on {merged.nodes.find((n) => n.id === state.focus)?.label ?? state.focus} and its partners.{' '}
            <button type="button" className="linkish" onClick={() => update({ focus: null })}>
              Show all
            </button>
          </p>
        )}
        <div className="canvas-wrap">
          <LazyGraphCanvas
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
                lod.retry();
                reference.retry();
                expansions.retry();
              }}
            />
          )}
          {!loading && !error && lod.network && visible.nodes.length === 0 && (
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
      </section>

      <aside className="sidebar right" aria-label="Details and list">
        {selected ? (
          <DetailsPanel
            id={selected}
            onSelect={selectAndCentre}
            onClose={() => select(null)}
            actions={
              selectedIsShownCluster && <ClusterActions id={selected} state={state} update={update} onExpand={expand} />
            }
          />
        ) : (
          <p className="panel hint">
            Click a cluster, or pick one in the list below, to read its agreements, missions, partnerships and sources.
            Double-click to expand its partners.
          </p>
        )}
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
