import type { Executor } from '../../db/executor.js';
import { COUNT_LABELS, COUNT_RELATIONSHIPS, FEW_PARTIES, UNCITED, WITHOUT_COUNTRY } from './queries.js';

export interface QualityReport {
  labels: { label: string; count: number }[];
  relationships: { type: string; count: number }[];
  uncited: { label: string; id: string }[];
  withoutCountry: { id: string }[];
  fewParties: { id: string; parties: number }[];
}

export async function qualityReport(executor: Executor): Promise<QualityReport> {
  const [labels, relationships, uncited, withoutCountry, fewParties] = await Promise.all([
    executor.read<QualityReport['labels'][number]>(COUNT_LABELS),
    executor.read<QualityReport['relationships'][number]>(COUNT_RELATIONSHIPS),
    executor.read<QualityReport['uncited'][number]>(UNCITED),
    executor.read<QualityReport['withoutCountry'][number]>(WITHOUT_COUNTRY),
    executor.read<QualityReport['fewParties'][number]>(FEW_PARTIES),
  ]);
  return { labels, relationships, uncited, withoutCountry, fewParties };
}

/** True when the graph holds no cluster: a failed or interrupted load, never a graph to serve as complete. */
export function isEmpty(report: QualityReport): boolean {
  return !report.labels.some((entry) => entry.label === 'Cluster' && entry.count > 0);
}

export function problemCount(report: QualityReport): number {
  return (isEmpty(report) ? 1 : 0) + report.uncited.length + report.withoutCountry.length + report.fewParties.length;
}
