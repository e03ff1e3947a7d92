import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { waitForDrawnNetwork } from './browser.js';
import { useOwnServer } from './own-server.js';

/**
 * A server started with ATLAS_READ_TOKEN (issue 11: the web app could not send a read token, so
 * setting one locked the app out). The app asks for the token, says so when it is wrong, opens
 * Explore with the right one, and keeps it for the tab. Its own server: the shared one has none.
 */

const READ_TOKEN = 'read-token-e2e-secret';

const own = useOwnServer({ ATLAS_READ_TOKEN: READ_TOKEN });

describe('a server with a read token', () => {
  it("asks for the token, refuses a wrong one saying so, opens Explore with the seed's clusters on the right one, and keeps it for the tab", async () => {
    const page = await own.session.context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await page.goto(own.server.baseUrl);

    const dialog = page.getByTestId('read-token-dialog');
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.textContent()).toContain('The operator of this server set a read token');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('read-token-dialog-input').fill('not-the-read-token');
    await page.getByTestId('read-token-dialog-submit').click();
    // The app reloads with the token; the API refuses it, and the dialog says so.
    await expect
      .poll(() => dialog.textContent().catch(() => ''), { timeout: 30_000 })
      .toContain('The token this tab sent was refused');

    await page.getByTestId('read-token-dialog-input').fill(READ_TOKEN);
    await page.getByTestId('read-token-dialog-submit').click();
    await waitForDrawnNetwork(page);
    expect(await dialog.count()).toBe(0);
    const table = page.getByTestId('cluster-table');
    await table.getByText('Aéro Montréal').first().waitFor();
    expect(Number(await page.getByTestId('graph-canvas').getAttribute('data-nodes'))).toBeGreaterThan(3);

    // Kept for the tab: a reload opens the atlas without asking again.
    await page.reload();
    await waitForDrawnNetwork(page);
    expect(await dialog.count()).toBe(0);
    await table.getByText('Aéro Montréal').first().waitFor();
  });
});
