import type { Executor } from '../../db/executor.js';
import type { TieKind } from '../model.js';
import { AGREEMENT_EVENTS, TIE_CHANGES, TIMELINE, UNDATED } from './queries.js';

export interface TimelineBarRecord {
  year: number | null;
  kind: TieKind;
  status: string | null;
  count: number;
}

export interface TieChangeRecord {
  id: string;
  kind: TieKind;
  year: number;
  parties: string[];
}

export interface TieChangesRecord {
  appeared: TieChangeRecord[];
  ended: TieChangeRecord[];
  undated: number;
}

/** Counts per year, kind and status; the undated ones have year null. */
export async function readTimeline(executor: Executor): Promise<TimelineBarRecord[]> {
  return executor.read<TimelineBarRecord>(TIMELINE);
}

/** The ties that appeared and ended from one year to another, both included. */
export async function readTieChanges(
  executor: Executor,
  range: { from: number; to: number },
): Promise<TieChangesRecord> {
  const rows = await executor.read<TieChangeRecord & { change: 'APPEARED' | 'ENDED' }>(TIE_CHANGES, range);
  const [undated] = await executor.read<{ undated: number }>(UNDATED);
  const strip = ({ change: _change, ...rest }: TieChangeRecord & { change: string }) => rest;
  return {
    appeared: rows.filter((r) => r.change === 'APPEARED').map(strip),
    ended: rows.filter((r) => r.change === 'ENDED').map(strip),
    undated: undated?.undated ?? 0,
  };
}

export interface AgreementEventRecord {
  /** The agreement's id. */
  id: string;
  event: 'SIGNED' | 'UPDATED' | 'ENDS';
  on: string;
  year: number;
  /** For UPDATED, the id of the later agreement that updates it. */
  by: string | null;
}

/** Every agreement's signing, updates and end (or only the steps asked for), where its sources date them, by date. */
export async function readAgreementEvents(
  executor: Executor,
  events: readonly AgreementEventRecord['event'][] | null = null,
): Promise<AgreementEventRecord[]> {
  return executor.read<AgreementEventRecord>(AGREEMENT_EVENTS, { events });
}
