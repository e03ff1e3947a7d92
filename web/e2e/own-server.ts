import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../server/test/server-process.js';
import { openBrowser, type BrowserSession } from './browser.js';

/**
 * A server of the test file's own (its own data folder, removed when it stops) and a browser, for
 * tests that change the graph or need a setting the shared e2e server lacks. Read its fields in
 * tests and hooks: they are set in beforeAll.
 */
export function useOwnServer(env: Record<string, string>): {
  readonly server: ServerProcess;
  readonly session: BrowserSession;
} {
  const own = {} as { server: ServerProcess; session: BrowserSession };
  beforeAll(async () => {
    own.server = await startServerProcess({ env });
    own.session = await openBrowser({ width: 1400, height: 900 });
  });
  afterAll(async () => {
    await own.session?.close();
    await own.server?.stop();
  });
  return own;
}

/** Signs in with an editor's token through the app's dialog and waits for the editor's name. */
export async function signInAsEditor(page: Page, token: string): Promise<void> {
  await page.getByTestId('editor-sign-in').click();
  await page.getByTestId('editor-token-dialog-input').fill(token);
  await page.getByTestId('editor-token-dialog-submit').click();
  await expect.poll(() => page.getByTestId('editor-name').textContent()).toContain('editor');
}
