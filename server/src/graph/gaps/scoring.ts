/**
 * The constants and measures of the gap analysis: who counts as a cluster, the score's weights, the
 * bounds that keep candidate generation fast on large graphs, and the matrix's measures. docs/gaps.md explains each choice.
 */

/**
 * Kinds that take part: public bodies and networks are excluded because a ministry or the
 * Enterprise Europe Network is not a partner a cluster signs a cluster-to-cluster agreement with.
 */
export const GAP_CLUSTER_KINDS = ['CLUSTER', 'SUPERCLUSTER', 'ASSOCIATION', 'RESEARCH_CONSORTIUM'] as const;

/** The score's terms, in the order reasons are written. */
export const GAP_TERMS = [
  'SHARED_SECTORS',
  'COMMON_PARTNERS',
  'TARGETING_PARTNERSHIP',
  'MISSION_CONTACT',
  'SUPERCLUSTER',
  'PRIORITY_SECTOR',
] as const;
export type GapTerm = (typeof GAP_TERMS)[number];

/**
 * Points per unit of each term's value. Shared sectors are the floor every candidate has; common
 * partners (Adamic–Adar) are the best-known predictor of a future link; a partnership aimed at
 * the other's country is stated intent; mission contact is weaker, indirect evidence; the policy
 * terms only break ties between otherwise equal pairs.
 */
export const GAP_WEIGHTS: Readonly<Record<GapTerm, number>> = {
  SHARED_SECTORS: 1,
  COMMON_PARTNERS: 1.5,
  TARGETING_PARTNERSHIP: 1.5,
  MISSION_CONTACT: 1,
  SUPERCLUSTER: 0.5,
  PRIORITY_SECTOR: 0.5,
};

/**
 * Per sector and side, at most this many clusters enter pair generation (superclusters first,
 * then the most active: most agreements, missions and partnerships), so a sector yields at most
 * 30 × 30 pairs whatever the size of the graph.
 */
export const MAX_CLUSTERS_PER_SIDE_PER_SECTOR = 30;

/** Largest page of candidates a client may ask for. */
export const MAX_GAPS_PAGE = 100;

/**
 * The matrix's measure: the share of possible pairs (a cluster of each side, both in the sector)
 * that no tie of any kind joins, 0–1; null when a side is absent (no pair is possible: a missing
 * industry, not a gap). Bounded and absolute, so a row reads the same in every view: 0.75 is
 * "three pairs in four have no tie" whatever else is on the page.
 */
export function gapShare(cell: { possiblePairs: number; tiedPairs: number }): number | null {
  if (cell.possiblePairs === 0) return null;
  return Math.round(((cell.possiblePairs - cell.tiedPairs) / cell.possiblePairs) * 1000) / 1000;
}

/**
 * The former measure, kept for API clients: presence on both sides (geometric mean of the cluster
 * counts) divided by one plus the ties between them; 0 when a side is absent. Unbounded, so it
 * cannot be compared across views; gapShare replaces it on the page.
 */
export function gapIndex(cell: { leftClusters: number; rightClusters: number; ties: number }): number {
  const presence = Math.sqrt(cell.leftClusters * cell.rightClusters);
  return Math.round((presence / (1 + cell.ties)) * 1000) / 1000;
}
