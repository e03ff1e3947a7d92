import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import type { Logger } from '../logger.js';
import { EmbeddedNeo4jError } from './embedded-errors.js';

/**
 * Builds the Java launcher and copies Neo4j's jars from Maven Central into a git-ignored folder,
 * once: a stamp of the pom and sources makes later starts skip Maven entirely.
 */

export const LAUNCHER_DIR = path.join(REPO_ROOT, 'server/embedded-neo4j');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const STAMP = path.join(TARGET, 'atlas-build.stamp');
const INPUTS = ['pom.xml', 'src/main/java/atlas/neo4j/Launcher.java'];

export const LAUNCHER_CLASSPATH = [path.join(TARGET, 'launcher.jar'), path.join(TARGET, 'lib', '*')].join(
  path.delimiter,
);

async function inputsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of INPUTS) hash.update(await readFile(path.join(LAUNCHER_DIR, file)));
  return hash.digest('hex');
}

export async function launcherIsBuilt(): Promise<boolean> {
  try {
    await access(path.join(TARGET, 'launcher.jar'));
    return (await readFile(STAMP, 'utf8')) === (await inputsHash());
  } catch {
    return false;
  }
}

/** Runs Maven when the launcher is missing or stale, reporting download progress as it goes. */
export async function ensureLauncherBuilt(logger: Logger): Promise<void> {
  if (await launcherIsBuilt()) return;
  logger.info(
    'Resolving Neo4j 5.26 from Maven Central and building the embedded launcher (first run only, about a minute)…',
  );
  const started = Date.now();
  const output: string[] = [];
  let downloaded = 0;
  const progress = setInterval(() => {
    logger.info(`…still resolving: ${downloaded} files downloaded in ${Math.round((Date.now() - started) / 1000)} s`);
  }, 10_000);
  try {
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('mvn', ['-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const collect = (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n')) {
          if (line.includes('Downloaded from')) downloaded += 1;
          if (line.trim()) output.push(line);
          if (output.length > 400) output.splice(0, output.length - 200);
        }
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('error', (error: NodeJS.ErrnoException) => {
        reject(error.code === 'ENOENT' ? new EmbeddedNeo4jError({ kind: 'no-maven' }) : error);
      });
      child.on('close', resolve);
    });
    if (exitCode !== 0) throw new EmbeddedNeo4jError({ kind: 'build-failed', logTail: output.slice(-30).join('\n') });
  } finally {
    clearInterval(progress);
  }
  await writeFile(STAMP, await inputsHash());
  logger.info(
    `Embedded Neo4j ready to run (${downloaded} files downloaded, ${Math.round((Date.now() - started) / 1000)} s).`,
  );
}
