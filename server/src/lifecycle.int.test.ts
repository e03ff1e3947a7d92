import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive, startServerProcess } from '../test/server-process.js';

/** `npm start` as a user lives it: first start seeds, Ctrl-C stops everything, the next start is quick. */

const jvmPid = (output: string): number => {
  const line = output.split('\n').find((l) => l.includes('Embedded Neo4j listening'));
  const pid = line ? (JSON.parse(line) as { pid?: number }).pid : undefined;
  if (!pid) throw new Error(`no Neo4j pid in the server's log:\n${output}`);
  return pid;
};

describe('the server process', () => {
  let dataDir: string | undefined;
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  // One story over two starts: each start of a server costs tens of seconds of CI.
  it(
    'stops Neo4j on Ctrl-C, restarts on the same data without reseeding, and exits non-zero with the tail of the log when the JVM dies',
    { timeout: 480_000 },
    async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-lifecycle-'));
      const first = await startServerProcess({ dataDir, stopSignal: 'SIGINT' });
      expect(first.output()).toContain('Loaded the seed graph into an empty database');
      const pid = jvmPid(first.output());
      await first.stop();
      expect(first.child.exitCode).toBe(0);
      expect(isAlive(pid)).toBe(false);

      const second = await startServerProcess({ dataDir, stopSignal: 'SIGINT' });
      try {
        expect(second.output()).not.toContain('Loaded the seed graph');
        const health = await fetch(`${second.baseUrl}/health`);
        expect(health.status).toBe(200);

        const exited = new Promise<number | null>((resolve) => second.child.once('exit', (code) => resolve(code)));
        process.kill(jvmPid(second.output()), 'SIGKILL');
        expect(await exited).toBe(1);
        expect(second.output()).toContain('The embedded Neo4j stopped unexpectedly (signal SIGKILL)');
      } finally {
        await second.stop();
      }
    },
  );
});
