import type { Executor } from '../../db/executor.js';
import { badInput } from '../../errors.js';
import { entitiesOf, toEntity, type NodeRow } from '../entities/labels.js';
import type { ClusterRecord, EntityRecord, SectorRecord } from '../model.js';
import { reasons, scoreTerms, type GapEvidence, type ScoreTerm } from './explain.js';
import { CHECK_GAP_FILTER, COOPERATION_MATRIX, GAP_CANDIDATES, UNDER_SERVED } from './queries.js';
import { GAP_CLUSTER_KINDS, GAP_WEIGHTS, MAX_CLUSTERS_PER_SIDE_PER_SECTOR } from './scoring.js';
import { DEFAULT_LEFT, DEFAULT_RIGHT, namedCodes, resolveSides, type FilterCheck, type SideInput } from './sides.js';

/** The gap analysis: typed functions over the queries in queries.ts. */

export interface GapFilterInput {
  left?: SideInput | null;
  right?: SideInput | null;
  /** Sector ids; null or empty for every sector. Each stands for itself and its sub-sectors. */
  sectors?: readonly string[] | null;
  /** Planned and initiated agreements count as ties (network/tie-rule.ts); false when absent. */
  includePlanned?: boolean | null;
}

/** A filter checked against the graph: the sides as disjoint code sets, and the sector ids. */
export interface ResolvedGapFilter {
  left: string[];
  right: string[];
  sectors: string[] | null;
  includePlanned: boolean;
}

export interface GapCandidateRecord {
  left: ClusterRecord;
  right: ClusterRecord;
  sector: SectorRecord;
  score: number;
  reasons: string[];
  terms: ScoreTerm[];
  commonPartners: ClusterRecord[];
  /** Position in the ranking (0-based), for cursors. */
  offset: number;
}

export interface GapPage {
  candidates: GapCandidateRecord[];
  totalCount: number;
}

export interface MatrixCellRecord {
  sector: SectorRecord;
  leftClusters: number;
  rightClusters: number;
  agreements: number;
  missions: number;
  partnerships: number;
  ties: number;
  gapIndex: number;
}

export interface CooperationMatrixRecord {
  cells: MatrixCellRecord[];
  underServed: EntityRecord[];
}

const MAX_FILTER_SECTORS = 200;

/** Validates a filter against the graph (one round trip) and resolves its sides; defaults EU against Canada. */
export async function resolveGapFilter(
  executor: Executor,
  filter: GapFilterInput | null | undefined,
): Promise<ResolvedGapFilter> {
  const left = filter?.left ?? DEFAULT_LEFT;
  const right = filter?.right ?? DEFAULT_RIGHT;
  const sectors = filter?.sectors?.length ? [...new Set(filter.sectors)] : null;
  if (sectors && sectors.length > MAX_FILTER_SECTORS)
    throw badInput(`\`filter.sectors\` takes at most ${MAX_FILTER_SECTORS} ids.`, 'filter.sectors');
  const countries = [...new Set([...namedCodes(left, 'filter.left'), ...namedCodes(right, 'filter.right')])];
  const [check] = await executor.read<FilterCheck>(CHECK_GAP_FILTER, { countries, sectors });
  if (!check) throw new Error('The filter check returned no row.');
  return { ...resolveSides({ left, right, check }), sectors, includePlanned: filter?.includePlanned ?? false };
}

const params = (filter: ResolvedGapFilter) => ({
  left: filter.left,
  right: filter.right,
  sectors: filter.sectors,
  kinds: [...GAP_CLUSTER_KINDS],
  includePlanned: filter.includePlanned,
});

interface CandidateRow extends GapEvidence {
  commonPartners: (GapEvidence['commonPartners'][number] & { node: NodeRow })[];
  left: NodeRow;
  right: NodeRow;
  sector: NodeRow;
  score: number;
}

/** One page of ranked candidates, computed in one query; `skip` is the rank to start from. */
export async function readGapCandidates(
  executor: Executor,
  options: { filter: ResolvedGapFilter; skip: number; first: number },
): Promise<GapPage> {
  const [row] = await executor.read<{ total: number; page: CandidateRow[] }>(GAP_CANDIDATES, {
    ...params(options.filter),
    perSide: MAX_CLUSTERS_PER_SIDE_PER_SECTOR,
    weights: GAP_WEIGHTS,
    skip: options.skip,
    limit: options.first,
  });
  const page = row?.page ?? [];
  return {
    totalCount: row?.total ?? 0,
    candidates: page.map((candidate, index) => {
      const [left, right] = entitiesOf('CLUSTER', [candidate.left, candidate.right]);
      const [sector] = entitiesOf('SECTOR', [candidate.sector]);
      if (!left || !right || !sector) throw new Error('A gap candidate lacks its clusters or sector.');
      return {
        left,
        right,
        sector,
        score: Math.round(candidate.score * 1000) / 1000,
        reasons: reasons(candidate),
        terms: scoreTerms(candidate),
        commonPartners: entitiesOf(
          'CLUSTER',
          candidate.commonPartners.map((partner) => partner.node),
        ),
        offset: options.skip + index,
      };
    }),
  };
}

/**
 * The matrix's gap index: presence on both sides (geometric mean of the cluster counts) divided
 * by one plus the ties between them; 0 when a side is absent. docs/gaps.md explains the choice.
 */
export function gapIndex(cell: { leftClusters: number; rightClusters: number; ties: number }): number {
  const presence = Math.sqrt(cell.leftClusters * cell.rightClusters);
  return Math.round((presence / (1 + cell.ties)) * 1000) / 1000;
}

interface MatrixRow {
  sector: NodeRow;
  leftClusters: number;
  rightClusters: number;
  agreements: number;
  missions: number;
  partnerships: number;
}

/** The matrix (one query) and the under-served (one query), run side by side. */
export async function readCooperationMatrix(
  executor: Executor,
  filter: ResolvedGapFilter,
): Promise<CooperationMatrixRecord> {
  const [matrixRows, underServedRows] = await Promise.all([
    executor.read<MatrixRow>(COOPERATION_MATRIX, params(filter)),
    executor.read<{ node: NodeRow }>(UNDER_SERVED, params(filter)),
  ]);
  const cells = matrixRows.flatMap((row) => {
    const [sector] = entitiesOf('SECTOR', [row.sector]);
    if (!sector) return [];
    const ties = row.agreements + row.missions + row.partnerships;
    const { leftClusters, rightClusters, agreements, missions, partnerships } = row;
    return [
      {
        sector,
        leftClusters,
        rightClusters,
        agreements,
        missions,
        partnerships,
        ties,
        gapIndex: gapIndex({ leftClusters, rightClusters, ties }),
      },
    ];
  });
  cells.sort((a, b) => b.gapIndex - a.gapIndex || a.sector.name.localeCompare(b.sector.name));
  const underServed = underServedRows
    .map((row) => toEntity(row.node))
    .filter((entity): entity is EntityRecord => entity !== null);
  return { cells, underServed };
}
