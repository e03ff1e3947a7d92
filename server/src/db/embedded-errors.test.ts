import { describe, expect, it } from 'vitest';
import { describeProblem, EmbeddedNeo4jError, javaMajorVersion } from './embedded-errors.js';

describe('javaMajorVersion', () => {
  it('reads modern and legacy version strings', () => {
    expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toEqual({ major: 17, version: '17.0.15' });
    expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toEqual({ major: 21, version: '21' });
    expect(javaMajorVersion('java version "1.8.0_392"')).toEqual({ major: 8, version: '1.8.0_392' });
    expect(javaMajorVersion('no version here')).toBeNull();
  });
});

describe('the embedded Neo4j errors', () => {
  const problems = [
    { kind: 'no-java' },
    { kind: 'old-java', version: '11.0.2' },
    { kind: 'no-maven' },
    { kind: 'build-failed', logTail: '[ERROR] Could not resolve dependencies' },
    { kind: 'port-in-use', host: '127.0.0.1', port: 7687 },
    { kind: 'data-locked', dataDir: '/srv/atlas/.data/neo4j' },
    { kind: 'start-timeout', seconds: 120, logTail: 'last line' },
    { kind: 'jvm-died', exitCode: 137, signal: null, logTail: 'java.lang.OutOfMemoryError' },
  ] as const;

  it.each(problems)('tells what to do, including NEO4J_URI, for $kind', (problem) => {
    expect(describeProblem(problem)).toContain('NEO4J_URI');
  });

  it('names what is wrong and the setting that fixes it', () => {
    expect(describeProblem({ kind: 'no-java' })).toMatch(/Java was not found.*JDK 17/);
    expect(describeProblem({ kind: 'old-java', version: '11.0.2' })).toMatch(/Java 11\.0\.2 is too old.*17 or newer/);
    expect(describeProblem({ kind: 'no-maven' })).toMatch(/Maven \(mvn\) was not found/);
    expect(describeProblem({ kind: 'port-in-use', host: '127.0.0.1', port: 7687 })).toMatch(
      /127\.0\.0\.1:7687 is already in use.*NEO4J_BOLT_PORT/,
    );
    expect(describeProblem({ kind: 'data-locked', dataDir: '/d' })).toMatch(/\/d is locked.*NEO4J_DATA_DIR/);
  });

  it('carries the log tail of a JVM that died', () => {
    const error = new EmbeddedNeo4jError({
      kind: 'jvm-died',
      exitCode: 137,
      signal: null,
      logTail: 'java.lang.OutOfMemoryError',
    });
    expect(error.message).toContain('exit code 137');
    expect(error.message).toContain('java.lang.OutOfMemoryError');
    expect(error.problem.kind).toBe('jvm-died');
  });
});
