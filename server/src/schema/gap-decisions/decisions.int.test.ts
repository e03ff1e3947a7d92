import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../../test/api.js';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import { addEditor } from '../../graph/editors/repo.js';

/**
 * Decisions on gap candidates through GraphQL on the seed: a dismissal needs its reason, is kept
 * with who and when (its Change), shows on the candidate, and the ranking filters by it.
 */

const graph = connectTestGraph();
let api: TestApi;
let token: string;

const RANKING = `
query Ranking($filter: GapFilter, $first: Int) {
  gapRanking(filter: $filter, first: $first) {
    totalCount
    candidates { left { id } right { id } decision { id status reason note by at } }
  }
}`;
const DECIDE = `
mutation Decide($input: DecideGapInput!) {
  decideGap(input: $input) { decision { id status reason note by at } }
}`;
const CHANGES = `query Changes($entity: ID) { changes(entity: $entity) { edges { node { id by operation } } } }`;
const REVERT = `mutation Revert($id: ID!) { revertChange(id: $id) { change { operation } } }`;

interface Ranking {
  gapRanking: {
    totalCount: number;
    candidates: { left: { id: string }; right: { id: string }; decision: { id: string; status: string } | null }[];
  };
}

async function ranking(decision?: string) {
  const { data, errors } = await api.execute<Ranking>(RANKING, {
    variables: { first: 100, ...(decision ? { filter: { decision } } : {}) },
  });
  expect(errors).toBeUndefined();
  return data!.gapRanking;
}

const write = (query: string, variables: Record<string, unknown>, authorization = `Bearer ${token}`) =>
  api.execute<Record<string, unknown>>(query, { variables, authorization });

beforeAll(async () => {
  await resetToSeed(graph.executor);
  token = (await addEditor(graph.executor, 'Policy Pat')).token;
  api = await createTestApi({ executor: graph.executor });
});

afterAll(async () => {
  await api.stop();
  await graph.close();
});

describe('decisions on gap candidates', () => {
  it('dismisses a candidate with its reason, shows it on the candidate, and filters the ranking by it', async () => {
    const all = await ranking();
    const pair = all.candidates[0]!;
    const input = { left: pair.left.id, right: pair.right.id, status: 'DISMISSED' };

    const anonymous = await write(DECIDE, { input: { ...input, reason: 'x' } }, '');
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const reasonless = await write(DECIDE, { input });
    expect(reasonless.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(reasonless.errors?.[0]?.extensions?.['problems']).toEqual([
      { field: 'reason', message: 'say why the pair is dismissed: a dismissal needs its reason' },
    ]);

    const dismissed = await write(DECIDE, { input: { ...input, reason: 'Competitors, not partners.' } });
    expect(dismissed.errors).toBeUndefined();
    const decision = (dismissed.data?.['decideGap'] as { decision: { id: string; by: string; at: string } }).decision;
    expect(decision).toMatchObject({ status: 'DISMISSED', reason: 'Competitors, not partners.', by: 'Policy Pat' });
    expect(Date.parse(decision.at)).not.toBeNaN();

    const onlyDismissed = await ranking('DISMISSED');
    expect(onlyDismissed.totalCount).toBe(1);
    expect(onlyDismissed.candidates[0]).toMatchObject({ left: pair.left, right: pair.right });
    expect(onlyDismissed.candidates[0]?.decision?.status).toBe('DISMISSED');
    const undecided = await ranking('UNDECIDED');
    expect(undecided.totalCount).toBe(all.totalCount - 1);
    expect(undecided.candidates.some((c) => c.left.id === pair.left.id && c.right.id === pair.right.id)).toBe(false);
    expect((await ranking()).candidates[0]?.decision?.id).toBe(decision.id);
  });

  it('marks a pair in contact with a note (the other way round is the same pair), kept in the history and revertable', async () => {
    const pair = (await ranking('DISMISSED')).candidates[0]!;
    const contact = await write(DECIDE, {
      input: { left: pair.right.id, right: pair.left.id, status: 'IN_CONTACT', note: 'Introduced at the fair.' },
    });
    expect(contact.errors).toBeUndefined();
    const decision = (contact.data?.['decideGap'] as { decision: { id: string } }).decision;
    expect(decision).toMatchObject({ id: pair.decision!.id, status: 'IN_CONTACT', reason: null });
    expect((await ranking('DISMISSED')).totalCount).toBe(0);
    expect((await ranking('IN_CONTACT')).totalCount).toBe(1);

    const history = await api.execute<{
      changes: { edges: { node: { id: string; by: string; operation: string } }[] };
    }>(CHANGES, { variables: { entity: decision.id } });
    const changes = history.data!.changes.edges.map((edge) => edge.node);
    expect(changes.map((change) => [change.operation, change.by])).toEqual([
      ['UPDATE', 'Policy Pat'],
      ['CREATE', 'Policy Pat'],
    ]);
    const reverted = await write(REVERT, { id: changes[0]!.id });
    expect(reverted.errors).toBeUndefined();
    expect((await ranking('DISMISSED')).candidates[0]?.decision?.status).toBe('DISMISSED');
  });

  it('refuses a pair with a cluster that does not exist', async () => {
    const missing = await write(DECIDE, {
      input: { left: 'no-such-cluster', right: 'technomontreal', status: 'IN_CONTACT' },
    });
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
