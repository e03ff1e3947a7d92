import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { AtlasError } from '../errors.js';
import { createLogger } from '../logger.js';
import { warmUp } from '../warm-up.js';
import { connectTestGraph, resetToSeed } from '../../test/graph.js';
import { createDriver } from './driver.js';
import { Executor } from './executor.js';

/**
 * Issue 11, the reliability suite's outage: when the killed Neo4j came back, every request was let
 * in at once on a database that had planned nothing, all planned the same statements side by side
 * and held the whole pool, and the requests of the first seconds after its return ran out of
 * time. Now the warm-up runs first, while requests still fail at once. A relay in front of the
 * real Neo4j plays the outage (it drops and refuses connections, then passes them again).
 */

let open = true;
const sockets = new Set<net.Socket>();
const relay = net.createServer((client) => {
  if (!open) return void client.destroy();
  const target = new URL(inject('neo4jUri'));
  const upstream = net.connect(Number(target.port), target.hostname);
  sockets.add(client).add(upstream);
  client.pipe(upstream).pipe(client);
  for (const socket of [client, upstream])
    socket.on('error', () => undefined).on('close', () => (client.destroy(), upstream.destroy()));
});
let driver: ReturnType<typeof createDriver>;
let executor: Executor;

beforeAll(async () => {
  // The explorer's views need the graph they show (the gaps' default filter names its countries).
  const graph = connectTestGraph();
  await resetToSeed(graph.executor);
  await graph.close();
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const address = relay.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: '' });
  executor = new Executor({ driver, database: undefined, logger: createLogger('silent') });
});
afterAll(async () => {
  executor?.availability.stop();
  await driver?.close();
  await new Promise((resolve) => relay.close(resolve));
});

const codeOf = (error: unknown) => (error instanceof AtlasError ? error.code : String(error));
const request = () =>
  executor
    .forRequest({ metadata: {}, logger: createLogger('silent') })
    .read<{ ok: number }>('RETURN 1 AS ok')
    .then((rows) => rows[0]?.ok, codeOf);

describe('the database back after an outage', () => {
  it('is warmed up before requests go through again; they fail at once meanwhile', async () => {
    let warmed: number | undefined;
    let finishWarming = () => {};
    const warming = new Promise<void>((resolve) => (finishWarming = resolve));
    executor.warmOnReturn(async (view) => {
      warmed = (await view.read<{ n: number }>('RETURN 42 AS n'))[0]?.n;
      await warming;
    });
    expect(await request()).toBe(1);

    open = false;
    for (const socket of sockets) socket.destroy();
    expect(await request()).toBe('DATABASE_UNAVAILABLE');
    expect(executor.availability.state).toBe('down');

    open = true;
    // The warm-up ran its statement on the database while requests were still refused.
    await vi.waitFor(() => expect(warmed).toBe(42), { timeout: 30_000, interval: 50 });
    expect(await request()).toBe('DATABASE_UNAVAILABLE');
    expect(executor.availability.outage?.reason).toMatch(/warming up/);

    finishWarming();
    await vi.waitFor(() => expect(executor.availability.state).toBe('up'), { timeout: 30_000, interval: 50 });
    expect(await request()).toBe(1);
  });

  // The warm-up runs the web app's views as requests would, each on a request's view of the
  // executor it is given: those views failed at once while the database was still "down".
  it("runs the explorer's views on request views of the warming executor while requests fail at once", async () => {
    let outcome: unknown;
    executor.warmOnReturn(async (view) => {
      outcome = await warmUp(view, { logger: createLogger('silent') }).then(() => 'warmed', codeOf);
    });
    open = false;
    for (const socket of sockets) socket.destroy();
    expect(await request()).toBe('DATABASE_UNAVAILABLE');

    open = true;
    await vi.waitFor(() => expect(executor.availability.state).toBe('up'), { timeout: 60_000, interval: 50 });
    expect(outcome).toBe('warmed');
  });
});
