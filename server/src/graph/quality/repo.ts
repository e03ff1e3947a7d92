import type { Executor } from '../../db/executor.js';
import { readStats } from '../network/repo.js';
import { unsupportedDates, type DatedFact, type UnsupportedDate } from './date-precision.js';
import { COUNT_LABELS, COUNT_RELATIONSHIPS, DATED_FACTS, FEW_PARTIES, UNCITED, WITHOUT_COUNTRY } from './queries.js';

export interface QualityReport {
  labels: { label: string; count: number }[];
  relationships: { type: string; count: number }[];
  /** Tied pairs of clusters per tie kind, by the tie rule (planned agreements are no ties). */
  ties: { label: string; count: number }[];
  uncited: { label: string; id: string }[];
  withoutCountry: { id: string }[];
  fewParties: { id: string; parties: number }[];
  /** Dates more precise than every excerpt that cites their fact. */
  overPrecise: UnsupportedDate[];
}

export async function qualityReport(executor: Executor): Promise<QualityReport> {
  // One statement at a time: a command-line check, often run against a cold database.
  const labels = await executor.read<QualityReport['labels'][number]>(COUNT_LABELS);
  const relationships = await executor.read<QualityReport['relationships'][number]>(COUNT_RELATIONSHIPS);
  const stats = await readStats(executor);
  const uncited = await executor.read<QualityReport['uncited'][number]>(UNCITED);
  const withoutCountry = await executor.read<QualityReport['withoutCountry'][number]>(WITHOUT_COUNTRY);
  const fewParties = await executor.read<QualityReport['fewParties'][number]>(FEW_PARTIES);
  const dated = await executor.read<DatedFact>(DATED_FACTS);
  return {
    labels,
    relationships,
    ties: stats.ties,
    uncited,
    withoutCountry,
    fewParties,
    overPrecise: dated.flatMap(unsupportedDates),
  };
}

/** True when the graph holds no cluster: a failed or interrupted load, never a graph to serve as complete. */
export function isEmpty(report: QualityReport): boolean {
  return !report.labels.some((entry) => entry.label === 'Cluster' && entry.count > 0);
}

export function problemCount(report: QualityReport): number {
  return (
    (isEmpty(report) ? 1 : 0) +
    report.uncited.length +
    report.withoutCountry.length +
    report.fewParties.length +
    report.overPrecise.length
  );
}
