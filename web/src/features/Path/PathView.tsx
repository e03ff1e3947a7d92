import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ClusterTable } from '../../components/ClusterTable';
import { EntityLink } from '../../components/EntityLink';
import { Legend } from '../../components/Legend';
import { GraphCanvas, type GraphCanvasHandle } from '../../components/GraphCanvas/GraphCanvas';
import { ViewControls } from '../../components/GraphCanvas/ViewControls';
import { EmptyState, ErrorState, Loading } from '../../components/Status';
import { download } from '../../download';
import { legendOf, toElements } from '../../graph/elements';
import { toNetworkFilter } from '../../graph/filters';
import { withPositions } from '../../graph/layout';
import { ELEMENT_BUDGET, omissionNote } from '../../graph/overview';
import { pathSteps, pathText, positionsWithPath, type ViaInfo } from '../../graph/path';
import { mergeGraphs } from '../../graph/view';
import type { GraphData } from '../../graph/types';
import { graphql } from '../../gql';
import type { ViewProps } from '../../views';
import { NetworkQuery, useReferenceData } from '../Explore/network';
import { PlannedSwitch } from '../Explore/PlannedSwitch';
import { useCountryPalette } from '../Explore/useCountryPalette';
import { SearchBox } from '../Search/SearchBox';
import { ShortestPathQuery } from './queries';

const ViaQuery = graphql(`
  query PathVia($id: ID!) {
    node(id: $id) {
      __typename
      id
      name
      entityKind
      ... on Agreement {
        agreementKind
        signedOn
      }
      ... on Mission {
        startsOn
      }
      ... on Partnership {
        acronym
      }
    }
  }
`);

/** What each tie of the path goes through, to write "MoU 2013" rather than "agreement". */
function useVias(ids: readonly string[]): Map<string, ViaInfo> {
  const client = useClient();
  const [vias, setVias] = useState(new Map<string, ViaInfo>());
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    for (const id of ids) {
      void client
        .query(ViaQuery, { id })
        .toPromise()
        .then((r) => {
          const n = r.data?.node;
          if (!live || !n) return;
          const info: ViaInfo = {
            id: n.id,
            name: n.name,
            entityKind: n.entityKind,
            agreementKind: n.__typename === 'Agreement' ? n.agreementKind : null,
            signedOn: n.__typename === 'Agreement' ? n.signedOn : null,
            startsOn: n.__typename === 'Mission' ? n.startsOn : null,
            acronym: n.__typename === 'Partnership' ? n.acronym : null,
          };
          setVias((prev) => new Map(prev).set(id, info));
        });
    }
    return () => {
      live = false;
    };
    // Dependencies on purpose: keyed by the id list
  }, [client, key]);
  return vias;
}

const EMPTY: GraphData = { nodes: [], edges: [] };

export function PathView({ state, update }: ViewProps) {
  const reference = useReferenceData();
  const canvas = useRef<GraphCanvasHandle>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const kinds = toNetworkFilter(state.filters)?.tieKinds ?? null;
  const { includePlanned } = state.filters;
  const { pathFrom: from, pathTo: to } = state;
  const [result, reexecute] = useQuery({
    query: ShortestPathQuery,
    variables: { from: from ?? '', to: to ?? '', kinds, includePlanned },
    pause: !from || !to,
  });
  // The network as context, so the path is seen among the rest: cut by the server to the element
  // budget as in Explore (the whole of a large network was refused as too large, or drawn past it).
  const [network, refetchNetwork] = useQuery({
    query: NetworkQuery,
    variables: { filter: includePlanned ? { includePlanned } : null, budget: ELEMENT_BUDGET },
  });
  const context = network.data?.network;
  const path = from && to ? result.data?.shortestPath : undefined;
  const vias = useVias(path?.edges.map((e) => e.via[0]).filter((v): v is string => Boolean(v)) ?? []);
  const steps = useMemo(() => (path ? pathSteps(path, vias) : []), [path, vias]);
  const pathGraph = useMemo<GraphData>(() => (path ? { nodes: path.nodes, edges: path.edges } : EMPTY), [path]);
  const shown = useMemo(() => mergeGraphs([context ?? EMPTY, pathGraph]), [context, pathGraph]);
  const { palette } = useCountryPalette(reference.countries);
  const elements = useMemo(
    () =>
      withPositions(
        toElements(shown, {
          colourBy: 'country',
          countries: reference.countries,
          sectors: reference.sectors,
          palette,
        }),
        positionsWithPath(
          context?.positions,
          pathGraph.nodes.map((n) => n.id),
        ),
      ),
    [shown, context, pathGraph, reference.countries, reference.sectors, palette],
  );
  const omitted = context ? omissionNote(context) : null;
  const legend = useMemo(() => legendOf(elements, palette), [elements, palette]);
  const highlighted = useMemo(
    () => [...pathGraph.nodes.map((n) => n.id), ...pathGraph.edges.map((e) => e.id)],
    [pathGraph],
  );
  // Zoom on the path once the network is drawn, and again whenever the path changes.
  const [drawn, setDrawn] = useState(0);
  useEffect(() => {
    if (drawn && highlighted.length) canvas.current?.fit(highlighted);
  }, [highlighted, drawn]);
  const isCluster = (id: string) => shown.nodes.some((n) => n.id === id);
  const nameOf = (id: string | null) => (id && (names[id] ?? shown.nodes.find((n) => n.id === id)?.label)) || id || '';

  const choose = (end: 'pathFrom' | 'pathTo') => (c: { id: string; name: string }) => {
    setNames((n) => ({ ...n, [c.id]: c.name }));
    update({ [end]: c.id }, { push: true });
  };
  const select = (id: string) => update({ view: 'explore', selected: id }, { push: true });

  return (
    <div className="explore path">
      <aside className="sidebar" aria-label="Path endpoints">
        <h2 className="sidebar-title">Shortest chain of ties</h2>
        <SearchBox
          label="From"
          placeholder="A cluster…"
          testId="path-from"
          clustersOnly
          value={nameOf(from)}
          onChoose={choose('pathFrom')}
        />
        <SearchBox
          label="To"
          placeholder="Another cluster…"
          testId="path-to"
          clustersOnly
          value={nameOf(to)}
          onChoose={choose('pathTo')}
        />
        <p>
          <button type="button" onClick={() => update({ pathFrom: to, pathTo: from })} disabled={!from && !to}>
            ⇅ Swap
          </button>{' '}
          <button type="button" onClick={() => update({ pathFrom: null, pathTo: null })} disabled={!from && !to}>
            Clear
          </button>
        </p>
        <p>
          <PlannedSwitch
            checked={includePlanned}
            label="Cross planned and initiated agreements"
            onChange={(on) => update((s) => ({ filters: { ...s.filters, includePlanned: on } }))}
          />
        </p>
        {kinds && (
          <p className="muted">
            Through {kinds.map((k) => k.toLowerCase()).join(' and ')} ties only (the Explore filter).
          </p>
        )}

        {from && to && result.fetching && <Loading label="Finding the shortest path…" />}
        {result.error && (
          <ErrorState
            what="the path"
            error={result.error}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        )}
        {from && to && !result.fetching && !result.error && result.data && !path && (
          <EmptyState title={`No chain of ties links ${nameOf(from)} and ${nameOf(to)} within 6 hops.`}>
            {kinds && <span>Include more tie kinds in the Explore filters.</span>}
          </EmptyState>
        )}
        {path && (
          <section className="path-steps" aria-label="Path" data-testid="path-steps" data-hops={path.hops}>
            <h3>
              {path.hops} hop{path.hops === 1 ? '' : 's'}
            </h3>
            <p className="path-text" data-testid="path-text">
              {pathText(steps)}
            </p>
            <ol>
              {steps.map((s, i) => (
                <li key={`${s.from.id}-${s.to.id}-${i}`} data-testid="path-step">
                  <EntityLink id={s.from.id} name={s.from.label} onSelect={select} />{' '}
                  <span className="tie">—{s.tie}—</span> <EntityLink id={s.to.id} name={s.to.label} onSelect={select} />
                </li>
              ))}
            </ol>
            <button
              type="button"
              onClick={() => void canvas.current?.exportPng().then((b) => download(b, 'cluster-atlas-path.png'))}
              data-testid="export-png"
            >
              Export PNG
            </button>
          </section>
        )}
        {(!from || !to) && (
          <p className="hint">
            Pick two clusters: the shortest chain of agreements, missions and partnerships between them is drawn on the
            network and written out here.
          </p>
        )}
      </aside>
      <section className="stage" aria-label="Network with the path">
        <div className="toolbar" role="toolbar" aria-label="Canvas">
          <ViewControls canvas={canvas} />
        </div>
        {omitted && (
          <p className="banner" data-testid="lod-note">
            {omitted} The path is drawn whole, whichever clusters it goes through.
          </p>
        )}
        <div className="canvas-wrap">
          <GraphCanvas
            ref={canvas}
            elements={elements}
            layout={state.layout}
            selected={null}
            highlighted={highlighted}
            label={path ? `Path of ${path.hops} hops: ${pathText(steps)}` : 'Network'}
            onSelect={(id) => id && isCluster(id) && update((s) => (s.pathFrom ? { pathTo: id } : { pathFrom: id }))}
            onExpand={select}
            onDrawn={() => setDrawn((n) => n + 1)}
          />
          <Legend title="Countries" {...legend} planned={includePlanned} />
          {network.fetching && !network.data && <Loading label="Loading the network…" />}
          {network.error && (
            <ErrorState
              what="the network around the path"
              error={network.error}
              onRetry={() => refetchNetwork({ requestPolicy: 'network-only' })}
            />
          )}
        </div>
      </section>
      <aside className="sidebar right" aria-label="Clusters on the path">
        <ClusterTable
          graph={path ? pathGraph : EMPTY}
          selected={null}
          onSelect={select}
          countryName={(c) => reference.countries.find((x) => x.code === c?.toUpperCase())?.name ?? c ?? '—'}
        />
      </aside>
    </div>
  );
}
