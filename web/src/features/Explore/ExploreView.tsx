import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ClusterTable } from '../../components/ClusterTable';
import { GroupTable } from '../../components/GroupTable';
import type { GraphCanvasHandle } from '../../components/GraphCanvas/GraphCanvas';
import { LazyGraphCanvas } from '../../components/GraphCanvas/LazyGraphCanvas';
import { Legend } from '../../components/Legend';
import { EmptyState, ErrorState, Loading } from '../../components/Status';
import { recordFirstDraw, recordWholeDraw } from '../../download';
import { EMPTY_FILTERS, relaxHints } from '../../graph/filters';
import { GROUP_PREFIX, groupIdOf } from '../../graph/overview';
import { highlightFor } from '../../graph/view';
import type { ViewProps } from '../../views';
import { SearchBox, type SearchChoice } from '../Search/SearchBox';
import { CoverageNote } from '../Sources/CoverageNote';
import { ClusterActions } from './ClusterActions';
import { DetailsPanel } from './DetailsPanel';
import { ExploreToolbar } from './ExploreToolbar';
import { ExportButtons } from './ExportButtons';
import { FilterPanel } from './FilterPanel';
import { LevelOfDetailNote } from './LevelOfDetailNote';
import { TieDetails } from './TieDetails';
import { useExploreGraph } from './useExploreGraph';
import { useExports } from './useExports';
import { StructurePanel } from '../Analysis/StructurePanel';
import { CompareDates } from '../Timeline/CompareDates';
import { Timeline } from '../Timeline/Timeline';

export function ExploreView({ state, update }: ViewProps) {
  const graph = useExploreGraph(state);
  const { visible, merged, counts, reference } = graph;
  const canvas = useRef<GraphCanvasHandle>(null);
  const [searchHit, setSearchHit] = useState<string | null>(null);
  // A cluster to centre once drawn: a search hit brought into view, or the selection of a shared link.
  const pendingCentre = useRef<string | null>(state.selected);

  const highlighted = useMemo(
    () => highlightFor(searchHit ?? state.selected, visible, { neighbours: searchHit !== null }),
    [searchHit, state.selected, visible],
  );

  const select = useCallback(
    (id: string | null) => {
      setSearchHit(null);
      const group = id === null ? null : groupIdOf(id);
      if (group === null) update({ selected: id });
      // A group of the overview drills down: its clusters, cut to the budget when they are many.
      else
        update((s) => ({
          group: null,
          filters:
            graph.grouping === 'sector'
              ? { ...s.filters, sectors: [group] }
              : { ...s.filters, countries: group ? [group] : s.filters.countries },
        }));
    },
    [update, graph.grouping],
  );
  // Escape closes the details from anywhere but a field being typed in (the search closes its own list).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || (e.target as HTMLElement | null)?.closest('input, select'))
        return;
      select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [select]);

  const [lastExpanded, setLastExpanded] = useState<string | null>(null);
  const expand = useCallback(
    (id: string) => {
      setLastExpanded(id);
      update((s) => ({
        expanded: s.expanded.includes(id) ? s.expanded : [...s.expanded, id],
        selected: id,
        hidden: s.hidden.filter((h) => h !== id),
      }));
    },
    [update],
  );
  // An expansion shows where it reached: the view zooms on the neighbourhood once it is drawn.
  const expansion = lastExpanded ? graph.expansionOf(lastExpanded) : null;
  const expansionIds = expansion?.graph.nodes.map((n) => n.id).join(' ');
  useEffect(() => {
    if (expansionIds) canvas.current?.fit(expansionIds.split(' '));
  }, [expansionIds]);
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
  // What the view does not need to draw the network waits until it is drawn whole (or there is none
  // to draw): the timeline and the structure lists ask questions that are slow on a large graph, and
  // their answers, parsed and rendered on the main thread, delayed the first picture; the lists of
  // what is drawn (up to 600 rows, sorted by locale) cost React work and a page layout before it.
  const [drawnOnce, setDrawnOnce] = useState(false);
  const settled = drawnOnce || Boolean(graph.error) || (!graph.loading && graph.elements.length === 0);
  const onDrawn = (info: { nodes: number; ms: number }) => {
    recordFirstDraw(info);
    if (pendingCentre.current) {
      canvas.current?.centre(pendingCentre.current);
      pendingCentre.current = null;
    }
  };
  const reset = () => {
    setSearchHit(null);
    setLastExpanded(null);
    update({ expanded: [], hidden: [], focus: null, selected: null, filters: EMPTY_FILTERS });
    canvas.current?.fit();
  };
  const exports = useExports({
    graph: visible,
    filters: state.filters,
    countries: reference.countries,
    sectors: reference.sectors,
    canvas,
  });

  const selected = state.selected;
  const selectedNode = selected !== null && visible.nodes.some((n) => n.id === selected);
  const selectedTie = selected !== null ? visible.edges.find((e) => e.id === selected) : undefined;
  const nameOf = (id: string) => merged.nodes.find((n) => n.id === id)?.label ?? id;
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
          aggregated={
            graph.overview
              ? {
                  clusters: graph.overview.clusters,
                  ties: graph.overview.ties,
                  per: graph.grouping === 'sector' ? 'sector' : 'country',
                }
              : undefined
          }
          onChange={(filters) => update({ filters })}
        />
      </aside>

      <section className="stage" aria-label="Network">
        <ExploreToolbar
          canvas={canvas}
          layout={state.layout}
          colourBy={state.colourBy}
          sizeBy={state.sizeBy}
          onSizeBy={(sizeBy) => update({ sizeBy })}
          onLayout={(layout) => update({ layout })}
          onColourBy={(colourBy) => update({ colourBy })}
          onReset={reset}
          exports={<ExportButtons run={exports} stillDrawing={() => canvas.current?.drawing() ?? false} />}
        />
        <CoverageNote onAbout={() => update({ view: 'about', source: null }, { push: true })} />
        {graph.updating && <progress className="busy" aria-label="Updating the network" />}
        <LevelOfDetailNote
          grouping={graph.grouping}
          overview={graph.overview}
          network={graph.network}
          onGroup={(group) => update({ group })}
        />
        {graph.undatedTies !== 0 && (
          <p className="banner" aria-live="polite" data-testid="undated-notice">
            {graph.undatedTies === null ? (
              'Counting the undated ties…'
            ) : (
              <>
                {graph.undatedTies} undated {graph.undatedTies === 1 ? 'tie' : 'ties'}{' '}
                {state.showUndated ? 'shown beside the years chosen' : 'hidden by the years chosen'} ·{' '}
                <button
                  type="button"
                  className="linkish"
                  onClick={() => update((s) => ({ showUndated: !s.showUndated }))}
                  data-testid="undated-toggle"
                >
                  {state.showUndated ? 'hide' : 'show'}
                </button>
              </>
            )}
          </p>
        )}
        {(graph.untied > 0 || state.showUntied) && (
          <p className="banner" data-testid="untied-notice">
            {state.showUntied
              ? 'Clusters without a tie in view are drawn.'
              : `${graph.untied} ${graph.untied === 1 ? 'cluster' : 'clusters'} without a tie in view listed, not drawn.`}{' '}
            <button
              type="button"
              className="linkish"
              onClick={() => update((s) => ({ showUntied: !s.showUntied }))}
              data-testid="untied-toggle"
            >
              {state.showUntied ? 'Leave them out' : 'Draw them'}
            </button>
          </p>
        )}
        {lastExpanded && expansion && (
          <p className="banner" aria-live="polite" data-testid="expansion-notice">
            Expanded {nameOf(lastExpanded)}: {expansion.graph.nodes.length - 1} clusters within {state.expandDepth}{' '}
            {state.expandDepth === 1 ? 'tie' : 'ties'}, {expansion.added} of them new.{' '}
            <button type="button" className="linkish" onClick={() => setLastExpanded(null)}>
              Dismiss
            </button>
          </p>
        )}
        {state.focus && (
          <p className="banner">
            Focused on {nameOf(state.focus)} and its partners.{' '}
            <button type="button" className="linkish" onClick={() => update({ focus: null })}>
              Show all
            </button>
          </p>
        )}
        <div className="canvas-wrap">
          <LazyGraphCanvas
            ref={canvas}
            elements={graph.elements}
            // The overview's few groups in rings by size: instant, and the same picture every time.
            layout={graph.overview ? 'concentric' : state.layout}
            selected={selected}
            highlighted={highlighted}
            label={
              graph.overview
                ? `Overview of ${graph.overview.clusters} clusters and ${graph.overview.ties} ties in ${graph.overview.groups.length} groups`
                : `Network of ${counts.clusters} clusters and ${counts.ties} ties`
            }
            onSelect={select}
            onExpand={expand}
            onDrawn={onDrawn}
            onWhole={() => {
              recordWholeDraw();
              setDrawnOnce(true);
            }}
          />
          <Legend
            title={
              state.colourBy === 'country' ? 'Countries' : state.colourBy === 'community' ? 'Communities' : 'Sectors'
            }
            swatches={graph.swatches}
            hasUnknown={graph.hasUnknown}
            lineStyles={graph.lineStyles}
            planned={state.filters.includePlanned}
            size={state.sizeBy === 'betweenness' ? 'brokerage (betweenness)' : 'number of ties'}
          />
          {graph.loading && <Loading label="Loading the network…" />}
          {graph.error && !graph.loading && <ErrorState what="the network" error={graph.error} onRetry={graph.retry} />}
          {!graph.loading && !graph.error && graph.loaded && visible.nodes.length === 0 && (
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
        {settled && (
          <Timeline
            range={{ from: state.filters.fromYear, to: state.filters.toYear }}
            onRange={(range) => update({ filters: { ...state.filters, fromYear: range.from, toYear: range.to } })}
          />
        )}
      </section>

      <aside className="sidebar right" aria-label="Details and list">
        {selectedTie ? (
          <TieDetails edge={selectedTie} nameOf={nameOf} onSelect={selectAndCentre} onClose={() => select(null)} />
        ) : selected ? (
          <DetailsPanel
            id={selected}
            onSelect={selectAndCentre}
            onClose={() => select(null)}
            actions={selectedNode && <ClusterActions id={selected} state={state} update={update} onExpand={expand} />}
          />
        ) : (
          <p className="panel hint">
            Click a cluster or a tie, or pick one in the lists below, to read its agreements, missions, partnerships and
            the sources that state them. Double-click a cluster to expand its partners.
          </p>
        )}
        {settled && !selectedTie && !selected && <StructurePanel onSelect={selectAndCentre} onMeasured={graph.retry} />}
        {!selectedTie && !selected && <CompareDates onSelect={(id) => update({ selected: id })} />}
        {state.hidden.length > 0 && (
          <p className="banner">
            {state.hidden.length} hidden.{' '}
            <button type="button" className="linkish" onClick={() => update({ hidden: [] })}>
              Show them
            </button>
          </p>
        )}
        <div id="explore-tables" tabIndex={-1}>
          {!settled ? (
            <p className="hint">The lists follow the picture…</p>
          ) : graph.overview ? (
            <GroupTable
              overview={graph.overview}
              noun={graph.grouping === 'sector' ? 'sector' : 'country'}
              onPick={(group) => select(`${GROUP_PREFIX}${group}`)}
            />
          ) : (
            <ClusterTable
              graph={visible}
              selected={selected}
              onSelect={selectAndCentre}
              countryName={graph.countryName}
            />
          )}
        </div>
      </aside>
    </div>
  );
}
