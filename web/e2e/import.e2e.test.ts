import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { OUT, waitForDrawnNetwork } from './browser.js';
import { signInAsEditor, useWritesServer } from './own-server.js';

/**
 * The import in the web app (issue 10): an editor uploads examples/clusters.csv from the New…
 * menu, sees the dry run's diff, applies it, follows its progress to the result, and finds a new
 * cluster with Explore's search. Importing writes to the graph, so this file runs on the e2e server
 * for writes that stay: the shared e2e server keeps the seed as it is. A file with a
 * row the graph cannot take shows it rejected, with its line, and the rejected rows download.
 */

const EXAMPLE = fileURLToPath(new URL('../../examples/clusters.csv', import.meta.url));

const own = useWritesServer();
const TOKEN = own.token;

describe('import in the web app', () => {
  it('uploads an example file, shows its diff, applies it with progress, and the new cluster is found by search', async () => {
    const page = await own.session.context.newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await page.goto(own.server.baseUrl);
    await waitForDrawnNetwork(page);
    await signInAsEditor(page, TOKEN);

    await page.getByTestId('new-menu').click();
    await page.getByTestId('new-import').click();
    const dialog = page.getByTestId('import-dialog');
    // A file that is not an import file is refused before anything is sent.
    await dialog.getByTestId('import-file').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not rows'),
    });
    await dialog.getByTestId('import-dialog-submit').click();
    await expect.poll(() => dialog.getByTestId('form-problem').textContent()).toContain('choose a .csv');

    // A row the graph cannot take is rejected with its line and column, and can be saved to correct it.
    await dialog.getByTestId('import-file').setInputFiles({
      name: 'clusters-bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'name,countryCode,source_url,source_title,excerpt\nNowhere Cluster,ZZ,https://example.org/x,X,Listed.\n',
      ),
    });
    await dialog.getByTestId('import-dialog-submit').click();
    await expect.poll(() => dialog.getByTestId('import-rejected').textContent(), { timeout: 30_000 }).toBe('1');
    expect(await dialog.getByTestId('import-rejected-rows').textContent()).toContain(
      'clusters-bad.csv:2 (countryCode) no country with the code ZZ',
    );
    const saved = page.waitForEvent('download');
    await dialog.getByTestId('import-download-rejected').click();
    const file = await saved;
    expect(file.suggestedFilename()).toBe('clusters-bad.rejected.json');
    const rejected = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { line: number; row: object }[];
    expect(rejected).toMatchObject([{ line: 2, row: { name: 'Nowhere Cluster', countryCode: 'ZZ' } }]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByTestId('new-menu').click();
    await page.getByTestId('new-import').click();
    await dialog.getByTestId('import-file').setInputFiles(EXAMPLE);
    await dialog.getByTestId('import-kind').selectOption('CLUSTERS');
    await dialog.getByTestId('import-dialog-submit').click();

    // The dry run's diff: both example clusters would be created; nothing is written yet.
    const diff = dialog.getByTestId('import-diff');
    await diff.waitFor({ timeout: 30_000 });
    expect(await dialog.getByTestId('import-status').textContent()).toContain('nothing written yet');
    expect(await diff.getByTestId('import-rows').textContent()).toBe('2');
    expect(await diff.getByTestId('import-created').textContent()).toBe('2');
    expect(await diff.getByTestId('import-rejected').textContent()).toBe('0');
    expect(await diff.textContent()).toContain('example-robotics-cluster');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}import-checked.png` });

    await dialog.getByTestId('import-dialog-submit').click();
    await expect
      .poll(() => dialog.getByTestId('import-status').textContent(), { timeout: 30_000 })
      .toContain('imported');
    const progress = dialog.getByTestId('import-progress');
    expect(await progress.getAttribute('value')).toBe(await progress.getAttribute('max'));
    expect(await dialog.textContent()).toContain('2 of 2 rows written');
    await page.screenshot({ path: `${OUT}import-applied.png` });
    await dialog.getByTestId('import-dialog-submit').click();
    await dialog.waitFor({ state: 'detached' });

    // Found by Explore's search, and opened in the details panel.
    await page.getByTestId('search-input').fill('Example Robotics');
    const option = page.getByRole('option').filter({ hasText: 'Example Robotics Cluster' }).first();
    await option.waitFor({ timeout: 15_000 });
    await option.click();
    await expect
      .poll(() => page.getByTestId('details-panel').locator('h2').first().textContent(), { timeout: 15_000 })
      .toContain('Example Robotics Cluster');
    await page.close();
  });
});
