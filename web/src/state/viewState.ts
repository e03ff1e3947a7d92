import { EMPTY_FILTERS, type Filters } from '../graph/filters';
import {
  DEFAULT_LEFT,
  DEFAULT_RIGHT,
  GAP_DECISION_CHOICES,
  sameSide,
  type GapDecisionChoice,
  type GapPair,
  type SideSelection,
} from '../graph/gaps';
import type { LayoutName } from '../graph/layout';
import { GROUPINGS, type Grouping } from '../graph/overview';
import { LAYOUTS } from '../graph/layout';
import { MAX_ZOOM, MIN_ZOOM, type MapView } from '../graph/mapView';
import { TIE_KINDS, type ColourBy, type SizeBy, type TieKind } from '../graph/types';

/** Everything a shared link must reproduce. Hover, pan and zoom stay in Cytoscape. */
export interface ViewState {
  /** A view id from the tab registry; unknown ids fall back to the first view there. */
  view: string;
  filters: Filters;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  layout: LayoutName;
  /** Explore: clusters grouped by country or sector, or drawn one by one; null lets the graph's size decide. */
  group: Grouping | null;
  selected: string | null;
  expanded: string[];
  /** How many ties away an expansion reaches, 1 to 3. */
  expandDepth: number;
  hidden: string[];
  focus: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  /** Gaps view: the two sides compared, its own sector filter, and the chosen candidate pair. */
  gapLeft: SideSelection;
  gapRight: SideSelection;
  gapSectors: string[];
  gapPair: GapPair | null;
  /** Gaps view: planned and initiated agreements count as ties (they then hide gaps). */
  gapPlanned: boolean;
  /** Gaps view: the candidates listed, by their decision (all, undecided, dismissed, in contact). */
  gapDecision: GapDecisionChoice;
  /** Explore: with a year filter, draw the ties whose facts have no date too. */
  showUndated: boolean;
  /** Explore: draw the clusters that have no tie in view too. */
  showUntied: boolean;
  /** About the data: the source whose page is open. */
  source: string | null;
  /** Review view: the document under review. */
  review: string | null;
  /** Map view: its zoom and centre; null frames the clusters shown. */
  map: MapView | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'explore',
  filters: EMPTY_FILTERS,
  colourBy: 'country',
  sizeBy: 'degree',
  layout: 'fcose',
  group: null,
  selected: null,
  expanded: [],
  expandDepth: 1,
  hidden: [],
  focus: null,
  pathFrom: null,
  pathTo: null,
  gapLeft: DEFAULT_LEFT,
  gapRight: DEFAULT_RIGHT,
  gapSectors: [],
  gapPair: null,
  gapPlanned: false,
  gapDecision: 'ALL',
  showUndated: false,
  showUntied: false,
  source: null,
  review: null,
  map: null,
};

// Short, stable parameter names: links get pasted into mails and tickets.
const P = {
  view: 'view',
  countries: 'country',
  sectors: 'sector',
  tieKinds: 'tie',
  fromYear: 'from',
  toYear: 'to',
  includePlanned: 'planned',
  colourBy: 'colour',
  sizeBy: 'size',
  layout: 'layout',
  group: 'group',
  selected: 'sel',
  expanded: 'expand',
  expandDepth: 'depth',
  hidden: 'hide',
  focus: 'focus',
  pathFrom: 'a',
  pathTo: 'b',
  gapLeft: 'left',
  gapRight: 'right',
  gapSectors: 'gsector',
  gapPair: 'pair',
  gapPlanned: 'gplanned',
  gapDecision: 'gdecision',
  showUndated: 'undated',
  showUntied: 'untied',
  source: 'src',
  review: 'review',
  map: 'map',
} as const;

/** A side in the URL: "EU" stands for the bloc, other tokens are country codes ("EU,NO"). */
const EU_TOKEN = 'EU';
/** An empty side must survive the round trip; a missing parameter means the default side. */
const NO_SIDE = 'none';

function side(params: URLSearchParams, key: string, fallback: SideSelection): SideSelection {
  const raw = params.get(key);
  if (raw == null || raw.trim() === '') return fallback;
  if (raw.trim().toLowerCase() === NO_SIDE) return { eu: false, countries: [] };
  const tokens = list(params, key).map((t) => t.toUpperCase());
  return {
    eu: tokens.includes(EU_TOKEN),
    countries: [...new Set(tokens.filter((t) => t !== EU_TOKEN && /^[A-Z]{2}$/.test(t)))],
  };
}

function sideText(s: SideSelection): string {
  const tokens = [...(s.eu ? [EU_TOKEN] : []), ...s.countries];
  return tokens.length ? tokens.join(',') : NO_SIDE;
}

/** "left,right,sector": all three or nothing. */
function pair(params: URLSearchParams, key: string): GapPair | null {
  const parts = (params.get(key) ?? '').split(',').map((p) => p.trim());
  const [left, right, sector] = parts;
  if (parts.length !== 3 || !left || !right || !sector) return null;
  return { left, right, sector };
}

function list(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key);
  if (!raw) return [];
  return [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** "zoom,lon,lat", e.g. "2.5,-30,50"; anything out of range is dropped. */
function mapView(params: URLSearchParams, key: string): MapView | null {
  const [zoom, lon, lat] = (params.get(key) ?? '').split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (zoom === undefined || lon === undefined || lat === undefined) return null;
  if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM && Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return null;
  return { zoom, lon, lat };
}

function year(params: URLSearchParams, key: string): number | null {
  const raw = params.get(key);
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  return Number(raw);
}

function id(params: URLSearchParams, key: string): string | null {
  const raw = params.get(key)?.trim();
  return raw ? raw : null;
}

/** Parse a query string; anything malformed is dropped rather than trusted. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const colour = params.get(P.colourBy);
  const layout = params.get(P.layout);
  return {
    view: params.get(P.view) || DEFAULT_VIEW_STATE.view,
    filters: {
      countries: list(params, P.countries).map((c) => c.toUpperCase()),
      sectors: list(params, P.sectors),
      tieKinds: list(params, P.tieKinds)
        .map((k) => k.toUpperCase())
        .filter((k): k is TieKind => (TIE_KINDS as readonly string[]).includes(k)),
      fromYear: year(params, P.fromYear),
      toYear: year(params, P.toYear),
      includePlanned: params.get(P.includePlanned) === '1',
    },
    colourBy: colour === 'sector' || colour === 'community' ? colour : 'country',
    sizeBy: params.get(P.sizeBy) === 'betweenness' ? 'betweenness' : 'degree',
    layout: LAYOUTS.find((l) => l === layout) ?? DEFAULT_VIEW_STATE.layout,
    group: GROUPINGS.find((g) => g === params.get(P.group)) ?? null,
    selected: id(params, P.selected),
    expanded: list(params, P.expanded),
    expandDepth: [1, 2, 3].find((d) => String(d) === params.get(P.expandDepth)) ?? DEFAULT_VIEW_STATE.expandDepth,
    hidden: list(params, P.hidden),
    focus: id(params, P.focus),
    pathFrom: id(params, P.pathFrom),
    pathTo: id(params, P.pathTo),
    gapLeft: side(params, P.gapLeft, DEFAULT_VIEW_STATE.gapLeft),
    gapRight: side(params, P.gapRight, DEFAULT_VIEW_STATE.gapRight),
    gapSectors: list(params, P.gapSectors),
    gapPair: pair(params, P.gapPair),
    gapPlanned: params.get(P.gapPlanned) === '1',
    gapDecision: GAP_DECISION_CHOICES.find((c) => c === params.get(P.gapDecision)) ?? 'ALL',
    showUndated: params.get(P.showUndated) === '1',
    showUntied: params.get(P.showUntied) === '1',
    source: id(params, P.source),
    review: id(params, P.review),
    map: mapView(params, P.map),
  };
}

/** Serialise with defaults left out, so the plain explorer is just "/". */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | null | undefined | readonly string[]) => {
    if (value == null) return;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text) params.set(key, text);
  };
  if (state.view !== DEFAULT_VIEW_STATE.view) set(P.view, state.view);
  set(P.countries, state.filters.countries);
  set(P.sectors, state.filters.sectors);
  set(P.tieKinds, state.filters.tieKinds);
  set(P.fromYear, state.filters.fromYear);
  set(P.toYear, state.filters.toYear);
  if (state.filters.includePlanned) set(P.includePlanned, '1');
  if (state.colourBy !== DEFAULT_VIEW_STATE.colourBy) set(P.colourBy, state.colourBy);
  if (state.sizeBy !== DEFAULT_VIEW_STATE.sizeBy) set(P.sizeBy, state.sizeBy);
  if (state.layout !== DEFAULT_VIEW_STATE.layout) set(P.layout, state.layout);
  set(P.group, state.group);
  set(P.selected, state.selected);
  set(P.expanded, state.expanded);
  if (state.expandDepth !== DEFAULT_VIEW_STATE.expandDepth) set(P.expandDepth, state.expandDepth);
  set(P.hidden, state.hidden);
  set(P.focus, state.focus);
  set(P.pathFrom, state.pathFrom);
  set(P.pathTo, state.pathTo);
  if (!sameSide(state.gapLeft, DEFAULT_VIEW_STATE.gapLeft)) set(P.gapLeft, sideText(state.gapLeft));
  if (!sameSide(state.gapRight, DEFAULT_VIEW_STATE.gapRight)) set(P.gapRight, sideText(state.gapRight));
  set(P.gapSectors, state.gapSectors);
  if (state.gapPair) {
    const { left, right, sector } = state.gapPair;
    set(P.gapPair, [left, right, sector]);
  }
  if (state.gapPlanned) set(P.gapPlanned, 1);
  if (state.gapDecision !== 'ALL') set(P.gapDecision, state.gapDecision);
  if (state.showUndated) set(P.showUndated, '1');
  if (state.showUntied) set(P.showUntied, '1');
  set(P.source, state.source);
  set(P.review, state.review);
  if (state.map) set(P.map, [state.map.zoom, state.map.lon, state.map.lat].map(String));
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
