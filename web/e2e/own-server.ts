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
 * whose graph keeps the seed as it is), its editor's token, and a browser. Read its fields in
 * tests and hooks.
 */
export function useWritesServer(): ServerAndBrowser & { readonly token: string } {
  const own = { server: { baseUrl: inject('writesBaseUrl') }, token: inject('writesToken') } as {
    server: { baseUrl: string };
    token: string;
    session: BrowserSession;
  };
  useBrowser(own);
  return own;
}

/**
 * A server of the test file's own (its own data folder, removed when it stops) and a browser, for
 * a setting the e2e servers lack. Read its fields in tests and hooks: they are set in beforeAll.
 */
export function useOwnServer(env: Record<string, string>): ServerAndBrowser {
  const own = {} as { server: ServerProcess; session: BrowserSession };
  beforeAll(async () => {
    own.server = await startServerProcess({ env });
  });
  afterAll(() => own.server?.stop());
  useBrowser(own);
  return own;
}

function useBrowser(own: { session: BrowserSession }): void {
  beforeAll(async () => {
    own.session = await openBrowser({ width: 1400, height: 900 });
  });
  afterAll(() => own.session?.close());
}

/** Signs in with an editor's token through the app's dialog and waits for the editor's name. */
export async function signInAsEditor(page: Page, token: string): Promise<void> {
  await page.getByTestId('editor-sign-in').click();
  await page.getByTestId('editor-token-dialog-input').fill(token);
  await page.getByTestId('editor-token-dialog-submit').click();
  await expect.poll(() => page.getByTestId('editor-name').textContent()).toContain('editor');
}
