import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { EntityLink } from '../../components/EntityLink';
import { Legend } from '../../components/Legend';
import { GraphCanvas, type GraphCanvasHandle } from '../../components/GraphCanvas/GraphCanvas';
import { ViewControls } from '../../components/GraphCanvas/ViewControls';
import { EmptyState, ErrorState, Loading } from '../../components/Status';
import { legendOf, toElements } from '../../graph/elements';
import { withPositions } from '../../graph/layout';
import { ELEMENT_BUDGET, omissionNote } from '../../graph/overview';
import {
  pairConnection,
  questionKey,
  sideCountries,
  sideLabel,
  sideOverlap,
  toGapFilter,
  type GapPair,
  type SideSelection,
} from '../../graph/gaps';
import { pathSteps, pathText, positionsWithPath } from '../../graph/path';
import { TIE_KINDS, type GraphData } from '../../graph/types';
import { mergeGraphs } from '../../graph/view';
import type { ViewProps } from '../../views';
import { NetworkQuery, useExpansions, useReferenceData } from '../Explore/network';
import { useCountryPalette } from '../Explore/useCountryPalette';
import { GapMatrix } from './GapMatrix';
import { CandidatesPanel } from './CandidatesPanel';
import { DecisionForm } from './DecisionForm';
import { CellClusters } from './CellClusters';
import { SectorPicker, SidePicker } from './Pickers';
import { ShortestPathQuery } from '../Path/queries';
import { useGapAnswers } from './useGapAnswers';
import { SeparatorsPanel } from '../Analysis/StructurePanel';
import { CoverageNote } from '../Sources/CoverageNote';

/** Candidates per "show more": the API's default page. */
const PAGE = 20;
const EMPTY: GraphData = { nodes: [], edges: [] };
const NO_IDS: string[] = [];

export function GapsView({ state, update }: ViewProps) {
  const reference = useReferenceData();
  const canvas = useRef<GraphCanvasHandle>(null);
  const { gapLeft: left, gapRight: right, gapSectors: sectors } = state;
  const pair = state.gapPair;
  const { countries } = reference;

  const overlap = sideOverlap(left, right, countries);
  const filter = toGapFilter(left, right, sectors, { includePlanned: state.gapPlanned, decision: state.gapDecision });
  // Only ask when the sides make sense; the API would refuse an overlap anyway.
  const runnable = filter !== null && overlap.length === 0;
  // Pages and the opened cell belong to one question: keyed on it rather than reset in an effect.
  const [pages, setPages] = useState({ key: '', count: 1 });
  const [cell, setCell] = useState<{
    key: string;
    sector: { id: string; name: string };
    side: 'left' | 'right';
  } | null>(null);
  const key = questionKey(filter);
  const pageCount = pages.key === key ? pages.count : 1;
  const { matrix, ranking } = useGapAnswers({ filter, runnable, first: pageCount * PAGE });
  const openCell = cell?.key === key ? cell : null;
  const candidates = useMemo(() => ranking.data?.candidates ?? [], [ranking.data]);
  const chosen = pair
    ? candidates.find((c) => c.left.id === pair.left && c.right.id === pair.right && c.sector.id === pair.sector)
    : undefined;

  // The two sides as context on the canvas, everything else left out, cut by the server to the
  // element budget as in Explore (at 10,000 clusters the EU and Canada were refused as too large).
  const sideCodes = useMemo(
    () => [...new Set([...sideCountries(left, countries), ...sideCountries(right, countries)])].sort(),
    [left, right, countries],
  );
  const [network, refetchNetwork] = useQuery({
    query: NetworkQuery,
    variables: { filter: { countries: sideCodes, includePlanned: state.gapPlanned }, budget: ELEMENT_BUDGET },
    pause: sideCodes.length === 0,
  });

  const [pathResult, refetchPath] = useQuery({
    query: ShortestPathQuery,
    variables: {
      from: pair?.left ?? '',
      to: pair?.right ?? '',
      kinds: [...TIE_KINDS],
      includePlanned: state.gapPlanned,
    },
    pause: !pair,
  });
  // urql keeps the previous pair's answer while the next one loads: trust only a settled
  // answer whose ends are this pair.
  const settled =
    pair && !pathResult.fetching && !pathResult.error && pathResult.data ? pathResult.data.shortestPath : undefined;
  const path =
    settled && settled.nodes[0]?.id === pair?.left && settled.nodes.at(-1)?.id === pair?.right ? settled : null;
  const noPath = settled === null;
  const neighbourhoods = useExpansions(pair && noPath ? [pair.left, pair.right] : NO_IDS, undefined);

  const context = network.data?.network;
  const base = context ?? EMPTY;
  const nameIn = (id: string) =>
    base.nodes.find((n) => n.id === id)?.label ?? path?.nodes.find((n) => n.id === id)?.label ?? id;
  const connection = useMemo(() => {
    if (!pair || (!path && !noPath)) return null;
    // A pair opened from a shared link may lie beyond the loaded pages: name it from the graph.
    const named = (end: 'left' | 'right') => chosen?.[end] ?? { id: pair[end], name: nameIn(pair[end]) };
    return pairConnection(named('left'), named('right'), path, neighbourhoods.graphs);
    // Dependencies on purpose: names only change with the network or the chosen row.
  }, [pair, path, noPath, neighbourhoods.graphs, chosen, base]);

  const shown = useMemo(() => mergeGraphs([base, connection?.graph ?? EMPTY]), [base, connection]);
  const { palette } = useCountryPalette(countries);
  // The server's positions, with the pair's chain (or the pair alone) placed among them where the
  // context left it out; their partners, when no chain joins them, have none: the canvas lays out.
  const chain = useMemo(
    () => (path ? path.nodes.map((n) => n.id) : pair ? [pair.left, pair.right] : NO_IDS),
    [path, pair],
  );
  const elements = useMemo(
    () =>
      withPositions(
        toElements(shown, {
          colourBy: 'country',
          countries,
          sectors: reference.sectors,
          palette,
        }),
        positionsWithPath(context?.positions, chain),
      ),
    [shown, context, chain, countries, reference.sectors, palette],
  );
  const omitted = context ? omissionNote(context) : null;
  const legend = useMemo(() => legendOf(elements, palette), [elements, palette]);
  const steps = useMemo(() => (path ? pathSteps(path) : []), [path]);

  // Zoom onto the chosen pair: now, and again after the layout that new nodes may trigger.
  const pendingFit = useRef<readonly string[] | null>(null);
  useEffect(() => {
    pendingFit.current = connection?.highlighted ?? null;
    if (connection) canvas.current?.fit(connection.highlighted);
  }, [connection]);
  const onDrawn = () => {
    if (pendingFit.current) canvas.current?.fit(pendingFit.current);
    pendingFit.current = null;
  };

  const leftLabel = sideLabel(left, countries);
  const rightLabel = sideLabel(right, countries);
  const setSides = (change: { gapLeft?: SideSelection; gapRight?: SideSelection }) =>
    update({ ...change, gapPair: null });
  const setSectors = (gapSectors: string[]) => update({ gapSectors, gapPair: null });
  const onSector = (id: string) => setSectors(sectors.length === 1 && sectors[0] === id ? [] : [id]);
  const choose = (p: GapPair) => update({ gapPair: p }, { push: true });
  const toExplore = (id: string) => update({ view: 'explore', selected: id }, { push: true });

  const pairName = (end: 'left' | 'right') => (pair ? (chosen?.[end].name ?? nameIn(pair[end])) : '');
  const canvasLabel = !pair
    ? `Clusters of ${leftLabel} and ${rightLabel}`
    : path
      ? `${pairName('left')} and ${pairName('right')}, joined by ${pathText(steps)}`
      : `${pairName('left')} and ${pairName('right')} with their direct partners: no chain of ties joins them`;

  const matrixError = matrix.error ?? reference.error;

  return (
    <div className="explore gaps">
      <aside className="sidebar" aria-label="Sides and sectors">
        <h2 className="sidebar-title">Partnership gaps</h2>
        <p className="hint">Where clusters exist on both sides but no tie joins them: choose two sides and sectors.</p>
        <section className="filters" aria-label="Sides">
          <SidePicker
            label="Left"
            testId="gaps-left"
            side={left}
            other={right}
            countries={countries}
            onChange={(gapLeft) => setSides({ gapLeft })}
          />
          <SidePicker
            label="Right"
            testId="gaps-right"
            side={right}
            other={left}
            countries={countries}
            onChange={(gapRight) => setSides({ gapRight })}
          />
          <p>
            <button type="button" onClick={() => setSides({ gapLeft: right, gapRight: left })}>
              ⇄ Swap sides
            </button>
          </p>
          <SectorPicker sectors={reference.sectors} selected={sectors} onChange={setSectors} />
          <label title="A planned or initiated agreement states an intention: by default it is no tie and hides no gap">
            <input
              type="checkbox"
              checked={state.gapPlanned}
              data-testid="gaps-include-planned"
              onChange={() => update({ gapPlanned: !state.gapPlanned, gapPair: null })}
            />{' '}
            Count planned and initiated agreements as ties
          </label>
        </section>
        {filter === null && (
          <p className="banner" role="status">
            Pick the EU bloc or at least one country for each side.
          </p>
        )}
        {overlap.length > 0 && (
          <p className="banner" role="status">
            {overlap.join(', ')} {overlap.length === 1 ? 'is' : 'are'} on both sides: a country can be on one side only.
          </p>
        )}
        {runnable && <SeparatorsPanel between={{ left: filter.left, right: filter.right }} onSelect={toExplore} />}
      </aside>

      <section className="stage" aria-label="Cooperation matrix and network">
        {runnable && (
          <CoverageNote
            sides={[
              { label: leftLabel, side: filter.left },
              { label: rightLabel, side: filter.right },
            ]}
            onAbout={() => update({ view: 'about', source: null }, { push: true })}
          />
        )}
        <div className="gaps-scroll panel">
          {matrix.loading && <Loading label={`Computing the matrix for ${leftLabel} and ${rightLabel}…`} />}
          {matrixError && !matrix.loading && (
            <ErrorState
              what="the cooperation matrix"
              error={matrixError}
              onRetry={() => {
                reference.retry();
                matrix.retry();
              }}
            />
          )}
          {matrix.data &&
            !matrixError &&
            (matrix.data.cells.length === 0 ? (
              <EmptyState title={`Neither ${leftLabel} nor ${rightLabel} has clusters in these sectors.`}>
                <span>Widen the sides or sectors.</span>
              </EmptyState>
            ) : (
              <GapMatrix
                matrix={matrix.data}
                leftLabel={leftLabel}
                rightLabel={rightLabel}
                selectedSectors={sectors}
                onSector={onSector}
                onSelectCluster={toExplore}
                onOpenCell={(c) => setCell({ key, ...c })}
              />
            ))}
          {openCell && (
            <CellClusters
              sector={openCell.sector}
              sideLabel={openCell.side === 'left' ? leftLabel : rightLabel}
              countries={[...sideCountries(openCell.side === 'left' ? left : right, countries)].sort()}
              onSelectCluster={toExplore}
              onClose={() => setCell(null)}
            />
          )}
        </div>
        <div className="toolbar" role="toolbar" aria-label="Canvas">
          <ViewControls canvas={canvas} />
          <span className="spacer" />
          <span className="muted">
            {pair ? `${pairName('left')} ↔ ${pairName('right')}` : 'Choose a candidate to see its nearest connection'}
          </span>
        </div>
        {omitted && (
          <p className="banner" data-testid="lod-note">
            {omitted} A chosen pair is drawn with its connection, whichever clusters it goes through.
          </p>
        )}
        <div className="canvas-wrap">
          <GraphCanvas
            ref={canvas}
            elements={elements}
            layout={state.layout}
            selected={null}
            highlighted={connection?.highlighted ?? NO_IDS}
            label={canvasLabel}
            onSelect={() => undefined}
            onExpand={toExplore}
            onDrawn={onDrawn}
          />
          <Legend title="Countries" {...legend} planned={state.gapPlanned} />
          {network.fetching && !network.data && <Loading label="Loading the network…" />}
          {network.error && (
            <ErrorState
              what="the network"
              error={network.error}
              onRetry={() => refetchNetwork({ requestPolicy: 'network-only' })}
            />
          )}
        </div>
      </section>

      <aside className="sidebar right" aria-label="Candidate pairs">
        {pair && (
          <section
            className="panel gap-connection"
            aria-label="Chosen pair"
            data-testid="gap-connection"
            aria-live="polite"
          >
            <h3>
              <EntityLink id={pair.left} name={pairName('left')} onSelect={toExplore} /> ↔{' '}
              <EntityLink id={pair.right} name={pairName('right')} onSelect={toExplore} />
            </h3>
            {pathResult.fetching && <Loading label="Finding their nearest connection…" />}
            {pathResult.error && (
              <ErrorState
                what="their connection"
                error={pathResult.error}
                onRetry={() => refetchPath({ requestPolicy: 'network-only' })}
              />
            )}
            {path && (
              <p data-testid="gap-path" data-hops={path.hops}>
                Nearest connection, {path.hops} hop{path.hops === 1 ? '' : 's'}: {pathText(steps)}
              </p>
            )}
            {noPath && (
              <p data-testid="gap-path" data-hops="none">
                No chain of ties joins them within 6 hops; each is shown with its direct partners.
              </p>
            )}
            {noPath && neighbourhoods.pending.length > 0 && <Loading label="Loading their partners…" />}
            {neighbourhoods.error && (
              <ErrorState what="their partners" error={neighbourhoods.error} onRetry={neighbourhoods.retry} />
            )}
            <DecisionForm left={pair.left} right={pair.right} decision={chosen?.decision ?? null} />
            <button type="button" className="linkish" onClick={() => update({ gapPair: null })}>
              Clear the choice
            </button>
          </section>
        )}
        <CandidatesPanel
          ranking={ranking}
          leftLabel={leftLabel}
          rightLabel={rightLabel}
          narrowed={sectors.length > 0}
          selected={pair}
          onChoose={choose}
          question={key}
          pageSize={PAGE}
          onMore={() => setPages({ key, count: pageCount + 1 })}
          decision={state.gapDecision}
          onDecision={(gapDecision) => update({ gapDecision, gapPair: null })}
        />
      </aside>
    </div>
  );
}
