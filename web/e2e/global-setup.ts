import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from '../../server/src/config.js';
import { startServerProcess } from '../../server/test/server-process.js';

/**
 * Builds the web app, then starts two real servers (embedded Neo4j with the seed) side by side for
 * the browser tests: the shared one, whose graph the tests leave as the seed has it (a test that
 * writes there undoes it), and one for the tests whose writes stay (own-server.ts).
 */
/** The editor's token of the server for writes that stay. */
const WRITES_TOKEN = 'e2e-writes-editor-token';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Vitest sets NODE_ENV=test; the app under test is the production build users get.
  execFileSync('npm', ['run', 'build', '-w', 'web'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const [shared, writes] = await Promise.all([
    startServerProcess({ env: { ATLAS_EDITOR_TOKEN: 'e2e-editor-token' } }),
    startServerProcess({ env: { ATLAS_EDITOR_TOKEN: WRITES_TOKEN } }),
  ]);
  process.env.ATLAS_BASE_URL = shared.baseUrl;
  project.provide('baseUrl', shared.baseUrl);
  project.provide('writesBaseUrl', writes.baseUrl);
  project.provide('writesToken', WRITES_TOKEN);
  console.log(
    `e2e: servers ready at ${shared.baseUrl} and ${writes.baseUrl} (writes) in ${shared.startupMs} and ${writes.startupMs} ms`,
  );
  return async () => {
    await Promise.all([shared.stop(), writes.stop()]);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    writesBaseUrl: string;
    writesToken: string;
  }
}
