import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type Ref } from 'react';
import {
  COUNTRY_SHAPES,
  viewAt,
  MAP_HEIGHT,
  MAP_WIDTH,
  moveView,
  PLACES_ZOOM,
  presenceShade,
  SPHERE_PATH,
  viewTransform,
  type CountriesLayer,
  type PlacesLayer,
} from '../../graph/geo';
import type { MapView } from '../../graph/mapView';
import { EDGE_COLOURS, EDGE_LINES } from '../../graph/style';

export interface WorldMapProps {
  ref?: Ref<SVGSVGElement>;
  /** Drawn with every answer in: the browser tests and the benchmark wait for it. */
  painted: boolean;
  view: MapView;
  onView: (view: MapView) => void;
  /** Clusters per country code, for the shade of each country. */
  presence: ReadonlyMap<string, number>;
  countries: CountriesLayer;
  places: PlacesLayer;
  colourOf: (country: string | null) => string;
  selected: string | null;
  onSelect: (id: string) => void;
  /** Set when the network is too large to place cluster by cluster: a country drills down instead of zooming in. */
  onCountry?: (code: string) => void;
  label: string;
}

const DASHES = { solid: undefined, dashed: '5 3', dotted: '1 3' } as const;
/** Keys that move the map: a tenth of the screen per press, or half again as close. */
const KEY_MOVES: Record<string, { dx?: number; dy?: number; factor?: number }> = {
  ArrowLeft: { dx: -0.1 },
  ArrowRight: { dx: 0.1 },
  ArrowUp: { dy: -0.1 },
  ArrowDown: { dy: 0.1 },
  '+': { factor: 1.5 },
  '=': { factor: 1.5 },
  '-': { factor: 1 / 1.5 },
};

/**
 * The offline world map: countries shaded by presence; zoomed out, clusters and ties per country;
 * zoomed in (from PLACES_ZOOM), each cluster at its city and each tie as a great-circle arc styled
 * by kind. Plain SVG with presentation attributes only, so the export is the picture as shown.
 */
export function WorldMap(props: WorldMapProps) {
  const { view, onView, presence, countries, places, colourOf, selected, onSelect, onCountry, label } = props;
  // Drags move a draft view; the URL gets the view once the pointer is released.
  const [draft, setDraft] = useState<MapView | null>(null);
  const shown = draft ?? view;
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  // The click that ends a drag comes after the pointer is released: it must pick nothing.
  const dragged = useRef(false);
  const svg = useRef<SVGSVGElement | null>(null);
  const latest = useRef({ view: shown, onView });
  latest.current = { view: shown, onView };

  // The wheel zooms the map, not the page: a listener React cannot make non-passive.
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const { view: now, onView: set } = latest.current;
      set(moveView(now, { factor: e.deltaY < 0 ? 1.25 : 0.8 }));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const setRef = (element: SVGSVGElement | null) => {
    svg.current = element;
    if (typeof props.ref === 'function') props.ref(element);
    else if (props.ref) (props.ref as { current: SVGSVGElement | null }).current = element;
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const move = KEY_MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    onView(moveView(view, move));
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    drag.current = { x: e.clientX, y: e.clientY, moved: false };
    dragged.current = false;
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    const width = svg.current?.clientWidth;
    if (!start || !width) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    if (!start.moved && Math.hypot(dx, dy) < 4) return;
    if (!start.moved) e.currentTarget.setPointerCapture(e.pointerId);
    start.moved = true;
    const scale = MAP_WIDTH / width;
    setDraft(moveView(view, { dx: (-dx * scale) / MAP_WIDTH, dy: (-dy * scale) / MAP_HEIGHT }));
  };
  const onPointerUp = () => {
    if (drag.current?.moved && draft) onView(draft);
    dragged.current = drag.current?.moved ?? false;
    drag.current = null;
    setDraft(null);
  };
  const pick = (id: string) => () => {
    if (!dragged.current) onSelect(id);
  };

  const most = Math.max(0, ...presence.values());
  const zoom = shown.zoom;
  const byPlace = zoom >= PLACES_ZOOM && !onCountry;
  const touches = (a: { source: string; target: string }) => selected === a.source || selected === a.target;
  const mostTies = Math.max(1, ...countries.links.map((l) => l.ties));

  return (
    <svg
      ref={setRef}
      className="world-map"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label={label}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      data-testid="world-map"
      data-level={byPlace ? 'places' : 'countries'}
      data-painted={props.painted ? 'true' : undefined}
      fontFamily="system-ui, sans-serif"
    >
      <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill="#ffffff" />
      <g transform={viewTransform(shown)}>
        <path d={SPHERE_PATH} fill="#eef4f8" />
        <g>
          {COUNTRY_SHAPES.map((s, i) => (
            <path
              key={s.code ?? `shape-${i}`}
              d={s.d}
              fill={presenceShade(s.code ? (presence.get(s.code) ?? 0) : 0, most)}
              stroke="#ffffff"
              strokeWidth={0.6}
              vectorEffect="non-scaling-stroke"
            >
              <title>{`${s.name}: ${s.code ? (presence.get(s.code) ?? 0) : 0} clusters`}</title>
            </path>
          ))}
        </g>
        {byPlace ? (
          <>
            <g fill="none">
              {places.arcs.map((a) => (
                <path
                  key={a.id}
                  d={a.d}
                  stroke={EDGE_COLOURS[a.kind]}
                  strokeWidth={a.id === selected ? 3 : touches(a) ? 2 : 1.2}
                  strokeOpacity={selected && !touches(a) && a.id !== selected ? 0.3 : 0.8}
                  strokeDasharray={DASHES[EDGE_LINES[a.kind]]}
                  strokeLinecap="round"
                  vectorEffect="non-scaling-stroke"
                  data-testid="map-arc"
                  data-kind={a.kind}
                  onClick={pick(a.id)}
                  style={{ cursor: 'pointer' }}
                />
              ))}
            </g>
            <g>
              {places.countryOnly.map((b) => (
                <g key={b.code} data-testid="map-country-only" data-id={b.code} data-count={b.ids.length}>
                  <circle
                    cx={b.x}
                    cy={b.y}
                    r={(5 + 2 * Math.sqrt(b.ids.length)) / zoom}
                    fill={colourOf(b.code)}
                    fillOpacity={b.ids.includes(selected ?? '') ? 0.9 : 0.35}
                    stroke={colourOf(b.code)}
                    strokeWidth={1.5}
                    strokeDasharray="3 2"
                    vectorEffect="non-scaling-stroke"
                  >
                    <title>{`${b.ids.length} clusters known by their country only: ${b.labels.join(', ')}`}</title>
                  </circle>
                  <text
                    x={b.x}
                    y={b.y + 3.5 / zoom}
                    fontSize={10 / zoom}
                    textAnchor="middle"
                    fill="#1f2933"
                    pointerEvents="none"
                  >
                    {b.ids.length}
                  </text>
                </g>
              ))}
              {places.clusters.map((c) => (
                <circle
                  key={c.id}
                  cx={c.x + c.dx / zoom}
                  cy={c.y + c.dy / zoom}
                  r={(c.id === selected ? 6 : 4) / zoom}
                  fill={colourOf(c.country)}
                  stroke={c.id === selected ? '#111111' : '#ffffff'}
                  strokeWidth={c.id === selected ? 2 : 1}
                  vectorEffect="non-scaling-stroke"
                  data-testid="map-cluster"
                  data-id={c.id}
                  onClick={pick(c.id)}
                  style={{ cursor: 'pointer' }}
                >
                  <title>{`${c.label} (${c.place})`}</title>
                </circle>
              ))}
            </g>
            {zoom >= 6 && (
              <g fontSize={10 / zoom} fill="#1f2933" pointerEvents="none">
                {places.clusters.map((c) => (
                  <text key={c.id} x={c.x + (c.dx + 6) / zoom} y={c.y + (c.dy + 3) / zoom}>
                    {c.label}
                  </text>
                ))}
              </g>
            )}
          </>
        ) : (
          <>
            <g fill="none" stroke="#37474F" strokeLinecap="round">
              {countries.links.map((l) => (
                <path
                  key={l.id}
                  d={l.d}
                  strokeWidth={1 + 3 * Math.sqrt(l.ties / mostTies)}
                  strokeOpacity={0.55}
                  vectorEffect="non-scaling-stroke"
                  data-testid="map-country-link"
                >
                  <title>{`${l.source}–${l.target}: ${l.ties} ties`}</title>
                </path>
              ))}
            </g>
            <g>
              {countries.aggregates.map((a) => (
                <circle
                  key={a.code}
                  cx={a.x}
                  cy={a.y}
                  r={(3 + 2 * Math.sqrt(a.clusters)) / zoom}
                  fill={colourOf(a.code)}
                  fillOpacity={0.85}
                  stroke="#ffffff"
                  strokeWidth={1}
                  vectorEffect="non-scaling-stroke"
                  data-testid="map-country"
                  data-id={a.code}
                  onClick={() =>
                    !dragged.current && (onCountry ? onCountry(a.code) : onView(viewAt(a, PLACES_ZOOM * 2)))
                  }
                  style={{ cursor: 'zoom-in' }}
                >
                  <title>{`${a.label}: ${a.clusters} clusters (click to ${onCountry ? 'show its clusters' : 'zoom in'})`}</title>
                </circle>
              ))}
            </g>
          </>
        )}
      </g>
    </svg>
  );
}
