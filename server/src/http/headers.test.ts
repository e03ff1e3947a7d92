import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../db/driver.js';
import { Executor } from '../db/executor.js';
import { createLogger } from '../logger.js';
import { createApp } from './app.js';

/**
 * Security headers on plain HTTP and behind TLS (issue 11 item 4). Served on a LAN over plain
 * HTTP, HSTS and `upgrade-insecure-requests` made the browser fetch every asset over https, which
 * nothing answered: the page stayed blank. No database is needed: the playground page answers
 * without one.
 */

const logger = createLogger('silent');
const driver = createDriver({ uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: '' });
const servers: Server[] = [];

async function serve(options: { trustProxy?: string }): Promise<number> {
  const app = createApp({
    executor: new Executor({ driver, database: undefined, logger }),
    webDist: path.join(os.tmpdir(), 'atlas-no-web-dist'),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
  });
  return new Promise((resolve) => {
    // Loopback only, as every test server: without a trusted proxy the headers depend on the scheme
    // alone, not on the client's address (web/e2e/lan.e2e.test.ts loads the page under a LAN name).
    const server = app.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
    servers.push(server);
  });
}

const page = (host: string, port: number, headers: Record<string, string> = {}) =>
  fetch(`http://${host}:${port}/graphql`, { headers: { accept: 'text/html', ...headers } });

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await driver.close();
});

describe('served on a LAN over plain HTTP', () => {
  it('sends neither HSTS nor upgrade-insecure-requests, so the page loads (it stayed blank)', async () => {
    const port = await serve({});
    const response = await page('127.0.0.1', port);
    expect(response.status).toBe(200);
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('content-security-policy')).not.toMatch(/upgrade-insecure-requests/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });

  it('ignores X-Forwarded-Proto from a client that is not a trusted proxy', async () => {
    const port = await serve({});
    const response = await page('127.0.0.1', port, { 'x-forwarded-proto': 'https' });
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('behind a TLS proxy (TRUST_PROXY)', () => {
  it('sends HSTS and upgrade-insecure-requests when the trusted proxy says https', async () => {
    const port = await serve({ trustProxy: 'loopback' });
    const response = await page('127.0.0.1', port, { 'x-forwarded-proto': 'https' });
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('content-security-policy')).toMatch(/upgrade-insecure-requests/);
  });

  it('sends neither for the proxy’s own plain-HTTP requests', async () => {
    const port = await serve({ trustProxy: 'loopback' });
    const response = await page('127.0.0.1', port, { 'x-forwarded-proto': 'http' });
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('content-security-policy')).not.toMatch(/upgrade-insecure-requests/);
  });
});
