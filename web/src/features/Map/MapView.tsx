import { useEffect, useMemo, useRef, useState } from 'react';
import { ClusterTable } from '../../components/ClusterTable';
import { GroupTable } from '../../components/GroupTable';
import { recordMapPainted } from '../../download';
import { EmptyState, ErrorState, Loading } from '../../components/Status';
import { formatCount } from '../../graph/format';
import { fitView, PLACES_ZOOM } from '../../graph/geo';
import { WORLD_VIEW, type MapView as MapViewState } from '../../graph/mapView';
import { UNKNOWN_COLOUR } from '../../graph/palette';
import type { ViewProps } from '../../views';
import { DetailsPanel } from '../Explore/DetailsPanel';
import { FilterPanel } from '../Explore/FilterPanel';
import { TieDetails } from '../Explore/TieDetails';
import { Timeline } from '../Timeline/Timeline';
import { exportMapPng, exportMapSvg } from './exportMap';
import { MapLegend } from './MapLegend';
import { UnplacedList } from './UnplacedList';
import { useMapData } from './useMapData';
import { WorldMap } from './WorldMap';
import './map.css';

/**
 * The Map view: the clusters of the network at their cities on an offline world map, their ties
 * as arcs, per country when zoomed out; the same filters, selection and details as Explore.
 */
export function MapView({ state, update }: ViewProps) {
  const data = useMapData(state);
  const svg = useRef<SVGSVGElement>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  // Without a view in the URL the map frames the clusters it can place.
  const framed = useMemo(() => fitView(data.layer.clusters), [data.layer.clusters]);
  const view: MapViewState = state.map ?? (data.layer.clusters.length ? framed : WORLD_VIEW);
  const setView = (map: MapViewState) => update({ map });

  // Painted: the frame after the first render with every answer in.
  const [painted, setPainted] = useState(false);
  const complete = !data.loading && !data.error;
  useEffect(() => {
    if (!complete || painted) return;
    const frame = requestAnimationFrame(() => {
      recordMapPainted();
      setPainted(true);
    });
    return () => cancelAnimationFrame(frame);
  }, [complete, painted]);
  // What the map does not need waits until it is painted (or has failed), as in Explore: the
  // timeline's questions (1.6 MB at 10k) and the lists' sorting by locale and rows took the main
  // thread and the server before the first picture.
  const settled = painted || Boolean(data.error);

  const select = (id: string | null) => update({ selected: id });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || (e.target as HTMLElement | null)?.closest('input, select'))
        return;
      update({ selected: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [update]);

  const run = (save: (svg: SVGSVGElement) => void | Promise<void>) => () => {
    setExportError(null);
    if (!svg.current) return;
    Promise.resolve(save(svg.current)).catch((e: unknown) =>
      setExportError(`Export failed: ${e instanceof Error ? e.message : String(e)}`),
    );
  };

  const { graph, layer } = data;
  const selected = state.selected;
  const selectedTie = selected ? graph.edges.find((e) => e.id === selected) : undefined;
  const nameOf = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
  const byPlace = view.zoom >= PLACES_ZOOM && !data.countriesOnly;
  // On a network too large to place whole, a country drills down, as Explore's overview does.
  const showCountry = (code: string) => update({ filters: { ...state.filters, countries: [code] } });
  const colourOf = (country: string | null) => (country && data.palette.get(country)?.colour) || UNKNOWN_COLOUR;

  return (
    <div className="explore map-view">
      <aside className="sidebar" aria-label="Filters">
        <FilterPanel
          filters={state.filters}
          countries={data.reference.countries}
          sectors={data.reference.sectors}
          counts={data.counts}
          aggregated={data.countriesOnly ? { ...data.countriesOnly, per: 'country' } : undefined}
          onChange={(filters) => update({ filters })}
        />
      </aside>

      <section className="stage" aria-label="Map">
        <div className="toolbar" role="toolbar" aria-label="Map controls">
          <button type="button" onClick={() => setView({ ...view, zoom: Math.min(32, view.zoom * 1.5) })}>
            Zoom in
          </button>
          <button type="button" onClick={() => setView({ ...view, zoom: Math.max(1, view.zoom / 1.5) })}>
            Zoom out
          </button>
          <button type="button" onClick={() => update({ map: null })} data-testid="map-fit">
            Fit
          </button>
          <button type="button" onClick={() => setView(WORLD_VIEW)}>
            World
          </button>
          <span className="spacer" />
          <span className="group">
            <button type="button" onClick={run(exportMapPng)} data-testid="map-export-png" title="The map as an image">
              PNG
            </button>
            <button
              type="button"
              onClick={run(exportMapSvg)}
              data-testid="map-export-svg"
              title="The map as a vector image"
            >
              SVG
            </button>
          </span>
          {exportError && (
            <span role="alert" className="export-error">
              {exportError}
            </span>
          )}
        </div>
        {data.updating && !data.loading && <progress className="busy" aria-label="Updating the map" />}
        <p className="banner" aria-live="polite" data-testid="map-level">
          {data.countriesOnly
            ? `The network is large (${formatCount(data.countriesOnly.clusters)} clusters, ${formatCount(data.countriesOnly.ties)} ties): drawn per country (${data.countries.aggregates.length} countries). Click a country, or choose countries or sectors in the filters, to place their clusters at their cities.`
            : byPlace
              ? `${formatCount(layer.clusters.length)} clusters at their cities, ${formatCount(layer.withoutCity.length)} known by their country only (dashed circles), ${formatCount(layer.arcs.length)} ties as arcs.`
              : `Clusters and ties per country (${data.countries.aggregates.length} ${data.countries.aggregates.length === 1 ? 'country' : 'countries'}); zoom in to ×${PLACES_ZOOM} to see each cluster at its city.`}
          {data.omittedClusters > 0 &&
            ` The network is large: the ${formatCount(graph.nodes.length)} most connected clusters are placed, ${formatCount(data.omittedClusters)} more are counted per country only.`}
        </p>
        <div className="canvas-wrap">
          <WorldMap
            ref={svg}
            painted={painted}
            view={view}
            onView={setView}
            presence={data.presence}
            countries={data.countries}
            places={layer}
            colourOf={colourOf}
            selected={selected}
            onSelect={select}
            {...(data.countriesOnly ? { onCountry: showCountry } : {})}
            label={`World map of ${graph.nodes.length} clusters and ${graph.edges.length} ties. Arrow keys move it, plus and minus zoom; the lists beside it name every cluster and tie.`}
          />
          <MapLegend byPlace={byPlace} />
          {data.loading && !data.error && <Loading label="Loading the map…" />}
          {data.error && <ErrorState what="the map" error={data.error} onRetry={data.retry} />}
          {!data.loading && !data.error && !data.countriesOnly && graph.nodes.length === 0 && (
            <EmptyState title="No cluster matches these filters.">
              <button
                type="button"
                onClick={() => update({ filters: { ...state.filters, countries: [], sectors: [] } })}
              >
                Clear countries and sectors
              </button>
            </EmptyState>
          )}
        </div>
        <p className="map-credit" data-testid="map-credit">
          Countries: Natural Earth (public domain), via world-atlas. City points:{' '}
          {data.gazetteer ? `${data.gazetteer.name}, ${data.gazetteer.licence}` : 'GeoNames, CC BY 4.0'} (
          {data.gazetteer?.url ?? 'https://www.geonames.org/'}). Drawn offline: the map asks no other site.
        </p>
        {settled && (
          <Timeline
            range={{ from: state.filters.fromYear, to: state.filters.toYear }}
            onRange={(range) => update({ filters: { ...state.filters, fromYear: range.from, toYear: range.to } })}
          />
        )}
      </section>

      <aside className="sidebar right" aria-label="Details and lists">
        {selectedTie ? (
          <TieDetails edge={selectedTie} nameOf={nameOf} onSelect={select} onClose={() => select(null)} />
        ) : selected ? (
          <DetailsPanel id={selected} onSelect={select} onClose={() => select(null)} />
        ) : (
          <p className="panel hint">
            Click a cluster or an arc, or pick one in the lists below, to read its agreements, missions, partnerships
            and the sources that state them.
          </p>
        )}
        {!settled ? (
          <p className="hint">The lists follow the picture…</p>
        ) : (
          <>
            <UnplacedList
              withoutCity={layer.withoutCity}
              unplaced={layer.unplaced}
              undrawnTies={layer.undrawnTies}
              onSelect={select}
            />
            {data.countriesOnly ? (
              <GroupTable overview={data.countriesOnly} noun="country" onPick={showCountry} />
            ) : (
              <ClusterTable graph={graph} selected={selected} onSelect={select} countryName={data.countryName} />
            )}
          </>
        )}
      </aside>
    </div>
  );
}
