import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../../test/api.js';
import { connectTestGraph } from '../../../test/graph.js';
import { applySchema } from '../../db/migrations.js';
import { wipeGraph } from '../../seed/load.js';
import { createAgreement, upsertCluster } from '../editing/repo.js';
import { loadEditingFixtures } from '../editing/fixtures.js';
import { addEditor, revokeEditor } from '../editors/repo.js';
import { onGraphChanged, type GraphChange } from './events.js';

/**
 * The history and the write path against the real Neo4j: named editors, a Change per create,
 * update, delete and revert with the editor's name, Idempotency-Key retries, source reuse, and
 * the races of concurrent creates and upserts. On the editing fixtures (ids "edit-…") only.
 */

const graph = connectTestGraph();
let api: TestApi;
let ada: string;

const cites = [{ source: { id: 'edit-source' }, excerpt: 'The fixtures say so.' }];

const CREATE_AGREEMENT = `
mutation Create($input: CreateAgreementInput!) {
  createAgreement(input: $input) { agreement { id name parties { id } citations { excerpt source { id } } } }
}`;
const UPDATE_AGREEMENT = `
mutation Update($id: ID!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, input: $input) { agreement { id name } } }`;
const DELETE_AGREEMENT = `mutation Delete($id: ID!) { deleteAgreement(id: $id) { deletedId } }`;
const REVERT = `mutation Revert($id: ID!) { revertChange(id: $id) { change { id operation by reverts summary entity { id name } } } }`;
const CHANGES = `
query Changes($entity: ID, $by: String, $first: Int, $after: String) {
  changes(entity: $entity, by: $by, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id at by operation entityId summary fields before after source { id } entity { id } } }
  }
}`;
const NODE = `query Node($id: ID!) { node(id: $id) { id name citations { excerpt source { id } } ... on Agreement { parties { id } } } }`;

interface ChangeNode {
  id: string;
  at: string;
  by: string;
  operation: string;
  entityId: string;
  summary: string;
  fields: string[];
  before: string | null;
  after: string | null;
  source: { id: string } | null;
  entity: { id: string } | null;
}

async function run(query: string, variables: Record<string, unknown>, options: { token?: string; key?: string } = {}) {
  const result = await api.execute(query, {
    variables,
    authorization: `Bearer ${options.token ?? ada}`,
    ...(options.key ? { idempotencyKey: options.key } : {}),
  });
  return result;
}

async function changesOf(entity: string): Promise<ChangeNode[]> {
  const { data, errors } = await api.execute<{ changes: { edges: { node: ChangeNode }[] } }>(CHANGES, {
    variables: { entity, first: 50 },
  });
  expect(errors).toBeUndefined();
  return data?.changes.edges.map((edge) => edge.node) ?? [];
}

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await graph.executor.read<{ n: number }>(cypher, params);
  return row?.n ?? 0;
}

function agreementInput(name: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    agreementKind: 'MOU' as const,
    status: 'SIGNED' as const,
    signedOn: '2024-05',
    parties: ['edit-alpha', 'edit-beta'],
    citations: cites,
    ...extra,
  };
}

beforeAll(async () => {
  await wipeGraph(graph.executor);
  await applySchema(graph.executor);
  await loadEditingFixtures(graph.executor);
  ada = (await addEditor(graph.executor, 'Ada Lovelace')).token;
  api = await createTestApi({ executor: graph.executor, editorToken: 'shared-token' });
});

afterAll(async () => {
  await api.stop();
  await graph.close();
});

describe('named editors', () => {
  it('write under their own name; the shortcut token writes as "editor"; a revoked token is refused', async () => {
    const named = await run(CREATE_AGREEMENT, { input: agreementInput('Hist named pact') });
    expect(named.errors).toBeUndefined();
    const shared = await run(
      CREATE_AGREEMENT,
      { input: agreementInput('Hist shared pact') },
      { token: 'shared-token' },
    );
    expect(shared.errors).toBeUndefined();
    expect((await changesOf('hist-named-pact'))[0]?.by).toBe('Ada Lovelace');
    expect((await changesOf('hist-shared-pact'))[0]?.by).toBe('editor');

    const { token } = await addEditor(graph.executor, 'Temporary Tom');
    expect((await run(CREATE_AGREEMENT, { input: agreementInput('Hist tom pact') }, { token })).errors).toBeUndefined();
    await revokeEditor(graph.executor, 'Temporary Tom');
    const refused = await run(CREATE_AGREEMENT, { input: agreementInput('Hist tom again') }, { token });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await count(`MATCH (e:Editor {name: 'Temporary Tom'}) RETURN size(e.hash) AS n`)).toBeGreaterThan(0);
    expect(await count(`MATCH (e:Editor) WHERE e.hash CONTAINS $token RETURN count(e) AS n`, { token })).toBe(0);
  });
});

describe('the history of an agreement', () => {
  it('records create, update, delete and revert, each with the editor, the fields and the source', async () => {
    const id = 'hist-pact';
    expect((await run(CREATE_AGREEMENT, { input: agreementInput('Hist pact', { id }) })).errors).toBeUndefined();
    const update = await run(UPDATE_AGREEMENT, {
      id,
      input: {
        name: 'Hist pact, renamed',
        parties: ['edit-alpha', 'edit-gamma'],
        citations: [
          { source: { new: { title: 'Hist news', url: 'https://example.org/hist-news' } }, excerpt: 'Renamed.' },
        ],
      },
    });
    expect(update.errors).toBeUndefined();
    expect((await run(DELETE_AGREEMENT, { id })).errors).toBeUndefined();

    const [deleted, updated, created] = await changesOf(id);
    expect([created?.operation, updated?.operation, deleted?.operation]).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(new Set([created?.by, updated?.by, deleted?.by])).toEqual(new Set(['Ada Lovelace']));
    expect(created).toMatchObject({
      before: null,
      summary: 'Created Agreement "Hist pact"',
      source: { id: 'edit-source' },
    });
    expect(updated?.fields).toEqual(['PARTY_TO', 'citations', 'name']);
    expect(updated?.summary).toBe('Updated Agreement "Hist pact, renamed": PARTY_TO, citations, name');
    expect(updated?.source?.id).toBe('hist-news');
    expect(deleted).toMatchObject({ after: null, entity: null });
    expect(Date.parse(deleted?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(created?.at ?? ''));

    // Reverting the delete brings the agreement back as it was, parties and citations included.
    const revert = await run(REVERT, { id: deleted?.id });
    expect(revert.errors).toBeUndefined();
    expect(revert.data?.['revertChange']).toMatchObject({
      change: {
        operation: 'REVERT',
        by: 'Ada Lovelace',
        reverts: deleted?.id,
        entity: { id, name: 'Hist pact, renamed' },
      },
    });
    const back = await api.execute<{ node: { parties: { id: string }[]; citations: unknown[] } }>(NODE, {
      variables: { id },
    });
    expect(back.data?.node.parties.map((party) => party.id).sort()).toEqual(['edit-alpha', 'edit-gamma']);
    expect(back.data?.node.citations).toHaveLength(2);

    // Only the newest change can be reverted; reverting the update needs the revert undone first.
    const tooOld = await run(REVERT, { id: updated?.id });
    expect(tooOld.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect((await changesOf(id)).map((change) => change.operation)).toEqual(['REVERT', 'DELETE', 'UPDATE', 'CREATE']);
  });

  it('reverts an update to the fields, links and citations before it, and a create by deleting', async () => {
    const id = 'hist-pact-two';
    await run(CREATE_AGREEMENT, { input: agreementInput('Hist pact two', { id }) });
    await run(UPDATE_AGREEMENT, {
      id,
      input: { name: 'Hist pact two, wrong', parties: ['edit-beta', 'edit-gamma'], citations: cites },
    });
    const [update] = await changesOf(id);
    expect((await run(REVERT, { id: update?.id })).errors).toBeUndefined();
    const back = await api.execute<{ node: { name: string; parties: { id: string }[] } }>(NODE, { variables: { id } });
    expect(back.data?.node.name).toBe('Hist pact two');
    expect(back.data?.node.parties.map((party) => party.id).sort()).toEqual(['edit-alpha', 'edit-beta']);

    const [revert, , create] = await changesOf(id);
    expect(revert?.summary).toContain('back: PARTY_TO, name');
    expect((await run(REVERT, { id: create?.id })).errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect((await run(REVERT, { id: revert?.id })).errors).toBeUndefined();
    expect((await api.execute<{ node: { name: string } }>(NODE, { variables: { id } })).data?.node.name).toBe(
      'Hist pact two, wrong',
    );
  });

  it('pages newest first with cursors, and by editor', async () => {
    const first = await api.execute<{
      changes: { totalCount: number; pageInfo: { endCursor: string }; edges: { node: ChangeNode }[] };
    }>(CHANGES, { variables: { by: 'Ada Lovelace', first: 2 } });
    const page = first.data?.changes;
    expect(page?.edges).toHaveLength(2);
    const next = await api.execute<{ changes: { edges: { node: ChangeNode }[] } }>(CHANGES, {
      variables: { by: 'Ada Lovelace', first: 50, after: page?.pageInfo.endCursor },
    });
    const all = [...(page?.edges ?? []), ...(next.data?.changes.edges ?? [])].map((edge) => edge.node);
    expect(all).toHaveLength(page?.totalCount ?? -1);
    expect(new Set(all.map((change) => change.id)).size).toBe(all.length);
    const times = all.map((change) => Date.parse(change.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe('idempotent writes', () => {
  it('a create retried with the same Idempotency-Key returns the first result and writes once', async () => {
    const input = agreementInput('Hist retried pact', {
      citations: [
        { source: { new: { title: 'Hist retried source', url: 'https://example.org/retried' } }, excerpt: 'Once.' },
      ],
    });
    const first = await run(CREATE_AGREEMENT, { input }, { key: 'retry-1' });
    const second = await run(CREATE_AGREEMENT, { input }, { key: 'retry-1' });
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(await count(`MATCH (a:Agreement) WHERE a.name = 'Hist retried pact' RETURN count(a) AS n`)).toBe(1);
    expect(await count(`MATCH (s:Source {url: 'https://example.org/retried'}) RETURN count(s) AS n`)).toBe(1);
    expect(await count(`MATCH (c:Change {entityId: 'hist-retried-pact'}) RETURN count(c) AS n`)).toBe(1);

    const different = await run(CREATE_AGREEMENT, { input: { ...input, name: 'Hist other' } }, { key: 'retry-1' });
    expect(different.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('a key older than its TTL (a day) is a new request, answered afresh', async () => {
    const input = agreementInput('Hist expired pact');
    const first = await run(CREATE_AGREEMENT, { input }, { key: 'expiring-1' });
    expect(first.errors).toBeUndefined();
    await graph.executor.write((tx) =>
      tx.run(`MATCH (k:IdempotencyKey) WHERE k.key ENDS WITH $suffix SET k.createdAt = datetime() - duration('P2D')`, {
        suffix: 'expiring-1\u0000createAgreement',
      }),
    );
    const later = await run(
      CREATE_AGREEMENT,
      { input: { ...input, name: 'Hist expired other' } },
      { key: 'expiring-1' },
    );
    expect(later.errors).toBeUndefined();
    expect(await count(`MATCH (a:Agreement) WHERE a.name STARTS WITH 'Hist expired' RETURN count(a) AS n`)).toBe(2);
  });

  it('a new source with the URL, or the title and publisher, of a stored one reuses it', async () => {
    const byUrl = { new: { title: 'Another title', url: 'https://example.org/retried' } };
    const byTitle = { new: { title: 'Editing fixtures', url: 'https://example.org/elsewhere' } };
    const made = await run(CREATE_AGREEMENT, {
      input: agreementInput('Hist reused pact', {
        citations: [
          { source: byUrl, excerpt: 'Same URL.' },
          { source: byTitle, excerpt: 'Same title, no publisher.' },
        ],
      }),
    });
    const citations = (made.data?.['createAgreement'] as { agreement: { citations: { source: { id: string } }[] } })
      .agreement.citations;
    expect(citations.map((citation) => citation.source.id).sort()).toEqual(['edit-source', 'hist-retried-source']);
  });
});

describe('concurrent writes', () => {
  it('20 creates of one name without an id get 20 distinct ids, never a CONFLICT', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        createAgreement({ writer: graph.executor, editor: { name: 'racer' }, input: agreementInput('Hist race pact') }),
      ),
    );
    const ids = results.map((result) => result.id);
    expect(new Set(ids).size).toBe(20);
    expect(ids).toContain('hist-race-pact');
    expect(ids.every((id) => /^hist-race-pact(-[0-9a-f]{6})?$/.test(id))).toBe(true);
    expect(await count(`MATCH (c:Change {by: 'racer', operation: 'CREATE'}) RETURN count(c) AS n`)).toBe(20);
  });

  it('20 upserts of one new id make one cluster and 19 updates', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        upsertCluster({
          writer: graph.executor,
          editor: { name: 'upserter' },
          input: {
            id: 'hist-raced-cluster',
            name: 'Hist raced cluster',
            countryCode: 'XQ',
            memberCount: index,
            citations: cites,
          },
        }),
      ),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await count(`MATCH (c:Cluster {id: 'hist-raced-cluster'}) RETURN count(c) AS n`)).toBe(1);
    const operations = await graph.executor.read<{ operation: string; n: number }>(
      `MATCH (c:Change {entityId: 'hist-raced-cluster'}) RETURN c.operation AS operation, count(*) AS n ORDER BY operation`,
    );
    expect(operations).toEqual([
      { operation: 'CREATE', n: 1 },
      { operation: 'UPDATE', n: 19 },
    ]);
  });

  it('20 concurrent writes citing one new source make one source', async () => {
    const source = { new: { title: 'Hist raced source', url: 'https://example.org/raced-source' } };
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        createAgreement({
          writer: graph.executor,
          editor: { name: 'racer' },
          input: agreementInput(`Hist source race ${index}`, { citations: [{ source, excerpt: 'Raced.' }] }),
        }),
      ),
    );
    expect(await count(`MATCH (s:Source {url: 'https://example.org/raced-source'}) RETURN count(s) AS n`)).toBe(1);
  });
});

describe('"the graph changed"', () => {
  it('tells a listener, after commit, which entities the writes changed', async () => {
    const heard: string[] = [];
    let settled: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (settled = resolve));
    const stop = onGraphChanged(
      (changes: GraphChange[]) => {
        heard.push(...changes.flatMap((change) => change.entityIds));
        if (heard.length >= 2) settled();
      },
      { debounceMs: 10 },
    );
    await createAgreement({
      writer: graph.executor,
      editor: { name: 'listener' },
      input: agreementInput('Hist heard 1'),
    });
    await createAgreement({
      writer: graph.executor,
      editor: { name: 'listener' },
      input: agreementInput('Hist heard 2'),
    });
    await done;
    stop();
    expect(heard).toEqual(['hist-heard-1', 'hist-heard-2']);
  });
});
