// The shapes the pure graph code works on. They mirror the GraphQL NetworkNode / NetworkEdge
// fields the canvas needs, so the generated types fit them structurally and tests need no codegen.

export type TieKind = 'AGREEMENT' | 'MISSION' | 'PARTNERSHIP';
export const TIE_KINDS: readonly TieKind[] = ['AGREEMENT', 'MISSION', 'PARTNERSHIP'];

export interface GraphNode {
  id: string;
  label: string;
  country?: string | null;
  sectors: readonly string[];
  degree: number;
  /** Measures on the whole tie network (server analysis); null until computed. */
  metrics?: NodeMetrics | null;
}

export interface NodeMetrics {
  betweenness?: number | null;
  community?: number | null;
  articulationPoint?: boolean | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: TieKind;
  via: readonly string[];
  years: readonly number[];
  weight: number;
  /** Every agreement behind it is only planned or initiated: an intention, shown only on request. */
  planned?: boolean;
}

export interface GraphData {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

export interface CountryInfo {
  code: string;
  name: string;
  eu: boolean;
}

export interface SectorInfo {
  id: string;
  name: string;
  parent?: { id: string } | null;
}

export type ColourBy = 'country' | 'sector' | 'community';
export type SizeBy = 'degree' | 'betweenness';
