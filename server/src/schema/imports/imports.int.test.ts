import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph } from '../../../test/graph.js';
import { freePort } from '../../../test/free-port.js';
import type { Context } from '../../context.js';
import { applySchema } from '../../db/migrations.js';
import { loadEditingFixtures } from '../../graph/editing/fixtures.js';
import { addEditor } from '../../graph/editors/repo.js';
import { ImportJobs } from '../../graph/imports/jobs.js';
import { createApp } from '../../http/app.js';
import { createApolloServer, graphqlRoute } from '../../http/graphql.js';
import { IMPORT_UPLOADS } from '../../http/uploads.js';
import { createLogger } from '../../logger.js';
import { wipeGraph } from '../../seed/load.js';

/**
 * The web app's import through its upload route (POST /graphql/imports), on the editing fixtures:
 * a check is a dry run that writes nothing and reports the diff with the rejected rows' lines; an
 * apply writes through the write path with one IMPORT change per entity, by the editor; a caller
 * without an editor token is refused and nothing is kept for it.
 */

const graph = connectTestGraph();
const logger = createLogger('silent');
let apollo: ApolloServer<Context>;
let server: Server;
let base: string;
let asEditor: string;

const JOB = `id fileName kind status done total startedBy error
  check { rows createdCount updatedCount unchangedCount created rejectedCount duplicatesCount rejected { file line column message row } duplicates { line name matches } newSources }
  result { createdCount updatedCount unchangedCount created }`;
const CHECK = `mutation Check($file: ImportFileInput!) { checkImport(file: $file) { ${JOB} } }`;
const APPLY = `mutation Apply($id: ID!) { applyImport(id: $id) { ${JOB} } }`;
const POLL = `query Poll($id: ID!) { importJob(id: $id) { ${JOB} } }`;

interface Report {
  rows: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  created: string[];
  rejectedCount: number;
  duplicatesCount: number;
  rejected: { file: string; line: number; column: string | null; message: string; row: string }[];
  duplicates: { line: number; name: string; matches: string[] }[];
  newSources: string[];
}
interface Job {
  id: string;
  kind: string;
  status: string;
  done: number;
  total: number;
  startedBy: string;
  error: string | null;
  check: Report | null;
  result: Report | null;
}
interface Answer {
  status: number;
  data?: Record<string, Job | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function send(options: { path: string; query: string; variables: unknown; token?: string }): Promise<Answer> {
  const response = await fetch(`${base}${options.path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query: options.query, variables: options.variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

/** Polls the job until it leaves CHECKING / APPLYING (no timed assertion: the test's own timeout bounds it). */
async function settled(id: string): Promise<Job> {
  for (;;) {
    const { data } = await send({ path: '/graphql', query: POLL, variables: { id }, token: asEditor });
    const job = data?.['importJob'];
    if (!job) throw new Error(`The import ${id} is gone.`);
    if (job.status !== 'CHECKING' && job.status !== 'APPLYING') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const count = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await graph.executor.read<{ n: number }>(cypher, params))[0]?.n ?? 0;

const FILE = {
  name: 'clusters-web.csv',
  content: `id,name,aliases,countryCode,sectors,source_url,source_title,excerpt
web-imp-one,Web Import One,Web One|W1,XQ,edit-sector,https://example.org/web-list,The web list,Listed on the web.
web-imp-two,Web Import Two,,XQ,,https://example.org/web-list,The web list,Listed on the web.
,Web Dup,edit-alpha,XQ,,https://example.org/web-list,The web list,Listed on the web.
web-imp-bad,Web Import Bad,,ZZ,,https://example.org/web-list,The web list,Listed on the web.
`,
};
const IDS = ['web-imp-one', 'web-imp-two'];

beforeAll(async () => {
  await wipeGraph(graph.executor);
  await applySchema(graph.executor);
  await loadEditingFixtures(graph.executor);
  asEditor = (await addEditor(graph.executor, 'uploader')).token;
  apollo = createApolloServer();
  await apollo.start();
  const app = createApp({
    executor: graph.executor,
    graphql: graphqlRoute(apollo, {
      executor: graph.executor,
      logger,
      auth: { editorToken: undefined, readToken: undefined },
      imports: new ImportJobs({ executor: graph.executor, logger, batchSize: 1 }),
    }),
  });
  const port = await freePort();
  await new Promise<void>((resolve) => {
    server = app.listen(port, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await apollo?.stop();
  await graph.close();
});

describe('the web import (POST /graphql/imports)', () => {
  it('checks a file without writing, then applies it with one IMPORT change per entity by the editor', async () => {
    const checked = await send({ path: IMPORT_UPLOADS.path, query: CHECK, variables: { file: FILE }, token: asEditor });
    expect(checked.errors).toBeUndefined();
    const started = checked.data?.['checkImport'];
    expect(started).toMatchObject({ kind: 'CLUSTERS', startedBy: 'uploader' });

    const check = await settled(started!.id);
    expect(check.status).toBe('CHECKED');
    expect(check.check).toMatchObject({
      rows: 4,
      createdCount: 2,
      updatedCount: 0,
      unchangedCount: 0,
      created: IDS,
      rejectedCount: 1,
      duplicatesCount: 1,
      duplicates: [{ line: 4, name: 'Web Dup', matches: ['edit-alpha'] }],
      newSources: ['the-web-list'],
    });
    expect(check.check?.rejected).toEqual([
      {
        file: 'clusters-web.csv',
        line: 5,
        column: 'countryCode',
        message: 'no country with the code ZZ is in the graph',
        row: expect.stringContaining('"id":"web-imp-bad"') as string,
      },
    ]);
    // The rejected rows come in pages, so a file of refused rows never outgrows a response.
    const paged = await send({
      path: '/graphql',
      query: `query Page($id: ID!, $first: Int!, $offset: Int!) { importJob(id: $id) { check { rejected(first: $first, offset: $offset) { line } } } }`,
      variables: { id: started!.id, first: 5000, offset: 1 },
      token: asEditor,
    });
    expect(paged.data?.['importJob']).toEqual({ check: { rejected: [] } });
    const tooMany = await send({
      path: '/graphql',
      query: `query Page($id: ID!) { importJob(id: $id) { check { rejected(first: 5001) { line } } } }`,
      variables: { id: started!.id },
      token: asEditor,
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The dry run wrote nothing: no cluster, no source, no change.
    expect(await count('MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS n', { ids: IDS })).toBe(0);
    expect(await count("MATCH (s:Source {url: 'https://example.org/web-list'}) RETURN count(s) AS n")).toBe(0);
    expect(await count('MATCH (c:Change) RETURN count(c) AS n')).toBe(0);

    const applying = await send({
      path: IMPORT_UPLOADS.path,
      query: APPLY,
      variables: { id: started!.id },
      token: asEditor,
    });
    expect(applying.errors).toBeUndefined();
    const applied = await settled(started!.id);
    expect(applied).toMatchObject({ status: 'APPLIED', done: 2, total: 2, error: null });
    expect(applied.result).toMatchObject({ createdCount: 2, created: IDS });

    const changes = await graph.executor.read<{ entityId: string; operation: string; by: string }>(
      'MATCH (c:Change)-[:OF]->(n:Cluster) RETURN c.entityId AS entityId, c.operation AS operation, c.by AS by ORDER BY entityId',
    );
    expect(changes).toEqual(IDS.map((entityId) => ({ entityId, operation: 'IMPORT', by: 'uploader' })));
    expect(
      await count(
        "MATCH (:Cluster {id: 'web-imp-one'})-[:CITED_IN {excerpt: 'Listed on the web.'}]->(:Source {url: 'https://example.org/web-list'}) RETURN count(*) AS n",
      ),
    ).toBe(1);

    // The same file checked again: every written row is unchanged.
    const again = await send({ path: IMPORT_UPLOADS.path, query: CHECK, variables: { file: FILE }, token: asEditor });
    expect((await settled(again.data!['checkImport']!.id)).check).toMatchObject({ createdCount: 0, unchangedCount: 2 });
  });

  it('refuses a caller without an editor token, and another editor polling the job', async () => {
    const anonymous = await send({ path: IMPORT_UPLOADS.path, query: CHECK, variables: { file: FILE } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await send({
      path: IMPORT_UPLOADS.path,
      query: CHECK,
      variables: { file: FILE },
      token: 'not-a-token',
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const mine = await send({ path: IMPORT_UPLOADS.path, query: CHECK, variables: { file: FILE }, token: asEditor });
    const id = mine.data!['checkImport']!.id;
    await settled(id);
    const other = (await addEditor(graph.executor, 'someone-else')).token;
    const polled = await send({ path: '/graphql', query: POLL, variables: { id }, token: other });
    expect(polled.data?.['importJob']).toBeNull();
    const applied = await send({ path: IMPORT_UPLOADS.path, query: APPLY, variables: { id }, token: other });
    expect(applied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a file it cannot read with its line, and any other operation on the upload route', async () => {
    const broken = await send({
      path: IMPORT_UPLOADS.path,
      query: CHECK,
      variables: { file: { name: 'clusters.csv', content: 'id,name\nok,"unclosed\n' } },
      token: asEditor,
    });
    expect(broken.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(broken.errors?.[0]?.message).toMatch(/^clusters\.csv:2: Quote Not Closed/);
    const unknownKind = await send({
      path: IMPORT_UPLOADS.path,
      query: CHECK,
      variables: { file: { name: 'list.csv', content: 'id,name\nx,X\n' } },
      token: asEditor,
    });
    expect(unknownKind.errors?.[0]?.message).toMatch(/starts with its kind/);

    const other = await send({
      path: IMPORT_UPLOADS.path,
      query: '{ currentEditor { name } }',
      variables: {},
      token: asEditor,
    });
    expect(other.status).toBe(400);
  });
});
