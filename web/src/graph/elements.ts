import type { ElementDefinition } from 'cytoscape';
import { initialPosition, type Side } from './forceLayout';
import { UNKNOWN_COLOUR, sectorRoots, type Swatch } from './palette';
import { lineStylesDrawn } from './render';
import type { ColourBy, CountryInfo, GraphData, GraphNode, SectorInfo, SizeBy } from './types';

export interface ElementOptions {
  colourBy: ColourBy;
  /** Size by partners in view (degree) or by betweenness on the whole network; degree when omitted. */
  sizeBy?: SizeBy;
  countries: readonly CountryInfo[];
  sectors: readonly SectorInfo[];
  palette: ReadonlyMap<string, Swatch>;
}

export const MIN_NODE_SIZE = 22;
export const MAX_NODE_SIZE = 64;

/** NetworkNode.country is an ISO code; accept a name too so a server change does not blank the colours. */
export function countryLookup(countries: readonly CountryInfo[]): Map<string, CountryInfo> {
  const byKey = new Map<string, CountryInfo>();
  for (const c of countries) {
    byKey.set(c.code.toUpperCase(), c);
    byKey.set(c.name.toUpperCase(), c);
  }
  return byKey;
}

export function sideOf(node: Pick<GraphNode, 'country'>, lookup: ReadonlyMap<string, CountryInfo>): Side {
  const c = node.country ? lookup.get(node.country.toUpperCase()) : undefined;
  if (!c) return 'unknown';
  return c.eu ? 'eu' : 'non-eu';
}

/** Size by the square root of degree so hubs stand out without swallowing their neighbours. */
export function nodeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_NODE_SIZE;
  const t = Math.sqrt(Math.max(0, degree) / maxDegree);
  return Math.round(MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE));
}

export function colourKeyOf(
  node: GraphNode,
  options: Pick<ElementOptions, 'colourBy'>,
  roots: ReadonlyMap<string, string>,
): string | null {
  if (options.colourBy === 'country') return node.country ? node.country.toUpperCase() : null;
  if (options.colourBy === 'community') {
    const community = node.metrics?.community;
    return community == null ? null : String(community);
  }
  const first = node.sectors[0];
  return first ? (roots.get(first) ?? first) : null;
}

/** Longest label drawn on the canvas, in characters: about 120 px at the stylesheet's 11 px. */
export const LABEL_CHARS = 20;

/**
 * A name cut to LABEL_CHARS with an ellipsis, for the canvas (lists and panels show it whole).
 * Cytoscape's own ellipsis measures a long label once per character kept, a measurement each:
 * 290 ms of the first drawing on `?country=FR` (372 labels, load 17); cut here, it measures each once.
 */
export function canvasLabel(name: string): string {
  return name.length <= LABEL_CHARS ? name : `${name.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

/** How many of the best-connected clusters keep their label at any zoom, so a fitted view is never anonymous. */
export const HUB_COUNT = 12;

/** The ids of the HUB_COUNT clusters with the most ties (ties broken by id, so the set is stable). */
export function hubIds(nodes: readonly { id: string; degree: number }[]): Set<string> {
  const ranked = [...nodes].filter((n) => n.degree > 0).sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  return new Set(ranked.slice(0, HUB_COUNT).map((n) => n.id));
}

/** Network results → Cytoscape element definitions (data only; looks come from the stylesheet). */
export function toElements(graph: GraphData, options: ElementOptions): ElementDefinition[] {
  const lookup = countryLookup(options.countries);
  const roots = sectorRoots(options.sectors);
  // Betweenness is 0..1 and mostly tiny: the square root in nodeSize spreads it like degree.
  const sizeOf = (n: GraphNode) => (options.sizeBy === 'betweenness' ? (n.metrics?.betweenness ?? 0) : n.degree);
  const maxSize = graph.nodes.reduce((m, n) => Math.max(m, sizeOf(n)), 0);
  const hubs = hubIds(graph.nodes);
  const nodes: ElementDefinition[] = graph.nodes.map((n) => {
    const side = sideOf(n, lookup);
    const key = colourKeyOf(n, options, roots);
    const country = n.country ? lookup.get(n.country.toUpperCase()) : undefined;
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: canvasLabel(n.label),
        country: country?.code ?? n.country ?? '',
        countryName: country?.name ?? n.country ?? '',
        sectors: [...n.sectors],
        degree: n.degree,
        size: nodeSize(sizeOf(n), maxSize),
        betweenness: n.metrics?.betweenness ?? null,
        side,
        colourKey: key ?? '',
        colour: (key && options.palette.get(key)?.colour) || UNKNOWN_COLOUR,
      },
      position: initialPosition(n.id, side),
      classes: [hubs.has(n.id) ? 'hub' : '', n.metrics?.articulationPoint ? 'cut-point' : ''].join(' ').trim(),
    };
  });
  const ids = new Set(graph.nodes.map((n) => n.id));
  const edges: ElementDefinition[] = graph.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        kind: e.kind,
        weight: e.weight,
        years: [...e.years],
        via: [...e.via],
        planned: e.planned === true,
      },
      classes: e.planned ? 'planned' : '',
    }));
  return [...nodes, ...edges];
}

/**
 * What the legend lists for these elements: one line per colour in view (the countries sharing
 * "Other countries" once), and whether some node has no colour of its own.
 */
export function legendOf(
  elements: readonly ElementDefinition[],
  palette: ReadonlyMap<string, Swatch>,
): { swatches: Swatch[]; hasUnknown: boolean; lineStyles: boolean } {
  const keys = new Set(elements.filter((e) => e.group === 'nodes').map((e) => String(e.data['colourKey'] ?? '')));
  const inView = [...palette.values()].filter((s) => keys.has(s.key));
  return {
    swatches: [...new Map(inView.map((s) => [`${s.label}|${s.colour}`, s])).values()],
    hasUnknown: elements.some((e) => e.group === 'nodes' && e.data['colour'] === UNKNOWN_COLOUR),
    lineStyles: lineStylesDrawn(elements.length),
  };
}
