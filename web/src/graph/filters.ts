import { TIE_KINDS, type GraphData, type SectorInfo, type TieKind } from './types';

export interface Filters {
  countries: string[];
  sectors: string[];
  tieKinds: TieKind[];
  fromYear: number | null;
  toYear: number | null;
  /** Planned and initiated agreements drawn as ties too (they are intentions, left out by default). */
  includePlanned: boolean;
}

export const EMPTY_FILTERS: Filters = {
  countries: [],
  sectors: [],
  tieKinds: [],
  fromYear: null,
  toYear: null,
  includePlanned: false,
};

/** Structurally the generated NetworkFilter input. */
export interface NetworkFilterInput {
  countries?: string[];
  sectors?: string[];
  tieKinds?: TieKind[];
  fromYear?: number;
  toYear?: number;
  includePlanned?: boolean;
}

/** An empty list means "no restriction" in the UI; the API reads a missing field the same way. */
export function toNetworkFilter(filters: Filters): NetworkFilterInput | undefined {
  const f: NetworkFilterInput = {};
  if (filters.countries.length) f.countries = [...filters.countries].sort();
  if (filters.sectors.length) f.sectors = [...filters.sectors].sort();
  const kinds = TIE_KINDS.filter((k) => filters.tieKinds.includes(k));
  if (kinds.length && kinds.length < TIE_KINDS.length) f.tieKinds = kinds;
  if (filters.fromYear != null) f.fromYear = filters.fromYear;
  if (filters.toYear != null) f.toYear = filters.toYear;
  if (filters.includePlanned) f.includePlanned = true;
  return Object.keys(f).length ? f : undefined;
}

/**
 * Expanding a cluster shows who it works with wherever they are, so the neighbourhood keeps the
 * tie kinds and years but not the country and sector filters of the base network.
 */
export function toExpansionFilter(filters: Filters): NetworkFilterInput | undefined {
  return toNetworkFilter({ ...filters, countries: [], sectors: [] });
}

export function isFiltered(filters: Filters): boolean {
  return toNetworkFilter(filters) !== undefined;
}

/** Which filters to relax when nothing is shown, most restrictive first, in words. */
export function relaxHints(filters: Filters): string[] {
  const hints: string[] = [];
  if (filters.fromYear != null || filters.toYear != null) {
    hints.push(`widen the years (${filters.fromYear ?? '…'}–${filters.toYear ?? '…'})`);
  }
  if (filters.sectors.length) hints.push(`remove sector filters (${filters.sectors.length} selected)`);
  if (filters.countries.length) hints.push(`remove country filters (${filters.countries.join(', ')})`);
  const kinds = toNetworkFilter(filters)?.tieKinds;
  if (kinds) hints.push(`include more tie kinds (only ${kinds.map((k) => k.toLowerCase()).join(', ')})`);
  return hints;
}

export interface ShownCounts {
  clusters: number;
  ties: number;
  byCountry: Map<string, number>;
  bySector: Map<string, number>;
  byTieKind: Map<TieKind, number>;
}

/** Counts of what is shown, for the filter panel: a sector counts its own clusters and its subsectors'. */
export function shownCounts(graph: GraphData, sectors: readonly SectorInfo[] = []): ShownCounts {
  const parent = new Map(sectors.map((s) => [s.id, s.parent?.id ?? null]));
  const byCountry = new Map<string, number>();
  const bySector = new Map<string, number>();
  const byTieKind = new Map<TieKind, number>();
  for (const n of graph.nodes) {
    if (n.country) byCountry.set(n.country.toUpperCase(), (byCountry.get(n.country.toUpperCase()) ?? 0) + 1);
    const ancestors = new Set<string>();
    for (const s of n.sectors) {
      for (let id: string | null | undefined = s; id && !ancestors.has(id); id = parent.get(id)) ancestors.add(id);
    }
    for (const id of ancestors) bySector.set(id, (bySector.get(id) ?? 0) + 1);
  }
  for (const e of graph.edges) byTieKind.set(e.kind, (byTieKind.get(e.kind) ?? 0) + 1);
  return {
    clusters: graph.nodes.length,
    ties: graph.edges.length,
    byCountry,
    bySector,
    byTieKind,
  };
}

export interface SectorTreeNode {
  id: string;
  name: string;
  children: SectorTreeNode[];
}

/** The flat `sectors` list as a tree, siblings sorted by name. */
export function sectorTree(sectors: readonly SectorInfo[]): SectorTreeNode[] {
  const nodes = new Map<string, SectorTreeNode>(sectors.map((s) => [s.id, { id: s.id, name: s.name, children: [] }]));
  const roots: SectorTreeNode[] = [];
  for (const s of sectors) {
    const node = nodes.get(s.id);
    const parent = s.parent ? nodes.get(s.parent.id) : undefined;
    if (!node) continue;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: SectorTreeNode[]): SectorTreeNode[] => {
    list.sort((a, b) => a.name.localeCompare(b.name));
    for (const n of list) sort(n.children);
    return list;
  };
  return sort(roots);
}
