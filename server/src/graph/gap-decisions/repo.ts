import { z } from 'zod';
import type { Editor } from '../../auth.js';
import type { Executor, ReadTransaction } from '../../db/executor.js';
import { conflict, notFound } from '../../errors.js';
import { parseInput } from '../editing/inputs.js';
import { recordedWrite, type Idempotency, type Writer } from '../history/write-path.js';
import { ALL_DECISIONS, DECISION_BY_ID, PAIR_CLUSTERS, SET_DECISION } from './queries.js';

/**
 * A policy officer's decision on a gap candidate: dismissed (with the reason), or "in contact"
 * (the pair is being introduced), with a note. One per pair of clusters, whichever side each is
 * on; a new decision replaces the pair's last one, and the history keeps every one (who, when).
 */

export type GapDecisionStatus = 'DISMISSED' | 'IN_CONTACT';
/** Which candidates a ranking keeps: all, those without a decision, or those with one status. */
export type GapDecisionFilter = 'ALL' | 'UNDECIDED' | GapDecisionStatus;

export interface GapDecisionRecord {
  id: string;
  /** The pair's two cluster ids, in id order. */
  clusters: string[];
  status: GapDecisionStatus;
  reason: string | null;
  note: string | null;
  by: string;
  at: string;
}

const words = (max: number) =>
  z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`).nullish();

const decisionInput = z
  .object({
    left: z.string().trim().min(1, 'must not be blank').max(200),
    right: z.string().trim().min(1, 'must not be blank').max(200),
    status: z.enum(['DISMISSED', 'IN_CONTACT']),
    reason: words(500),
    note: words(2000),
  })
  .refine((input) => input.left !== input.right, { path: ['right'], message: 'must be another cluster than left' })
  .refine((input) => input.status !== 'DISMISSED' || Boolean(input.reason), {
    path: ['reason'],
    message: 'say why the pair is dismissed: a dismissal needs its reason',
  });
export type DecideGapInput = z.input<typeof decisionInput>;

/** The decision id of a pair: the same whichever cluster is called left. */
export function decisionIdOf(a: string, b: string): string {
  const [first, second] = [a, b].sort();
  return `gap-decision--${first}--${second}`;
}

/** Whether a candidate with this decision (or none) is kept by the filter. */
export function keptBy(filter: GapDecisionFilter, decision: GapDecisionRecord | undefined): boolean {
  if (filter === 'ALL') return true;
  if (filter === 'UNDECIDED') return decision === undefined;
  return decision?.status === filter;
}

/** Records a decision on the pair, as one recorded write; returns its id. */
export async function decideGap(options: {
  writer: Writer;
  editor: Editor;
  input: DecideGapInput;
  idempotency?: Idempotency | undefined;
}): Promise<{ id: string }> {
  const input = parseInput(decisionInput, options.input);
  const clusters = [input.left, input.right].sort();
  const id = decisionIdOf(input.left, input.right);
  return recordedWrite({
    writer: options.writer,
    editor: options.editor,
    idempotency: options.idempotency,
    work: async (tx, recorder) => {
      const found = await tx.run<{ id: string; name: string }>(PAIR_CLUSTERS, { ids: clusters });
      const missing = clusters.find((clusterId) => !found.some((row) => row.id === clusterId));
      if (missing) throw notFound('cluster', missing);
      const claim = await recorder.claim(id);
      if (!claim.mine) {
        if (claim.label !== 'GapDecision') throw conflict(`The id "${id}" is taken by a ${claim.label ?? 'node'}.`);
        await recorder.before([id]);
      }
      const nameOf = (clusterId: string) => found.find((row) => row.id === clusterId)?.name ?? clusterId;
      await tx.run(SET_DECISION, {
        id,
        clusters,
        editor: options.editor.name,
        props: {
          name: `${nameOf(input.left)} – ${nameOf(input.right)}`,
          clusters,
          status: input.status,
          reason: input.reason ?? null,
          note: input.note ?? null,
        },
      });
      recorder.changed({ entityId: id, operation: claim.mine ? 'CREATE' : 'UPDATE' });
      return { id };
    },
  });
}

export async function loadDecision(executor: Executor, id: string): Promise<GapDecisionRecord | null> {
  const [row] = await executor.read<GapDecisionRecord>(DECISION_BY_ID, { id });
  return row ?? null;
}

/** Every decision by its pair's id, read in the ranking's transaction (the same state of the graph). */
export async function decisionsByPair(tx: ReadTransaction): Promise<Map<string, GapDecisionRecord>> {
  const rows = await tx.run<GapDecisionRecord>(ALL_DECISIONS);
  return new Map(rows.map((row) => [row.id, row]));
}
