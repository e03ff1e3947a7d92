import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import { createLogger } from '../logger.js';

/**
 * Run by `npm start` before the server: builds the web app (web/dist) when it is missing or older
 * than its sources, so that `/` and the playground at `/graphql` are there on a fresh clone.
 */

const logger = createLogger('info');
const WEB = path.join(REPO_ROOT, 'web');
const DIST = path.join(WEB, 'dist');

/** The newest modification time among the web app's sources. */
function newestSource(): number {
  const roots = ['src', 'index.html', 'playground.html', 'vite.config.ts', 'package.json']
    .map((p) => path.join(WEB, p))
    .filter(existsSync);
  let newest = 0;
  for (const root of roots) {
    const files = statSync(root).isDirectory()
      ? readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => path.join(root, f))
      : [root];
    for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

async function main(): Promise<void> {
  const built = existsSync(path.join(DIST, 'index.html')) ? statSync(path.join(DIST, 'index.html')).mtimeMs : 0;
  if (built && built >= newestSource()) {
    logger.info('The web app in web/dist is up to date.');
    return;
  }
  logger.info(
    built
      ? 'web/src changed since the last build: building the web app (npm run build -w web)…'
      : 'Building the web app for the first time (npm run build -w web)…',
  );
  const started = Date.now();
  const code = await new Promise<number | null>((resolve) => {
    // A production build whatever NODE_ENV the shell has: React's development build is twice the size.
    const env = { ...process.env, NODE_ENV: 'production' };
    const child = spawn('npm', ['run', 'build', '-w', 'web'], { cwd: REPO_ROOT, stdio: 'inherit', env });
    child.on('exit', resolve);
    child.on('error', () => resolve(1));
  });
  if (code !== 0) {
    // The API is still useful without the web app; the page at / says how to build it.
    logger.error(
      `The web build failed (exit ${code}): the API starts anyway; fix the build and run \`npm run build -w web\`.`,
    );
    return;
  }
  logger.info({ ms: Date.now() - started }, 'Built the web app into web/dist.');
}

await main();
