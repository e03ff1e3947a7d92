import { csvField } from './export';
import { mergeGraphs } from './view';
import type { CountryInfo, GraphData, GraphNode } from './types';

// Pure helpers of the Gaps view: sides to query variables, the question a result answers, the
// heatmap scale, candidate CSV,
// and what to draw for a chosen pair. The shapes mirror the generated GraphQL types structurally.

/** One side of a comparison as the UI holds it: the EU bloc and/or a set of country codes. */
export interface SideSelection {
  eu: boolean;
  countries: string[];
}

export const DEFAULT_LEFT: SideSelection = { eu: true, countries: [] };
export const DEFAULT_RIGHT: SideSelection = { eu: false, countries: ['CA'] };

/** Structurally the generated `Side` input. */
export interface SideInput {
  eu?: boolean;
  countries?: string[];
}

/** Structurally the generated `GapFilter` input. */
export interface GapFilterInput {
  left: SideInput;
  right: SideInput;
  sectors?: string[];
  includePlanned?: boolean;
  decision?: GapDecisionChoice;
}

export function isEmptySide(side: SideSelection): boolean {
  return !side.eu && side.countries.length === 0;
}

export function sameSide(a: SideSelection, b: SideSelection): boolean {
  return (
    a.eu === b.eu &&
    a.countries.length === b.countries.length &&
    [...a.countries].sort().join() === [...b.countries].sort().join()
  );
}

/** Sorted, so that equal selections make equal variables and urql's cache hits. */
export function toSideInput(side: SideSelection): SideInput {
  const input: SideInput = {};
  if (side.eu) input.eu = true;
  if (side.countries.length) input.countries = [...side.countries].sort();
  return input;
}

/**
 * Both sides are always sent explicitly, even the defaults, so the request says what the
 * screen says. Null when a side is empty: the API would read an empty side as its default.
 */
/** Which candidates the list shows by their decision; ALL is the API's default. */
export const GAP_DECISION_CHOICES = ['ALL', 'UNDECIDED', 'DISMISSED', 'IN_CONTACT'] as const;
export type GapDecisionChoice = (typeof GAP_DECISION_CHOICES)[number];

export function toGapFilter(
  left: SideSelection,
  right: SideSelection,
  sectors: readonly string[],
  options: { includePlanned?: boolean; decision?: GapDecisionChoice } = {},
): GapFilterInput | null {
  if (isEmptySide(left) || isEmptySide(right)) return null;
  const filter: GapFilterInput = {
    left: toSideInput(left),
    right: toSideInput(right),
  };
  if (sectors.length) filter.sectors = [...sectors].sort();
  // Sent only when asked for: the API's default (planned agreements are no ties) keeps the question's key.
  if (options.includePlanned) filter.includePlanned = true;
  if (options.decision && options.decision !== 'ALL') filter.decision = options.decision;
  return filter;
}

/** The country codes a side stands for, with the EU bloc expanded to its members. */
export function sideCountries(side: SideSelection, countries: readonly CountryInfo[]): Set<string> {
  const out = new Set(side.countries);
  if (side.eu) for (const c of countries) if (c.eu) out.add(c.code);
  return out;
}

/** Countries on both sides: the API refuses such a filter, so the view says it first. */
export function sideOverlap(left: SideSelection, right: SideSelection, countries: readonly CountryInfo[]): string[] {
  const r = sideCountries(right, countries);
  return [...sideCountries(left, countries)].filter((c) => r.has(c)).sort();
}

/** "the EU", "Canada", "the EU, Norway": how a side is named in headings and messages. */
export function sideLabel(side: SideSelection, countries: readonly CountryInfo[]): string {
  const names = side.countries.map((code) => countries.find((c) => c.code === code)?.name ?? code);
  const parts = side.eu ? ['the EU', ...names] : names;
  return parts.length ? parts.join(', ') : 'nobody';
}

// The question a result answers -----------------------------------------------------------

/**
 * The question a Gaps result answers, as a key: the filter exactly as sent (toGapFilter sorts
 * it). Results are shown only under the key they answer, never under the next question's heading.
 */
export function questionKey(filter: GapFilterInput | null | undefined): string {
  return JSON.stringify(filter ?? null);
}

/** Structurally an urql result: its data and the operation (with variables) that data answers. */
export interface KeyedResult<T> {
  data?: T;
  operation?: { variables?: unknown };
}

/**
 * A result's data when it answers the question `key`, else undefined: urql keeps the previous
 * answer while the next loads, and the previous answer is not this question's.
 */
export function answerTo<T>(result: KeyedResult<T>, key: string): T | undefined {
  const variables = result.operation?.variables as { filter?: GapFilterInput | null } | undefined;
  if (result.data === undefined || variables === undefined) return undefined;
  return questionKey(variables.filter) === key ? result.data : undefined;
}

// Heatmap ------------------------------------------------------------------------------------

export interface GapBin {
  /** Lower bound (exclusive, except for the first bin) and upper bound (inclusive) of the share. */
  from: number;
  to: number;
  colour: string;
  /** Text colour with enough contrast on `colour` (WCAG AA for 13px text). */
  ink: string;
  label: string;
}

/**
 * The share of possible pairs with no tie, on one fixed 0–1 scale (ColorBrewer Oranges, readable
 * in greyscale and by colour-blind eyes): the same colour means the same share in every view.
 */
export const GAP_SHARE_BINS: readonly GapBin[] = [
  { from: 0, to: 0.2, colour: '#fee6ce', ink: '#1f2933', label: '0–20 % of pairs untied' },
  { from: 0.2, to: 0.4, colour: '#fdae6b', ink: '#1f2933', label: '20–40 %' },
  { from: 0.4, to: 0.6, colour: '#f16913', ink: '#1f2933', label: '40–60 %' },
  { from: 0.6, to: 0.8, colour: '#c2410c', ink: '#ffffff', label: '60–80 %' },
  { from: 0.8, to: 1, colour: '#7f2704', ink: '#ffffff', label: '80–100 %' },
];
/** No pair is possible when a side is absent: not a small gap but a missing industry, in neutral grey. */
export const NO_PAIRS_BIN: GapBin = {
  from: 0,
  to: 0,
  colour: '#f1f3f5',
  ink: '#616e7c',
  label: 'no pair possible: a side has no cluster',
};

export function shareBin(share: number | null | undefined): GapBin {
  if (share === null || share === undefined) return NO_PAIRS_BIN;
  return GAP_SHARE_BINS.find((b) => share <= b.to) ?? (GAP_SHARE_BINS.at(-1) as GapBin);
}

/** "13 of 18 (72 %)": the missing pairs, the possible ones and the share, or a dash when none is possible. */
export function missingPairsText(cell: {
  missingPairs: number;
  possiblePairs: number;
  gapShare?: number | null;
}): string {
  if (cell.possiblePairs === 0 || cell.gapShare === null || cell.gapShare === undefined) return '—';
  return `${cell.missingPairs} of ${cell.possiblePairs} (${Math.round(cell.gapShare * 100)} %)`;
}

/**
 * The cluster kinds the gap analysis counts (the server's GAP_CLUSTER_KINDS): public bodies and
 * networks are not partners of a cluster-to-cluster agreement. A matrix cell lists its clusters with them.
 */
export const GAP_CLUSTER_KINDS = ['CLUSTER', 'SUPERCLUSTER', 'ASSOCIATION', 'RESEARCH_CONSORTIUM'] as const;

// Candidates ---------------------------------------------------------------------------------

interface NamedCluster {
  id: string;
  name: string;
  country?: { code: string; name?: string } | null;
}

/** Structurally the generated GapCandidate as the view queries it. */
export interface GapCandidateRow {
  left: NamedCluster;
  right: NamedCluster;
  sector: { id: string; name: string };
  score: number;
  reasons: readonly string[];
}

export interface GapPair {
  left: string;
  right: string;
  sector: string;
}

export function pairOf(c: GapCandidateRow): GapPair {
  return { left: c.left.id, right: c.right.id, sector: c.sector.id };
}

export function samePair(a: GapPair | null, b: GapPair | null): boolean {
  return a !== null && b !== null && a.left === b.left && a.right === b.right && a.sector === b.sector;
}

export const CANDIDATE_CSV_HEADER: readonly string[] = [
  'rank',
  'score',
  'left_id',
  'left',
  'left_country',
  'right_id',
  'right',
  'right_country',
  'sector_id',
  'sector',
  'reasons',
];

/**
 * One row per candidate, in rank order. Reasons share one column joined by " | ": a cell per
 * reason would give rows of different widths, and newlines inside cells trip line-based tools.
 * Every field goes through csvField, which quotes and defuses spreadsheet formulas.
 */
export function candidatesToCsv(candidates: readonly GapCandidateRow[]): string {
  const rows = candidates.map((c, i) => [
    i + 1,
    c.score.toFixed(3),
    c.left.id,
    c.left.name,
    c.left.country?.code ?? '',
    c.right.id,
    c.right.name,
    c.right.country?.code ?? '',
    c.sector.id,
    c.sector.name,
    c.reasons.join(' | '),
  ]);
  return [CANDIDATE_CSV_HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

// The chosen pair on the canvas ---------------------------------------------------------------

export interface PairConnection {
  /** What to add to the canvas: the path, or both neighbourhoods when no path joins them. */
  graph: GraphData;
  /** Node and edge ids to emphasise: always both clusters. */
  highlighted: string[];
  kind: 'path' | 'neighbourhoods';
}

function placeholder(c: NamedCluster): GraphNode {
  return {
    id: c.id,
    label: c.name,
    country: c.country?.code ?? null,
    sectors: [],
    degree: 0,
  };
}

/**
 * The nearest connection of a pair: the shortest path when there is one; otherwise each
 * cluster with its direct partners, so the user sees the two circles that do not touch.
 * Both clusters are always present, even when a cluster has no tie at all.
 */
export function pairConnection(
  left: NamedCluster,
  right: NamedCluster,
  path: GraphData | null,
  neighbourhoods: readonly GraphData[],
): PairConnection {
  const base = path ?? mergeGraphs(neighbourhoods);
  const known = new Set(base.nodes.map((n) => n.id));
  const missing = [left, right].filter((c) => !known.has(c.id)).map(placeholder);
  const graph: GraphData = {
    nodes: [...base.nodes, ...missing],
    edges: base.edges,
  };
  const highlighted = [
    ...new Set([left.id, right.id, ...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]),
  ];
  return { graph, highlighted, kind: path ? 'path' : 'neighbourhoods' };
}
