import type { Executor } from '../../db/executor.js';
import { badInput } from '../../errors.js';
import { entitiesOf, toEntity, type NodeRow } from '../entities/labels.js';
import {
  decisionIdOf,
  decisionsByPair,
  keptBy,
  type GapDecisionFilter,
  type GapDecisionRecord,
} from '../gap-decisions/repo.js';
import type { ClusterRecord, EntityRecord, SectorRecord } from '../model.js';
import { reasons, scoreTerms, type NamedRef, type ScoreTerm } from './explain.js';
import {
  CHECK_GAP_FILTER,
  GAP_CLUSTERS,
  GAP_EVIDENCE,
  GAP_PARTNER_DEGREES,
  GAP_SIDES,
  MATRIX_PRESENCE,
  MATRIX_TIED_PAIRS,
  MATRIX_TIES,
  UNDER_SERVED,
} from './queries.js';
import { pairCandidates, rankCandidates, type ClusterEvidence, type SectorSides } from './rank.js';
import { GAP_CLUSTER_KINDS, MAX_CLUSTERS_PER_SIDE_PER_SECTOR, gapIndex, gapShare } from './scoring.js';
import { DEFAULT_LEFT, DEFAULT_RIGHT, namedCodes, resolveSides, type FilterCheck, type SideInput } from './sides.js';

/** The gap analysis: typed functions over the queries in queries.ts. */

export interface GapFilterInput {
  left?: SideInput | null;
  right?: SideInput | null;
  /** Sector ids; null or empty for every sector. Each stands for itself and its sub-sectors. */
  sectors?: readonly string[] | null;
  /** Planned and initiated agreements count as ties (network/tie-rule.ts); false when absent. */
  includePlanned?: boolean | null;
  /** Which candidates to keep by their decision (gap-decisions/); every one when absent. */
  decision?: GapDecisionFilter | null;
}

/** A filter checked against the graph: the sides as disjoint code sets, and the sector ids. */
export interface ResolvedGapFilter {
  left: string[];
  right: string[];
  sectors: string[] | null;
  includePlanned: boolean;
  decision: GapDecisionFilter;
}

export interface GapCandidateRecord {
  left: ClusterRecord;
  right: ClusterRecord;
  sector: SectorRecord;
  score: number;
  reasons: string[];
  terms: ScoreTerm[];
  commonPartners: ClusterRecord[];
  /** The pair's latest decision, null while undecided. */
  decision: GapDecisionRecord | null;
  /** Position in the ranking (0-based), for cursors. */
  offset: number;
}

export interface GapPage {
  candidates: GapCandidateRecord[];
  /** Candidates ranked, over all pages. */
  totalCount: number;
  /** Sectors where the bound on clusters per side left some clusters out of pair generation. */
  bounds: GapBoundRecord[];
}

export interface MatrixCellRecord {
  sector: SectorRecord;
  leftClusters: number;
  rightClusters: number;
  agreements: number;
  missions: number;
  partnerships: number;
  ties: number;
  /** leftClusters × rightClusters. */
  possiblePairs: number;
  /** Pairs of the row's clusters tied in any way. */
  tiedPairs: number;
  missingPairs: number;
  /** missingPairs / possiblePairs, 0–1; null when a side is absent. */
  gapShare: number | null;
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
  return {
    ...resolveSides({ left, right, check }),
    sectors,
    includePlanned: filter?.includePlanned ?? false,
    decision: filter?.decision ?? 'ALL',
  };
}

const params = (filter: ResolvedGapFilter) => ({
  left: filter.left,
  right: filter.right,
  sectors: filter.sectors,
  kinds: [...GAP_CLUSTER_KINDS],
  includePlanned: filter.includePlanned,
});

/** A sector where the bound on clusters per side left some out of pair generation. */
export interface GapBoundRecord {
  sector: SectorRecord;
  leftConsidered: number;
  leftClusters: number;
  rightConsidered: number;
  rightClusters: number;
}

interface SidesRow extends Omit<SectorSides, 'sector'> {
  sector: NodeRow;
}

/**
 * The whole ranking, in one read transaction (one state of the graph): the clusters each sector
 * puts forward on each side, their evidence (once per cluster), the common partners' degrees,
 * then the page's clusters; pairs are formed and scored in rank.ts. `perSide` null ranks every
 * pair (the exhaustive computation the bounded one is tested against).
 */
export async function readGapCandidates(
  executor: Executor,
  options: { filter: ResolvedGapFilter; skip: number; first: number; perSide?: number | null },
): Promise<GapPage> {
  return executor.readAll(async (tx) => {
    const sidesRows = await tx.run<SidesRow>(GAP_SIDES, {
      ...params(options.filter),
      perSide: options.perSide === undefined ? MAX_CLUSTERS_PER_SIDE_PER_SECTOR : options.perSide,
    });
    const sectors = new Map<string, SectorRecord>();
    const sides: SectorSides[] = sidesRows.map((row) => {
      const [sector] = entitiesOf('SECTOR', [row.sector]);
      if (!sector) throw new Error('A gap sector row lacks its sector.');
      sectors.set(sector.id, sector);
      return { ...row, sector: { id: sector.id, name: sector.name } };
    });
    const ids = [...new Set(sides.flatMap((s) => [...s.left, ...s.right]))];
    const evidenceRows = await tx.run<ClusterEvidence>(GAP_EVIDENCE, {
      ids,
      includePlanned: options.filter.includePlanned,
    });
    const evidence = new Map(evidenceRows.map((row) => [row.id, row]));
    const pairs = pairCandidates({ sides, evidence });
    const partnerIds = [...new Set(pairs.flatMap((p) => p.commonPartners))];
    const partnerRows = await tx.run<NamedRef & { degree: number }>(GAP_PARTNER_DEGREES, {
      ids: partnerIds,
      includePlanned: options.filter.includePlanned,
    });
    const decisions = await decisionsByPair(tx);
    const decisionOf = (c: { left: { id: string }; right: { id: string } }) =>
      decisions.get(decisionIdOf(c.left.id, c.right.id));
    const ranked = rankCandidates(pairs, new Map(partnerRows.map((row) => [row.id, row]))).filter((candidate) =>
      keptBy(options.filter.decision, decisionOf(candidate)),
    );
    const page = ranked.slice(options.skip, options.skip + options.first);
    const pageIds = [...new Set(page.flatMap((c) => [c.left.id, c.right.id, ...c.commonPartners.map((p) => p.id)]))];
    const nodeRows = await tx.run<{ node: NodeRow }>(GAP_CLUSTERS, { ids: pageIds });
    const clusters = new Map(
      entitiesOf(
        'CLUSTER',
        nodeRows.map((row) => row.node),
      ).map((c) => [c.id, c]),
    );
    const clusterOf = (id: string) => {
      const cluster = clusters.get(id);
      if (!cluster) throw new Error(`Gap cluster ${id} was not found.`);
      return cluster;
    };
    const bounds = sides
      .filter((s) => s.left.length < s.leftClusters || s.right.length < s.rightClusters)
      .map((s) => ({
        sector: sectors.get(s.sector.id)!,
        leftConsidered: s.left.length,
        leftClusters: s.leftClusters,
        rightConsidered: s.right.length,
        rightClusters: s.rightClusters,
      }));
    return {
      totalCount: ranked.length,
      bounds,
      candidates: page.map((candidate, index) => ({
        left: clusterOf(candidate.left.id),
        right: clusterOf(candidate.right.id),
        sector: sectors.get(candidate.sector.id)!,
        score: Math.round(candidate.score * 1000) / 1000,
        reasons: reasons(candidate),
        terms: scoreTerms(candidate),
        commonPartners: candidate.commonPartners.map((p) => clusterOf(p.id)),
        decision: decisionOf(candidate) ?? null,
        offset: options.skip + index,
      })),
    };
  });
}

interface MatrixRow {
  sector: NodeRow;
  leftClusters: number;
  rightClusters: number;
}

type TieCount = 'agreements' | 'missions' | 'partnerships';

/** The matrix and the under-served, in one read transaction; busiest gaps (most missing pairs) first. */
export async function readCooperationMatrix(
  executor: Executor,
  filter: ResolvedGapFilter,
): Promise<CooperationMatrixRecord> {
  const { matrixRows, tieRows, tiedRows, underServedRows } = await executor.readAll(async (tx) => ({
    matrixRows: await tx.run<MatrixRow>(MATRIX_PRESENCE, params(filter)),
    tieRows: await tx.run<{ sector: string; kind: TieCount; n: number }>(MATRIX_TIES, params(filter)),
    tiedRows: await tx.run<{ sector: string; tiedPairs: number }>(MATRIX_TIED_PAIRS, params(filter)),
    underServedRows: await tx.run<{ node: NodeRow }>(UNDER_SERVED, params(filter)),
  }));
  const tiedPairsIn = new Map(tiedRows.map((row) => [row.sector, row.tiedPairs]));
  const tiesIn = (sector: string, kind: TieCount) =>
    tieRows.find((row) => row.sector === sector && row.kind === kind)?.n ?? 0;
  const cells = matrixRows.flatMap((row) => {
    const [sector] = entitiesOf('SECTOR', [row.sector]);
    if (!sector) return [];
    const { leftClusters, rightClusters } = row;
    const agreements = tiesIn(sector.id, 'agreements');
    const missions = tiesIn(sector.id, 'missions');
    const partnerships = tiesIn(sector.id, 'partnerships');
    const ties = agreements + missions + partnerships;
    const possiblePairs = leftClusters * rightClusters;
    const tiedPairs = tiedPairsIn.get(sector.id) ?? 0;
    return [
      {
        sector,
        leftClusters,
        rightClusters,
        agreements,
        missions,
        partnerships,
        ties,
        possiblePairs,
        tiedPairs,
        missingPairs: possiblePairs - tiedPairs,
        gapShare: gapShare({ possiblePairs, tiedPairs }),
        gapIndex: gapIndex({ leftClusters, rightClusters, ties }),
      },
    ];
  });
  cells.sort(
    (a, b) =>
      b.missingPairs - a.missingPairs ||
      (b.gapShare ?? -1) - (a.gapShare ?? -1) ||
      a.sector.name.localeCompare(b.sector.name),
  );
  const underServed = underServedRows
    .map((row) => toEntity(row.node))
    .filter((entity): entity is EntityRecord => entity !== null);
  return { cells, underServed };
}
