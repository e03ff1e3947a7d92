import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApi, type TestApi } from '../../../test/api.js';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import { loadEditingFixtures } from '../../graph/editing/fixtures.js';
import { createApp } from '../../http/app.js';
import { graphqlRoute } from '../../http/graphql.js';
import { createLogger } from '../../logger.js';

/**
 * The writes through the API's own pipeline (limits, error masking), on the seed plus the editing
 * fixtures (ids "edit-…"): the token check, what a refused write leaves (nothing, seen through
 * the API's reads), and that a written entity is cited and visible to the next read.
 */

const graph = connectTestGraph();
const TOKEN = 'test-editor-token';
let api: TestApi;
/** The same API on a server where ATLAS_EDITOR_TOKEN is unset. */
let apiWithoutToken: TestApi;

interface Reply {
  data: Record<string, unknown> | null | undefined;
  errors: { message: string; code: unknown }[];
}

/** Runs one operation with the given Authorization header, on the server with or without an editor token. */
async function execute(
  query: string,
  variables: Record<string, unknown> = {},
  caller: { header?: string; writesDisabled?: boolean } = {},
): Promise<Reply> {
  const target = caller.writesDisabled ? apiWithoutToken : api;
  const { data, errors } = await target.execute(query, {
    variables,
    ...(caller.header ? { authorization: caller.header } : {}),
  });
  return {
    data,
    errors: (errors ?? []).map((error) => ({ message: error.message, code: error.extensions?.['code'] })),
  };
}

const asEditor = { header: `Bearer ${TOKEN}` };
const cites = [{ source: { id: 'edit-source' }, excerpt: 'The fixtures say so.' }];

const CREATE_AGREEMENT = `
mutation Create($input: CreateAgreementInput!) {
  createAgreement(input: $input) {
    agreement { id name agreementKind status signedOn parties { id } sectors { id } citations { excerpt source { id title url } } }
  }
}`;
const UPDATE_AGREEMENT = `
mutation Update($id: ID!, $input: UpdateAgreementInput!) {
  updateAgreement(id: $id, input: $input) { agreement { id name status summary parties { id } } }
}`;
const DELETE_AGREEMENT = `mutation Delete($id: ID!) { deleteAgreement(id: $id) { deletedId } }`;
const CREATE_MISSION = `
mutation Create($input: CreateMissionInput!) {
  createMission(input: $input) { mission { id name status startsOn organisers { id } visited { id } citations { excerpt } } }
}`;
const UPDATE_MISSION = `
mutation Update($id: ID!, $input: UpdateMissionInput!) { updateMission(id: $id, input: $input) { mission { id smeCount visited { id } } } }`;
const DELETE_MISSION = `mutation Delete($id: ID!) { deleteMission(id: $id) { deletedId } }`;
const UPSERT_CLUSTER = `
mutation Upsert($input: UpsertClusterInput!) {
  upsertCluster(input: $input) { created cluster { id name clusterKind aliases country { code } region { id } sectors { id } citations { source { id } } } }
}`;
const ADD_CITATION = `
mutation Cite($entityId: ID!, $source: SourceInput!, $excerpt: String!) {
  addCitation(entityId: $entityId, source: $source, excerpt: $excerpt) { sourceId entity { id citations { excerpt source { id title } } } }
}`;
const NODE = `query Node($id: ID!) { node(id: $id) { id name citations { excerpt source { id } } } }`;
const CLUSTER_AGREEMENTS = `query ClusterAgreements($id: ID!) { cluster(id: $id) { agreements { id name } missions { id } } }`;

function agreementInput(name: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    agreementKind: 'COOPERATION_AGREEMENT',
    status: 'SIGNED',
    signedOn: '2020-02',
    parties: ['edit-alpha', 'edit-beta'],
    sectors: ['edit-sector'],
    citations: cites,
    ...extra,
  };
}

async function nodeOf(id: string): Promise<unknown> {
  const reply = await execute(NODE, { id });
  expect(reply.errors).toEqual([]);
  return reply.data?.['node'];
}

beforeAll(async () => {
  await resetToSeed(graph.executor);
  await loadEditingFixtures(graph.executor);
  api = await createTestApi({ executor: graph.executor, editorToken: TOKEN });
  apiWithoutToken = await createTestApi({ executor: graph.executor });
});

afterAll(async () => {
  await Promise.all([api.stop(), apiWithoutToken.stop()]);
  await graph.close();
});

/** Every mutation, with arguments that would succeed for an editor. */
const EVERY_WRITE: { name: string; query: string; variables: Record<string, unknown>; writes: string }[] = [
  {
    name: 'createAgreement',
    query: CREATE_AGREEMENT,
    variables: { input: agreementInput('Edit refused pact', { id: 'edit-refused-pact' }) },
    writes: 'edit-refused-pact',
  },
  {
    name: 'updateAgreement',
    query: UPDATE_AGREEMENT,
    variables: { id: 'edit-guarded-pact', input: { name: 'Edit renamed', citations: cites } },
    writes: 'edit-guarded-pact',
  },
  {
    name: 'deleteAgreement',
    query: DELETE_AGREEMENT,
    variables: { id: 'edit-guarded-pact' },
    writes: 'edit-guarded-pact',
  },
  {
    name: 'createMission',
    query: CREATE_MISSION,
    variables: {
      input: { id: 'edit-refused-mission', name: 'Edit refused mission', status: 'PLANNED', citations: cites },
    },
    writes: 'edit-refused-mission',
  },
  {
    name: 'updateMission',
    query: UPDATE_MISSION,
    variables: { id: 'edit-guarded-mission', input: { smeCount: 99, citations: cites } },
    writes: 'edit-guarded-mission',
  },
  {
    name: 'deleteMission',
    query: DELETE_MISSION,
    variables: { id: 'edit-guarded-mission' },
    writes: 'edit-guarded-mission',
  },
  {
    name: 'upsertCluster',
    query: UPSERT_CLUSTER,
    variables: {
      input: { id: 'edit-refused-cluster', name: 'Edit refused cluster', countryCode: 'XQ', citations: cites },
    },
    writes: 'edit-refused-cluster',
  },
  {
    name: 'addCitation',
    query: ADD_CITATION,
    variables: { entityId: 'edit-gamma', source: { id: 'edit-source' }, excerpt: 'Refused excerpt.' },
    writes: 'edit-gamma',
  },
];

describe('the editor token', () => {
  /** What the API reads for each write's target, to compare before and after a refused write. */
  const snapshotAll = () => Promise.all(EVERY_WRITE.map((write) => nodeOf(write.writes)));

  beforeAll(async () => {
    expect(
      (
        await execute(
          CREATE_AGREEMENT,
          { input: agreementInput('Edit guarded pact', { id: 'edit-guarded-pact' }) },
          asEditor,
        )
      ).errors,
    ).toEqual([]);
    expect(
      (
        await execute(
          CREATE_MISSION,
          {
            input: {
              id: 'edit-guarded-mission',
              name: 'Edit guarded mission',
              status: 'DONE',
              smeCount: 3,
              citations: cites,
            },
          },
          asEditor,
        )
      ).errors,
    ).toEqual([]);
  });

  it('refuses every write without a token as UNAUTHENTICATED, and nothing is written', async () => {
    const before = await snapshotAll();
    for (const write of EVERY_WRITE) {
      const reply = await execute(write.query, write.variables, {});
      expect(reply.errors, write.name).toEqual([
        { code: 'UNAUTHENTICATED', message: expect.stringContaining('Authorization: Bearer') },
      ]);
      expect(reply.data, write.name).toBeNull();
    }
    expect(await snapshotAll()).toEqual(before);
    expect(before[0]).toBeNull();
    expect(before[1]).toMatchObject({ id: 'edit-guarded-pact', name: 'Edit guarded pact' });
  });

  it('refuses every write with a wrong token as FORBIDDEN, and nothing is written', async () => {
    const before = await snapshotAll();
    for (const write of EVERY_WRITE) {
      const reply = await execute(write.query, write.variables, { header: 'Bearer not-the-token' });
      expect(reply.errors, write.name).toEqual([
        { code: 'FORBIDDEN', message: expect.stringContaining('token is wrong') },
      ]);
    }
    expect(await snapshotAll()).toEqual(before);
  });

  it("currentEditor names the token's editor (the web app signs in with it), and refuses a wrong token", async () => {
    const query = '{ currentEditor { name } }';
    expect(await execute(query, {}, asEditor)).toEqual({ data: { currentEditor: { name: 'editor' } }, errors: [] });
    expect((await execute(query, {}, { header: 'Bearer not-the-token' })).errors[0]?.code).toBe('FORBIDDEN');
    expect((await execute(query, {}, {})).errors[0]?.code).toBe('UNAUTHENTICATED');
  });

  it('disables every write when ATLAS_EDITOR_TOKEN is unset, saying how to enable them', async () => {
    const before = await snapshotAll();
    for (const write of EVERY_WRITE) {
      const reply = await execute(write.query, write.variables, { header: `Bearer ${TOKEN}`, writesDisabled: true });
      expect(reply.errors, write.name).toEqual([
        { code: 'FORBIDDEN', message: expect.stringContaining('set ATLAS_EDITOR_TOKEN') },
      ]);
    }
    expect(await snapshotAll()).toEqual(before);
  });
});

describe('writes with the token', () => {
  it('createAgreement: written, cited, returned, and visible to the next read', async () => {
    const reply = await execute(
      CREATE_AGREEMENT,
      {
        input: agreementInput('Edit GraphQL pact', {
          citations: [
            {
              source: { new: { title: 'Edit Herald', url: 'https://example.org/herald', publisher: 'Herald' } },
              excerpt: 'They cooperate.',
            },
          ],
        }),
      },
      asEditor,
    );
    expect(reply.errors).toEqual([]);
    expect(reply.data?.['createAgreement']).toEqual({
      agreement: {
        id: 'edit-graphql-pact',
        name: 'Edit GraphQL pact',
        agreementKind: 'COOPERATION_AGREEMENT',
        status: 'SIGNED',
        signedOn: '2020-02',
        parties: [{ id: 'edit-alpha' }, { id: 'edit-beta' }],
        sectors: [{ id: 'edit-sector' }],
        citations: [
          {
            excerpt: 'They cooperate.',
            source: { id: 'edit-herald', title: 'Edit Herald', url: 'https://example.org/herald' },
          },
        ],
      },
    });
    const next = await execute(CLUSTER_AGREEMENTS, { id: 'edit-beta' });
    expect(next.data?.['cluster']).toMatchObject({
      agreements: expect.arrayContaining([{ id: 'edit-graphql-pact', name: 'Edit GraphQL pact' }]),
    });
    expect(await nodeOf('edit-graphql-pact')).toEqual({
      id: 'edit-graphql-pact',
      name: 'Edit GraphQL pact',
      citations: [{ excerpt: 'They cooperate.', source: { id: 'edit-herald' } }],
    });
  });

  it('updateAgreement then deleteAgreement: each visible to the next read', async () => {
    await execute(
      CREATE_AGREEMENT,
      { input: agreementInput('Edit pact to edit', { id: 'edit-pact-to-edit', summary: 'Before.' }) },
      asEditor,
    );
    const updated = await execute(
      UPDATE_AGREEMENT,
      {
        id: 'edit-pact-to-edit',
        input: { status: 'ENDED', summary: null, parties: ['edit-beta', 'edit-gamma'], citations: cites },
      },
      asEditor,
    );
    expect(updated.errors).toEqual([]);
    expect(updated.data?.['updateAgreement']).toEqual({
      agreement: {
        id: 'edit-pact-to-edit',
        name: 'Edit pact to edit',
        status: 'ENDED',
        summary: null,
        parties: [{ id: 'edit-beta' }, { id: 'edit-gamma' }],
      },
    });
    const alpha = await execute(CLUSTER_AGREEMENTS, { id: 'edit-alpha' });
    expect(alpha.data?.['cluster']).not.toMatchObject({
      agreements: expect.arrayContaining([expect.objectContaining({ id: 'edit-pact-to-edit' })]),
    });

    const deleted = await execute(DELETE_AGREEMENT, { id: 'edit-pact-to-edit' }, asEditor);
    expect(deleted).toEqual({ data: { deleteAgreement: { deletedId: 'edit-pact-to-edit' } }, errors: [] });
    expect(await nodeOf('edit-pact-to-edit')).toBeNull();
    // The deleted agreement's source stays: another entity still reads its citation to it.
    expect(await nodeOf('edit-guarded-pact')).toMatchObject({
      citations: [{ excerpt: 'The fixtures say so.', source: { id: 'edit-source' } }],
    });
    const again = await execute(DELETE_AGREEMENT, { id: 'edit-pact-to-edit' }, asEditor);
    expect(again.errors).toEqual([{ code: 'NOT_FOUND', message: 'No agreement has the id "edit-pact-to-edit".' }]);
  });

  it('two writes in one operation: the second payload sees the first write, not a cached read', async () => {
    await execute(CREATE_AGREEMENT, { input: agreementInput('Edit pact twice', { id: 'edit-pact-twice' }) }, asEditor);
    const reply = await execute(
      `mutation Twice($cites: [CitationInput!]!) {
        first: updateAgreement(id: "edit-pact-twice", input: { name: "Edit first name", citations: $cites }) { agreement { name citations { excerpt } } }
        second: updateAgreement(id: "edit-pact-twice", input: { name: "Edit second name", citations: [{ source: { id: "edit-source" }, excerpt: "Renamed." }] }) { agreement { name citations { excerpt } } }
      }`,
      { cites },
      asEditor,
    );
    expect(reply.errors).toEqual([]);
    expect(reply.data).toEqual({
      first: { agreement: { name: 'Edit first name', citations: [{ excerpt: 'The fixtures say so.' }] } },
      second: {
        agreement: {
          name: 'Edit second name',
          citations: [{ excerpt: 'Renamed.' }, { excerpt: 'The fixtures say so.' }],
        },
      },
    });
  });

  it('createMission, updateMission, deleteMission', async () => {
    const created = await execute(
      CREATE_MISSION,
      {
        input: {
          name: 'Edit GraphQL mission',
          status: 'DONE',
          startsOn: '2022-09',
          organisers: ['edit-partnership', 'edit-alpha'],
          visited: ['edit-region'],
          citations: cites,
        },
      },
      asEditor,
    );
    expect(created.errors).toEqual([]);
    expect(created.data?.['createMission']).toEqual({
      mission: {
        id: 'edit-graphql-mission',
        name: 'Edit GraphQL mission',
        status: 'DONE',
        startsOn: '2022-09',
        organisers: expect.arrayContaining([{ id: 'edit-alpha' }, { id: 'edit-partnership' }]),
        visited: [{ id: 'edit-region' }],
        citations: [{ excerpt: 'The fixtures say so.' }],
      },
    });
    expect((await execute(CLUSTER_AGREEMENTS, { id: 'edit-alpha' })).data?.['cluster']).toMatchObject({
      missions: expect.arrayContaining([{ id: 'edit-graphql-mission' }]),
    });
    const updated = await execute(
      UPDATE_MISSION,
      { id: 'edit-graphql-mission', input: { smeCount: 12, visited: ['edit-far-region'], citations: cites } },
      asEditor,
    );
    expect(updated.data?.['updateMission']).toEqual({
      mission: { id: 'edit-graphql-mission', smeCount: 12, visited: [{ id: 'edit-far-region' }] },
    });
    expect((await execute(DELETE_MISSION, { id: 'edit-graphql-mission' }, asEditor)).data?.['deleteMission']).toEqual({
      deletedId: 'edit-graphql-mission',
    });
    expect(await nodeOf('edit-graphql-mission')).toBeNull();
  });

  it('createPartnership, updatePartnership, deletePartnership; deleteCluster, undone by its revert', async () => {
    const CREATE = `mutation C($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id name acronym targets: targetCountries { id } citations { excerpt } } } }`;
    const UPDATE = `mutation U($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { partnership { id acronym targets: targetCountries { id } } } }`;
    const created = await execute(
      CREATE,
      { input: { name: 'Edit GraphQL Partnership', acronym: 'EGP', targets: ['xr'], citations: cites } },
      asEditor,
    );
    expect(created).toEqual({
      errors: [],
      data: {
        createPartnership: {
          partnership: {
            id: 'edit-graphql-partnership',
            name: 'Edit GraphQL Partnership',
            acronym: 'EGP',
            targets: [{ id: 'xr' }],
            citations: [{ excerpt: 'The fixtures say so.' }],
          },
        },
      },
    });
    const updated = await execute(
      UPDATE,
      { id: 'edit-graphql-partnership', input: { acronym: null, targets: ['xq', 'xr'], citations: cites } },
      asEditor,
    );
    expect(updated.data?.['updatePartnership']).toEqual({
      partnership: {
        id: 'edit-graphql-partnership',
        acronym: null,
        targets: expect.arrayContaining([{ id: 'xq' }, { id: 'xr' }]),
      },
    });
    const wrongTarget = await execute(
      UPDATE,
      { id: 'edit-graphql-partnership', input: { targets: ['edit-alpha'], citations: cites } },
      asEditor,
    );
    expect(wrongTarget.errors[0]?.code).toBe('BAD_USER_INPUT');
    const DELETE = `mutation D($id: ID!) { deletePartnership(id: $id) { deletedId } }`;
    expect((await execute(DELETE, { id: 'edit-graphql-partnership' }, asEditor)).data).toEqual({
      deletePartnership: { deletedId: 'edit-graphql-partnership' },
    });
    expect(await nodeOf('edit-graphql-partnership')).toBeNull();

    const made = await execute(
      UPSERT_CLUSTER,
      { input: { name: 'Edit doomed cluster', countryCode: 'XQ', citations: cites } },
      asEditor,
    );
    const doomed = (made.data?.['upsertCluster'] as { cluster: { id: string } }).cluster.id;
    expect(
      (await execute(`mutation D($id: ID!) { deleteCluster(id: $id) { deletedId } }`, { id: doomed }, asEditor)).data,
    ).toEqual({
      deleteCluster: { deletedId: doomed },
    });
    expect(await nodeOf(doomed)).toBeNull();
    const history = await execute(
      `query H($id: ID) { changes(entity: $id, first: 1) { edges { node { id operation } } } }`,
      { id: doomed },
    );
    const last = (history.data?.['changes'] as { edges: { node: { id: string; operation: string } }[] }).edges[0]!.node;
    expect(last.operation).toBe('DELETE');
    expect(
      (
        await execute(
          `mutation R($id: ID!) { revertChange(id: $id) { change { operation } } }`,
          { id: last.id },
          asEditor,
        )
      ).errors,
    ).toEqual([]);
    expect(await nodeOf(doomed)).toMatchObject({ id: doomed, name: 'Edit doomed cluster' });
  });

  it('upsertCluster creates, then updates, and the cluster reads back with country, region and sectors', async () => {
    const created = await execute(
      UPSERT_CLUSTER,
      {
        input: {
          name: 'Edit GraphQL Cluster',
          countryCode: 'xq',
          region: 'edit-region',
          aliases: ['EGC'],
          sectors: ['edit-sector'],
          citations: cites,
        },
      },
      asEditor,
    );
    expect(created.errors).toEqual([]);
    expect(created.data?.['upsertCluster']).toMatchObject({
      created: true,
      cluster: {
        id: 'edit-graphql-cluster',
        clusterKind: 'CLUSTER',
        aliases: ['EGC'],
        region: { id: 'edit-region' },
        sectors: [{ id: 'edit-sector' }],
        citations: [{ source: { id: 'edit-source' } }],
      },
    });
    const updated = await execute(
      UPSERT_CLUSTER,
      { input: { id: 'edit-graphql-cluster', clusterKind: 'SUPERCLUSTER', region: null, citations: cites } },
      asEditor,
    );
    expect(updated.data?.['upsertCluster']).toMatchObject({
      created: false,
      cluster: { name: 'Edit GraphQL Cluster', clusterKind: 'SUPERCLUSTER', region: null, country: { code: 'XQ' } },
    });
    const read = await execute(`query { cluster(id: "edit-graphql-cluster") { clusterKind sectors { id } } }`);
    expect(read.data).toEqual({ cluster: { clusterKind: 'SUPERCLUSTER', sectors: [{ id: 'edit-sector' }] } });
  });

  it('addCitation cites an entity with a new source, visible to the next read', async () => {
    const reply = await execute(
      ADD_CITATION,
      {
        entityId: 'edit-gamma',
        source: { new: { title: 'Edit Gamma annual report', url: 'https://example.org/gamma', publishedOn: '2023' } },
        excerpt: 'Gamma grew.',
      },
      asEditor,
    );
    expect(reply.errors).toEqual([]);
    expect(reply.data?.['addCitation']).toEqual({
      sourceId: 'edit-gamma-annual-report',
      entity: {
        id: 'edit-gamma',
        citations: [
          { excerpt: 'Gamma grew.', source: { id: 'edit-gamma-annual-report', title: 'Edit Gamma annual report' } },
        ],
      },
    });
    expect(await nodeOf('edit-gamma')).toMatchObject({
      citations: [{ excerpt: 'Gamma grew.', source: { id: 'edit-gamma-annual-report' } }],
    });
  });
});

describe('invalid writes: BAD_USER_INPUT naming the problem, and nothing written', () => {
  const cases: { problem: string; input: Record<string, unknown>; message: RegExp }[] = [
    {
      problem: 'a missing party',
      input: agreementInput('Edit bad 1', { parties: ['edit-alpha', 'edit-ghost'] }),
      message: /parties: no Cluster has the id "edit-ghost"/,
    },
    {
      problem: 'one party',
      input: agreementInput('Edit bad 2', { parties: ['edit-alpha'] }),
      message: /parties: an agreement needs at least two distinct parties/,
    },
    { problem: 'a bad date', input: agreementInput('Edit bad 3', { signedOn: '2020-13' }), message: /2020-13/ },
    {
      problem: 'a start after the end',
      input: agreementInput('Edit bad 4', { signedOn: '2021-05', endsOn: '2021-04-30' }),
      message: /endsOn: 2021-04-30 is before signedOn 2021-05/,
    },
    {
      problem: 'an unknown source',
      input: agreementInput('Edit bad 5', { citations: [{ source: { id: 'edit-no-such-source' }, excerpt: 'x' }] }),
      message: /no Source has the id "edit-no-such-source"/,
    },
    {
      problem: 'an unknown sector',
      input: agreementInput('Edit bad 6', { sectors: ['edit-no-such-sector'] }),
      message: /sectors: no Sector has the id "edit-no-such-sector"/,
    },
    {
      problem: 'no source at all',
      input: agreementInput('Edit bad 7', { citations: [] }),
      message: /citations: name at least one source/,
    },
  ];

  for (const { problem, input, message } of cases) {
    it(`refuses ${problem}`, async () => {
      const reply = await execute(
        CREATE_AGREEMENT,
        { input: { ...input, id: slugOf(String(input['name'])) } },
        asEditor,
      );
      expect(reply.errors).toHaveLength(1);
      expect(reply.errors[0]?.code).toBe('BAD_USER_INPUT');
      expect(reply.errors[0]?.message).toMatch(message);
      expect(await nodeOf(slugOf(String(input['name'])))).toBeNull();
    });
  }

  it('refuses a region of another country for a new cluster', async () => {
    const reply = await execute(
      UPSERT_CLUSTER,
      {
        input: {
          id: 'edit-misplaced',
          name: 'Edit misplaced',
          countryCode: 'XQ',
          region: 'edit-far-region',
          citations: cites,
        },
      },
      asEditor,
    );
    expect(reply.errors).toEqual([
      { code: 'BAD_USER_INPUT', message: expect.stringContaining('region: "edit-far-region" is in XR, not in XQ') },
    ]);
    expect(await nodeOf('edit-misplaced')).toBeNull();
  });
});

function slugOf(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '-');
}

describe('over HTTP, as a client sends it', () => {
  let http: Server;
  let url: string;

  beforeAll(async () => {
    const route = graphqlRoute(api.server, {
      executor: graph.executor,
      logger: createLogger('silent'),
      auth: { editorToken: TOKEN, readToken: undefined },
    });
    http = createApp({ executor: graph.executor, graphql: route }).listen(0, '127.0.0.1');
    await new Promise((resolve) => http.once('listening', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });

  afterAll(() => new Promise((resolve) => http.close(resolve)));

  async function post(
    query: string,
    variables: Record<string, unknown>,
    authorization?: string,
  ): Promise<{ data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] }> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { extensions?: { code?: string } }[];
    };
  }

  it('a write without a token is refused and writes nothing; with the token it is written, cited, and visible to the next read', async () => {
    const input = agreementInput('Edit HTTP pact', { id: 'edit-http-pact' });
    const refused = await post(CREATE_AGREEMENT, { input });
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await post(NODE, { id: 'edit-http-pact' })).toEqual({ data: { node: null } });

    const written = await post(CREATE_AGREEMENT, { input }, `Bearer ${TOKEN}`);
    expect(written.errors).toBeUndefined();
    expect(written.data?.['createAgreement']).toMatchObject({
      agreement: {
        id: 'edit-http-pact',
        citations: [{ excerpt: 'The fixtures say so.', source: { id: 'edit-source' } }],
      },
    });
    expect(await post(NODE, { id: 'edit-http-pact' })).toEqual({
      data: {
        node: {
          id: 'edit-http-pact',
          name: 'Edit HTTP pact',
          citations: [{ excerpt: 'The fixtures say so.', source: { id: 'edit-source' } }],
        },
      },
    });
  });
});
