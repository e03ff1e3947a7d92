import { EMPTY_FILTERS, type Filters } from "../graph/filters";
import type { LayoutName } from "../graph/layout";
import { LAYOUTS } from "../graph/layout";
import { TIE_KINDS, type ColourBy, type TieKind } from "../graph/types";

/** Everything a shared link must reproduce. Hover, pan and zoom stay in Cytoscape. */
export interface ViewState {
  /** A view id from the tab registry; unknown ids fall back to the first view there. */
  view: string;
  filters: Filters;
  colourBy: ColourBy;
  layout: LayoutName;
  selected: string | null;
  expanded: string[];
  hidden: string[];
  focus: string | null;
  pathFrom: string | null;
  pathTo: string | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: "explore",
  filters: EMPTY_FILTERS,
  colourBy: "country",
  layout: "fcose",
  selected: null,
  expanded: [],
  hidden: [],
  focus: null,
  pathFrom: null,
  pathTo: null,
};

// Short, stable parameter names: links get pasted into mails and tickets.
const P = {
  view: "view",
  countries: "country",
  sectors: "sector",
  tieKinds: "tie",
  fromYear: "from",
  toYear: "to",
  colourBy: "colour",
  layout: "layout",
  selected: "sel",
  expanded: "expand",
  hidden: "hide",
  focus: "focus",
  pathFrom: "a",
  pathTo: "b",
} as const;

function list(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key);
  if (!raw) return [];
  return [
    ...new Set(
      raw
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
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
        .filter((k): k is TieKind =>
          (TIE_KINDS as readonly string[]).includes(k),
        ),
      fromYear: year(params, P.fromYear),
      toYear: year(params, P.toYear),
    },
    colourBy: colour === "sector" ? "sector" : "country",
    layout: LAYOUTS.find((l) => l === layout) ?? DEFAULT_VIEW_STATE.layout,
    selected: id(params, P.selected),
    expanded: list(params, P.expanded),
    hidden: list(params, P.hidden),
    focus: id(params, P.focus),
    pathFrom: id(params, P.pathFrom),
    pathTo: id(params, P.pathTo),
  };
}

/** Serialise with defaults left out, so the plain explorer is just "/". */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const set = (
    key: string,
    value: string | number | null | undefined | readonly string[],
  ) => {
    if (value == null) return;
    const text = Array.isArray(value) ? value.join(",") : String(value);
    if (text) params.set(key, text);
  };
  if (state.view !== DEFAULT_VIEW_STATE.view) set(P.view, state.view);
  set(P.countries, state.filters.countries);
  set(P.sectors, state.filters.sectors);
  set(P.tieKinds, state.filters.tieKinds);
  set(P.fromYear, state.filters.fromYear);
  set(P.toYear, state.filters.toYear);
  if (state.colourBy !== DEFAULT_VIEW_STATE.colourBy)
    set(P.colourBy, state.colourBy);
  if (state.layout !== DEFAULT_VIEW_STATE.layout) set(P.layout, state.layout);
  set(P.selected, state.selected);
  set(P.expanded, state.expanded);
  set(P.hidden, state.hidden);
  set(P.focus, state.focus);
  set(P.pathFrom, state.pathFrom);
  set(P.pathTo, state.pathTo);
  const text = params.toString().replace(/%2C/g, ",");
  return text ? `?${text}` : "";
}
