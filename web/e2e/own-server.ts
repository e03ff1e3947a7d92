import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../server/test/server-process.js';
import { openBrowser, type BrowserSession } from './browser.js';

interface ServerAndBrowser {
  readonly server: { readonly baseUrl: string };
  readonly session: BrowserSession;
}

/**
 * The e2e server for tests whose writes stay (started by global-setup.ts beside the shared one,
 * whose graph keeps the seed as it is), its editor's token, and a browser. Read `session` in tests
 * and hooks: it is opened in beforeAll.
 */
export function useWritesServer(): ServerAndBrowser & { readonly token: string } {
  const server = { baseUrl: inject('writesBaseUrl') };
  const token = inject('writesToken');
  const browser = useBrowser();
  return {
    server,
    token,
    get session() {
      return browser.session;
    },
  };
}

/**
 * A server of the test file's own (its own data folder, removed when it stops) and a browser, for
 * a setting the e2e servers lack. Read its fields in tests and hooks: they are set in beforeAll.
 */
export function useOwnServer(env: Record<string, string>): ServerAndBrowser {
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    server = await startServerProcess({ env });
  });
  afterAll(() => server?.stop());
  const browser = useBrowser();
  return {
    get server() {
      return setInBeforeAll(server, 'the server');
    },
    get session() {
      return browser.session;
    },
  };
}

function useBrowser(): { readonly session: BrowserSession } {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openBrowser({ width: 1400, height: 900 });
  });
  afterAll(() => session?.close());
  return {
    get session() {
      return setInBeforeAll(session, 'the browser');
    },
  };
}

/** A hook's value, read by a test: a read before the hook ran is a mistake in the test file. */
function setInBeforeAll<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is set in beforeAll: read it in tests and hooks only`);
  return value;
}

/** Signs in with an editor's token through the app's dialog and waits for the editor's name. */
export async function signInAsEditor(page: Page, token: string): Promise<void> {
  await page.getByTestId('editor-sign-in').click();
  await page.getByTestId('editor-token-dialog-input').fill(token);
  await page.getByTestId('editor-token-dialog-submit').click();
  await expect.poll(() => page.getByTestId('editor-name').textContent()).toContain('editor');
}
