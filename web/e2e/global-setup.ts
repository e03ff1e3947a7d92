import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from '../../server/src/config.js';
import { startServerProcess } from '../../server/test/server-process.js';

/** Builds the web app, then starts the real server (embedded Neo4j with the seed) for the browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Vitest sets NODE_ENV=test; the app under test is the production build users get.
  execFileSync('npm', ['run', 'build', '-w', 'web'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const server = await startServerProcess({
    env: { ATLAS_EDITOR_TOKEN: 'e2e-editor-token' },
  });
  process.env.ATLAS_BASE_URL = server.baseUrl;
  project.provide('baseUrl', server.baseUrl);
  console.log(`e2e: server ready at ${server.baseUrl} in ${server.startupMs} ms`);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
