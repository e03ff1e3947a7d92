import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/config.js';
import { freePort } from './free-port.js';

/**
 * The real server as a user starts it (`node --import tsx server/src/main.ts`: embedded Neo4j,
 * seed, HTTP), on free ports and a temporary data folder, for end-to-end tests and measurements.
 */
export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Milliseconds from spawn to /health answering 200. */
  startupMs: number;
  output: () => string;
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  env?: Record<string, string>;
  /** A data folder to reuse (kept after stop); by default a temporary one, removed after stop. */
  dataDir?: string;
  /** The signal stop() sends: SIGINT is what a terminal's Ctrl-C delivers. */
  stopSignal?: NodeJS.Signals;
  /** How long to wait for /health (default 240 s); a server that generates its graph needs longer. */
  startupTimeoutMs?: number;
}

export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const { env = {} } = options;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'atlas-server-')));
  const port = await freePort();
  const boltPort = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server/src/main.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      // As a user runs it: Vitest's NODE_ENV=test changes libraries' behaviour (Apollo's signal handling).
      NODE_ENV: '',
      PORT: String(port),
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_URI: '',
      // No visitor waits on a test's server: the warm-up plans each statement once and no more
      // (warm-up.ts). The bench and the reliability suite measure what visitors get: they ask for hot.
      ATLAS_WARM_UP: 'plan',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // If the test process ends first (a timeout abandons this start), the server goes with it; its
  // JVM then sees its stdin close and exits too.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(options.stopSignal ?? 'SIGTERM');
      await exited;
    }
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  const timeoutMs = options.startupTimeoutMs ?? 240_000;
  const deadline = started + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).status === 200) {
        return { baseUrl, child, startupMs: Date.now() - started, output: () => output, stop };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The server did not answer /health within ${timeoutMs / 1000} s:\n${output}`);
}

/** Whether a process with this pid still runs (signal 0 checks without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
