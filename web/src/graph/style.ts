import type { StylesheetJson } from 'cytoscape';
import type { TieKind } from './types';

export const EDGE_COLOURS: Readonly<Record<TieKind, string>> = {
  AGREEMENT: '#37474F',
  MISSION: '#B5651D',
  PARTNERSHIP: '#5E60CE',
};
export const EDGE_LINES: Readonly<Record<TieKind, 'solid' | 'dashed' | 'dotted'>> = {
  AGREEMENT: 'solid',
  MISSION: 'dashed',
  PARTNERSHIP: 'dotted',
};
export const TIE_LABELS: Readonly<Record<TieKind, string>> = {
  AGREEMENT: 'Agreement',
  MISSION: 'Mission',
  PARTNERSHIP: 'Partnership',
};

/** A planned or initiated agreement: the agreement's colour in long dashes, named on the line. */
export const PLANNED_LABEL = 'planned';
export const PLANNED_DASHES: readonly [number, number] = [12, 6];

/** How a tie is named in lists and panels: a planned agreement says so. */
export function tieKindLabel(edge: { kind: TieKind; planned?: boolean }): string {
  return edge.planned ? 'Planned or initiated agreement' : TIE_LABELS[edge.kind];
}

/** Below this on-screen size labels are dropped, so a zoomed-out network stays legible. */
export const MIN_LABEL_PX = 9;

/** The Cytoscape stylesheet: colour and size come from element data set by toElements. */
export function buildStylesheet(): StylesheetJson {
  const edgeKinds: StylesheetJson = (Object.keys(EDGE_LINES) as TieKind[]).map((kind) => ({
    selector: `edge[kind = "${kind}"]`,
    style: {
      'line-style': EDGE_LINES[kind],
      'line-color': EDGE_COLOURS[kind],
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 11,
        color: '#1F2933',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': MIN_LABEL_PX,
        'border-width': 1.5,
        'border-color': '#FFFFFF',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 6, 1.5, 5)',
        'curve-style': 'bezier',
        opacity: 0.75,
        'line-cap': 'round',
      },
    },
    ...edgeKinds,
    // The overview's links (one per pair of groups, nothing parallel to tell apart) drawn straight.
    { selector: 'edge[ties]', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
    {
      selector: 'edge.planned',
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': [...PLANNED_DASHES],
        label: PLANNED_LABEL,
        'font-size': 10,
        'font-style': 'italic',
        color: EDGE_COLOURS.AGREEMENT,
        'text-rotation': 'autorotate',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': MIN_LABEL_PX,
      },
    },
    // Twice the size, so that at the zoom that fits the seed graph (about 0.45) they still read at ~10 px.
    {
      selector: 'node.hub',
      style: { 'min-zoomed-font-size': 0, 'font-size': 22, 'font-weight': 600 },
    },
    // A cluster's label comes cut to LABEL_CHARS (canvasLabel): Cytoscape's ellipsis would measure it
    // again each time the node's rendered style is recomputed. An overview group's name and count may
    // be longer, and are few.
    { selector: 'node.group', style: { 'text-wrap': 'ellipsis', 'text-max-width': '220px' } },
    // A single point of failure: a dark double ring, visible whatever the colour.
    { selector: 'node.cut-point', style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#111827' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#111827' },
    },
    { selector: 'edge:selected', style: { opacity: 1, width: 5 } },
    {
      selector: 'node.hover',
      style: { 'min-zoomed-font-size': 0, 'z-index': 20 },
    },
    { selector: 'edge.hover', style: { opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.2 } },
    {
      selector: 'node.highlighted',
      style: {
        // A highlighted cluster (a path, a search hit) is named at any zoom.
        'min-zoomed-font-size': 0,
        'border-width': 4,
        'border-color': '#F59E0B',
        'z-index': 10,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge.highlighted',
      style: { opacity: 1, width: 5, 'line-color': '#F59E0B', 'z-index': 10 },
    },
  ];
}
