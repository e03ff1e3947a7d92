import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../logger.js';
import { ensureLauncherBuilt, LAUNCHER_CLASSPATH } from './embedded-build.js';
import { EmbeddedNeo4jError, javaMajorVersion } from './embedded-errors.js';

/**
 * Starts and stops a real Neo4j Community DBMS in a child JVM (server/embedded-neo4j), with Bolt
 * on a local port. The child exits by itself if this process dies, since it watches its stdin.
 */

export interface EmbeddedOptions {
  host: string;
  port: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  logger: Logger;
  /** Called when the JVM stops without being asked to, after it was ready. */
  onUnexpectedExit?: (error: EmbeddedNeo4jError) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /**
   * Settles once the launcher has registered Graph Data Science and APOC (it does so after Bolt is
   * ready), or has stopped before: then the analysis finds GDS absent and says so.
   */
  plugins: Promise<void>;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
// Exit codes of Launcher.java.
const EXIT_LOCKED = 3;
const EXIT_PORT_IN_USE = 4;

export async function checkJava(): Promise<void> {
  let output: string;
  try {
    const result = await promisify(execFile)('java', ['-version']);
    output = result.stderr + result.stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new EmbeddedNeo4jError({ kind: 'no-java' });
    throw error;
  }
  const parsed = javaMajorVersion(output);
  if (parsed && parsed.major < 17) throw new EmbeddedNeo4jError({ kind: 'old-java', version: parsed.version });
}

/** Fails fast with a clear message when something already listens on the Bolt port. */
export async function checkPortFree(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new EmbeddedNeo4jError({ kind: 'port-in-use', host, port }) : error);
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

async function logTail(dataDir: string, stderr: string[]): Promise<string> {
  const lines: string[] = [];
  try {
    const log = await readFile(path.join(dataDir, 'logs', 'debug.log'), 'utf8');
    lines.push(...log.trimEnd().split('\n').slice(-20));
  } catch {
    // No log yet: the JVM died before Neo4j wrote one; stderr says why.
  }
  lines.push(...stderr.slice(-20));
  return lines.join('\n');
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const { host, port, dataDir, logger } = options;
  await checkJava();
  await ensureLauncherBuilt(logger);
  await checkPortFree(host, port);
  await mkdir(dataDir, { recursive: true });

  const started = Date.now();
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-cp',
      LAUNCHER_CLASSPATH,
      'atlas.neo4j.Launcher',
      ...['--home', dataDir, '--host', host, '--port', String(port), '--pagecache', options.pageCache],
    ],
    // Its own process group: a terminal's Ctrl-C reaches Node only, which then stops Neo4j in order.
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    stderr.push(...chunk.toString().trimEnd().split('\n'));
    if (stderr.length > 200) stderr.splice(0, stderr.length - 100);
  });

  let stopping = false;
  const plugins = new Promise<void>((resolve) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered = (buffered + chunk.toString()).slice(-1000);
      const match = /PLUGINS (\d+) (\d+) (\d+)/.exec(buffered);
      if (!match) return;
      child.stdout?.off('data', onData);
      logger.info(
        { registered: Number(match[1]), failed: Number(match[2]), ms: Number(match[3]) },
        'GDS and APOC registered',
      );
      resolve();
    };
    child.stdout?.on('data', onData);
    child.once('exit', () => resolve());
  });
  await waitForReady(child, stderr, dataDir, host, port);
  logger.info({ pid: child.pid, ms: Date.now() - started }, `Embedded Neo4j listening on bolt://${host}:${port}`);

  child.once('exit', (exitCode, signal) => {
    if (stopping) return;
    void logTail(dataDir, stderr).then((tail) => {
      options.onUnexpectedExit?.(new EmbeddedNeo4jError({ kind: 'jvm-died', exitCode, signal, logTail: tail }));
    });
  });

  return {
    uri: `bolt://${host}:${port}`,
    pid: child.pid ?? -1,
    plugins,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopping = true;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
      logger.info('Embedded Neo4j stopped');
    },
  };
}

function waitForReady(
  child: ChildProcess,
  stderr: string[],
  dataDir: string,
  host: string,
  port: number,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      void logTail(dataDir, stderr).then((tail) =>
        reject(new EmbeddedNeo4jError({ kind: 'start-timeout', seconds: READY_TIMEOUT_MS / 1000, logTail: tail })),
      );
    }, READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      if (buffered.includes('READY ')) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.off('exit', onExit);
        resolve();
      }
    };
    const onExit = (exitCode: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      if (exitCode === EXIT_LOCKED) return reject(new EmbeddedNeo4jError({ kind: 'data-locked', dataDir }));
      if (exitCode === EXIT_PORT_IN_USE) return reject(new EmbeddedNeo4jError({ kind: 'port-in-use', host, port }));
      void logTail(dataDir, stderr).then((tail) =>
        reject(new EmbeddedNeo4jError({ kind: 'jvm-died', exitCode, signal, logTail: tail })),
      );
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}
