import type { ElementDefinition } from 'cytoscape';
import { MAX_NODE_SIZE, MIN_NODE_SIZE } from './elements';
import { formatCount } from './format';
import { UNKNOWN_COLOUR, type Swatch } from './palette';

/**
 * Level of detail. Past about 2,000 elements (clusters + ties) a network stops being readable and
 * the canvas stops being fluid, so the explorer shows it aggregated (countries or sectors as nodes,
 * ties between them as weighted edges) or cut to its most connected clusters, and says which.
 */
export const ELEMENT_BUDGET = 2000;

/** What the overview groups clusters by, or `clusters` for no grouping (cut to the budget instead). */
export type Grouping = 'country' | 'sector' | 'clusters';
export const GROUPINGS: readonly Grouping[] = ['country', 'sector', 'clusters'];

export interface OverviewData {
  clusters: number;
  ties: number;
  groups: readonly { id: string; label: string; clusters: number; ties: number }[];
  links: readonly { id: string; source: string; target: string; ties: number }[];
}

/** A group's node id on the canvas: never a cluster id, so a click on it is told apart. */
export const GROUP_PREFIX = 'group:';
export const groupIdOf = (canvasId: string): string | null =>
  canvasId.startsWith(GROUP_PREFIX) ? canvasId.slice(GROUP_PREFIX.length) : null;

/** Which view a network of this size gets when the user has not chosen: grouped by country past the budget. */
export function autoGrouping(size: { clusters: number; ties: number }): Grouping {
  return size.clusters + size.ties > ELEMENT_BUDGET ? 'country' : 'clusters';
}

/** The ring of the group ranked `rank` (0 the largest): the middle holds one, ring k holds 6k. */
export function ringOf(rank: number): number {
  let ring = 0;
  for (let first = 1; rank >= first; ring++) first += 6 * (ring + 1);
  return ring;
}

/** Overview → Cytoscape elements: a node per group sized by its clusters, an edge per linked pair weighted by ties. */
export function overviewElements(overview: OverviewData, palette: ReadonlyMap<string, Swatch>): ElementDefinition[] {
  const largest = overview.groups.reduce((m, g) => Math.max(m, g.clusters), 1);
  const mostTies = overview.links.reduce((m, l) => Math.max(m, l.ties), 1);
  const count = overview.groups.length;
  const rank = new Map(
    [...overview.groups].sort((a, b) => b.clusters - a.clusters || a.id.localeCompare(b.id)).map((g, i) => [g.id, i]),
  );
  const rings = ringOf(count - 1) + 1;
  const nodes: ElementDefinition[] = overview.groups.map((g, i) => ({
    group: 'nodes',
    data: {
      id: `${GROUP_PREFIX}${g.id}`,
      label: `${g.label} · ${formatCount(g.clusters)}`,
      clusters: g.clusters,
      // Degree orders the concentric layout, one level per distinct value: ranks in rings, the
      // largest group in the middle (the cluster counts themselves gave a ring per group, a column).
      degree: (rings - ringOf(rank.get(g.id) ?? 0)) * 10,
      size: Math.round(MIN_NODE_SIZE + Math.sqrt(g.clusters / largest) * (MAX_NODE_SIZE * 1.5 - MIN_NODE_SIZE)),
      colourKey: g.id,
      colour: palette.get(g.id)?.colour ?? UNKNOWN_COLOUR,
    },
    // On a circle in size order: a start that repeats, whatever the layout does next.
    position: { x: 400 * Math.cos((2 * Math.PI * i) / count), y: 400 * Math.sin((2 * Math.PI * i) / count) },
    classes: 'hub group',
  }));
  const edges: ElementDefinition[] = overview.links.map((l) => ({
    group: 'edges',
    data: {
      id: `link:${l.id}`,
      source: `${GROUP_PREFIX}${l.source}`,
      target: `${GROUP_PREFIX}${l.target}`,
      ties: l.ties,
      // The stylesheet maps weight 1..6 to the edge width; ties span orders of magnitude, hence the log.
      weight: 1 + (5 * Math.log1p(l.ties)) / Math.log1p(mostTies),
    },
  }));
  return [...nodes, ...edges];
}

/** The sentence that says what the overview aggregates. */
export function overviewNote(overview: OverviewData, grouping: Exclude<Grouping, 'clusters'>): string {
  const what = grouping === 'country' ? 'countries' : 'top-level sectors (a cluster may count in several)';
  return `Aggregated: ${formatCount(overview.clusters)} clusters and ${formatCount(overview.ties)} ties shown as ${formatCount(overview.groups.length)} ${what}, linked by their ties. Choose one to see its clusters.`;
}

/** The sentence that says what a budget left out of a network, or null when it is whole. */
export function omissionNote(network: {
  nodes: readonly unknown[];
  omittedClusters: number;
  omittedTies: number;
}): string | null {
  if (network.omittedClusters === 0 && network.omittedTies === 0) return null;
  const total = network.nodes.length + network.omittedClusters;
  return `Showing the ${formatCount(network.nodes.length)} most connected of ${formatCount(total)} clusters: ${formatCount(network.omittedClusters)} more clusters and ${formatCount(network.omittedTies)} ties left out.`;
}
