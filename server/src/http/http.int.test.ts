import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../context.js';
import { createDriver } from '../db/driver.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../db/embedded.js';
import { Executor } from '../db/executor.js';
import { Turns } from '../db/turns.js';
import { addEditor } from '../graph/editors/repo.js';
import { applySchema } from '../db/migrations.js';
import { createLogger } from '../logger.js';
import { freePort } from '../../test/free-port.js';
import { createApp } from './app.js';
import { DOCUMENT_UPLOADS } from './uploads.js';
import { createApolloServer, graphqlRoute } from './graphql.js';

/**
 * The HTTP surface on a Neo4j of its own (this file stops and restarts it): the API, the
 * playground page, CSRF prevention, the body limit, the read token, and a database that goes
 * away and comes back while the server keeps running.
 */

const logger = createLogger('silent');
let dataDir: string;
let boltPort: number;
let neo4j: EmbeddedNeo4j | undefined;
let driver: ReturnType<typeof createDriver>;
let apollo: ApolloServer<Context>;
const servers: Server[] = [];

const startNeo4j = () =>
  startEmbeddedNeo4j({ host: '127.0.0.1', port: boltPort, dataDir, heap: '512m', pageCache: '64m', logger });

async function listen(options: {
  readToken?: string;
  webDist?: string;
  apollo?: ApolloServer<Context>;
  turns?: Turns;
}): Promise<string> {
  const executor = new Executor({ driver, database: undefined, logger }, options.turns ? { turns: options.turns } : {});
  const app = createApp({
    executor,
    graphql: graphqlRoute(options.apollo ?? apollo, {
      executor,
      logger,
      auth: { editorToken: 'editor-secret', readToken: options.readToken },
    }),
    webDist: options.webDist ?? path.join(dataDir, 'no-web-dist'),
  });
  const port = await freePort();
  await new Promise<void>((resolve) => servers.push(app.listen(port, '127.0.0.1', () => resolve())));
  return `http://127.0.0.1:${port}`;
}

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

let base: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-http-'));
  boltPort = await freePort();
  neo4j = await startNeo4j();
  driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: '' });
  const executor = new Executor({ driver, database: undefined, logger });
  await applySchema(executor);
  // The data this file owns: one cluster is enough to tell an answer from an error.
  await executor.write((tx) =>
    tx.run("CREATE (:Entity:Cluster {id: 'technomontreal', name: 'TechnoMontréal', kind: 'CLUSTER', aliases: []})"),
  );
  apollo = createApolloServer();
  await apollo.start();
  base = await listen({});
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await apollo?.stop();
  await driver?.close();
  await neo4j?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('POST /graphql', () => {
  it('answers a query, with the request id and its round trips in headers', async () => {
    const response = await post(
      base,
      { query: '{ cluster(id: "technomontreal") { name } }' },
      { 'x-request-id': 'test-request-1' },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { cluster: { name: 'TechnoMontréal' } } });
    expect(response.headers.get('x-request-id')).toBe('test-request-1');
    expect(Number(response.headers.get('x-atlas-round-trips'))).toBe(1);
  });

  it('refuses a GET query without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent('{ stats { ties { count } } }')}`);
    expect(response.status).toBe(400);
  });

  it('refuses a body over the limit with 413 and a GraphQL-shaped error', async () => {
    const response = await post(base, {
      query: `{ stats { ties { count } } }`,
      variables: { padding: 'x'.repeat(300_000) },
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]?.message).toMatch(/larger than/);
  });

  it('takes a document larger than the API body limit on the documents route, and nothing else there', async () => {
    const proposeFacts = 'mutation Propose($document: DocumentInput!) { proposeFacts(document: $document) { id } }';
    const text = `Skywin and Lumen Valley (France) signed an MoU in 2024.\n${'More news of the week. '.repeat(12_000)}`;
    const upload = (body: unknown) =>
      fetch(`${base}${DOCUMENT_UPLOADS.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer editor-secret' },
        body: JSON.stringify(body),
      });
    const taken = await upload({ query: proposeFacts, variables: { document: { title: 'A long release', text } } });
    expect(taken.status).toBe(200);
    const answer = (await taken.json()) as { data: { proposeFacts: { id: string } } | null; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.proposeFacts.id).toMatch(/^review-/);

    const other = await upload({ query: '{ stats { ties { count } } }' });
    expect(other.status).toBe(400);
    expect(JSON.stringify(await other.json())).toMatch(/takes one proposeFacts mutation/);
  });

  it('refuses a document over its own limit with 413, saying the limit', async () => {
    const response = await fetch(`${base}${DOCUMENT_UPLOADS.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { proposeFacts }',
        variables: { padding: 'x'.repeat(DOCUMENT_UPLOADS.limit) },
      }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/larger than 16 MB/);
  });

  it('answers variables nested 10,000 levels deep with 400 VARIABLES_TOO_DEEP, not 500 (POST and GET)', async () => {
    // As served (main.ts): with the response cache, whose key is computed over the variables.
    const cached = createApolloServer({ responseCache: true });
    await cached.start();
    try {
      const served = await listen({ apollo: cached });
      const query = '{ cluster(id: "technomontreal") { name } }';
      const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
      const posted = await fetch(`${served}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"query": ${JSON.stringify(query)}, "variables": ${deep}}`,
      });
      const got = await fetch(
        `${served}/graphql?query=${encodeURIComponent(query)}&variables=${'['.repeat(5_000)}${']'.repeat(5_000)}`,
        { headers: { 'apollo-require-preflight': 'true' } },
      );
      for (const response of [posted, got]) {
        expect(response.status).toBe(400);
        const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect(body.errors.map((e) => e.extensions.code)).toEqual(['VARIABLES_TOO_DEEP']);
        expect(body.errors[0]?.message).toMatch(/nest deeper than/);
      }
      // The same query with flat variables still answers.
      expect((await post(served, { query, variables: { a: { b: [1] } } })).status).toBe(200);
    } finally {
      await cached.stop();
    }
  });

  it('answers malformed JSON with 400, no stack', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.js|node_modules/);
  });
});

describe('GET /graphql from a browser', () => {
  it('serves a page, telling how to build the playground when web/dist is missing', async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/npm run build/);
  });
});

describe('the read token', () => {
  it('makes reads require ATLAS_READ_TOKEN (or an editor token, named or the shortcut) when configured', async () => {
    const guarded = await listen({ readToken: 'read-secret' });
    const query = { query: '{ stats { ties { count } } }' };
    const none = await post(guarded, query);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const wrong = await post(guarded, query, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await post(guarded, query, { authorization: 'Bearer read-secret' })).status).toBe(200);
    expect((await post(guarded, query, { authorization: 'Bearer editor-secret' })).status).toBe(200);
    // A named editor reads what they edit (it was refused before: only the shortcut token was checked).
    const { token } = await addEditor(new Executor({ driver, database: undefined, logger }), 'Reader Ada');
    expect((await post(guarded, query, { authorization: `Bearer ${token}` })).status).toBe(200);
  });
});

describe('a database past its turns', () => {
  // Each request used to queue for its turn to the end of its 30 s budget, however long the queue.
  it('answers 503 DATABASE_BUSY with Retry-After at once instead of queueing, and answers again once a turn is free', async () => {
    const query = { query: '{ cluster(id: "technomontreal") { name } }' };
    // One turn; once the head of the queue has waited 100 ms, a new request is refused.
    const turns = new Turns(1, 100);
    const busyBase = await listen({ turns });
    const holder = new Executor({ driver, database: undefined, logger }, { turns });
    // The one turn taken and held, and a transaction waiting behind it for at least 300 ms.
    let release = () => {};
    let holding = () => {};
    const held = new Promise<void>((resolve) => (holding = resolve));
    const transaction = holder.readAll(async (tx) => {
      await tx.run('RETURN 1');
      holding();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await held;
    const queued = holder.readAll((tx) => tx.run('RETURN 1 AS queued'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    try {
      // The only turn is still taken: an answer now was not queued for it.
      const busy = await post(busyBase, query);
      expect(busy.status).toBe(503);
      const body = (await busy.json()) as {
        errors: { message: string; extensions: { code: string; retryAfterSeconds: number } }[];
      };
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['DATABASE_BUSY']);
      const seconds = body.errors[0]!.extensions.retryAfterSeconds;
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(busy.headers.get('retry-after')).toBe(String(seconds));
      expect(body.errors[0]!.message).toMatch(/busy.*nothing was read or saved.*Retry in/);
      expect((await fetch(`${busyBase}/health`)).status).toBe(200);
    } finally {
      release();
      await Promise.all([transaction, queued]);
    }
    const free = await post(busyBase, query);
    expect(free.status).toBe(200);
    expect(await free.json()).toEqual({ data: { cluster: { name: 'TechnoMontréal' } } });
  });
});

describe('a database that goes away', () => {
  it(
    'gives 503 and DATABASE_UNAVAILABLE while Neo4j is down, and recovers without a restart',
    { timeout: 240_000 },
    async () => {
      expect((await fetch(`${base}/health`)).status).toBe(200);
      await neo4j?.stop();
      neo4j = undefined;

      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(503);
      expect(((await health.json()) as { database: string }).database).toBe('down');
      const down = await post(base, { query: '{ cluster(id: "technomontreal") { name } }' });
      const body = (await down.json()) as {
        data: unknown;
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(body.errors[0]?.message).not.toMatch(/bolt|neo4j-driver|MATCH/i);

      neo4j = await startNeo4j();
      let status = 0;
      for (let attempt = 0; attempt < 30 && status !== 200; attempt += 1) {
        status = (await fetch(`${base}/health`)).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      expect(status).toBe(200);
      const up = await post(base, { query: '{ cluster(id: "technomontreal") { name } }' });
      expect(await up.json()).toEqual({ data: { cluster: { name: 'TechnoMontréal' } } });
    },
  );
});
