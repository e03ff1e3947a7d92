import type { GraphData, GraphEdge, GraphNode } from './types';

/** Union of networks by id: the base network plus every expanded neighbourhood. */
export function mergeGraphs(graphs: readonly GraphData[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const g of graphs) {
    for (const n of g.nodes) {
      const known = nodes.get(n.id);
      if (!known || n.degree > known.degree) nodes.set(n.id, n);
    }
    for (const e of g.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export interface VisibleOptions {
  hidden: readonly string[];
  /** Show only this cluster and its direct partners. */
  focus?: string | null;
}

/** What the canvas and the table show: hidden clusters removed, optionally focused on one. */
export function visibleGraph(graph: GraphData, options: VisibleOptions): GraphData {
  const hidden = new Set(options.hidden);
  let nodes = graph.nodes.filter((n) => !hidden.has(n.id));
  let keep = new Set(nodes.map((n) => n.id));
  let edges = graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  if (options.focus && keep.has(options.focus)) {
    const f = options.focus;
    const near = new Set([f]);
    for (const e of edges) {
      if (e.source === f) near.add(e.target);
      if (e.target === f) near.add(e.source);
    }
    nodes = nodes.filter((n) => near.has(n.id));
    keep = near;
    edges = edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  }
  return { nodes, edges };
}

/**
 * Clusters without a tie in view, drawn apart, become a grid of unlabelled dots: the canvas leaves
 * them out (counted, so the view can say so; the table still lists them), except those kept.
 */
export function withoutUntied(graph: GraphData, keep: ReadonlySet<string>): { graph: GraphData; untied: number } {
  const tied = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  const nodes = graph.nodes.filter((n) => tied.has(n.id) || keep.has(n.id));
  return { graph: { nodes, edges: graph.edges }, untied: graph.nodes.length - nodes.length };
}

/** Ids of the nodes in `after` that were not in `before`: what an expansion added. */
export function addedNodeIds(before: GraphData, after: GraphData): string[] {
  const known = new Set(before.nodes.map((n) => n.id));
  return after.nodes.filter((n) => !known.has(n.id)).map((n) => n.id);
}

/** What to emphasise for a selection: a cluster with its ties and partners, or the ties that go through an agreement, mission or partnership. */
export function highlightFor(id: string | null, graph: GraphData, options: { neighbours: boolean }): string[] {
  if (!id) return [];
  if (graph.nodes.some((n) => n.id === id)) {
    if (!options.neighbours) return [];
    const out = new Set([id]);
    for (const e of graph.edges) {
      if (e.source === id || e.target === id) {
        out.add(e.id);
        out.add(e.source);
        out.add(e.target);
      }
    }
    return [...out];
  }
  const out = new Set<string>();
  for (const e of graph.edges) {
    if (e.via.includes(id)) {
      out.add(e.id);
      out.add(e.source);
      out.add(e.target);
    }
  }
  return [...out];
}
