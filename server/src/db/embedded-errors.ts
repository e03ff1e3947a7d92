/**
 * The clear errors of the embedded Neo4j: each says what is wrong and what to do, always
 * including the way out of running it embedded at all (NEO4J_URI).
 */

export type EmbeddedProblem =
  | { kind: 'no-java' }
  | { kind: 'old-java'; version: string }
  | { kind: 'no-maven' }
  | { kind: 'build-failed'; logTail: string }
  | { kind: 'port-in-use'; host: string; port: number }
  | { kind: 'data-locked'; dataDir: string }
  | { kind: 'start-timeout'; seconds: number; logTail: string }
  | { kind: 'jvm-died'; exitCode: number | null; signal: string | null; logTail: string };

const EXTERNAL = 'or set NEO4J_URI (with NEO4J_USERNAME and NEO4J_PASSWORD) to use a Neo4j 5 server you run yourself';

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
  constructor(readonly problem: EmbeddedProblem) {
    super(describeProblem(problem));
  }
}

export function describeProblem(problem: EmbeddedProblem): string {
  switch (problem.kind) {
    case 'no-java':
      return `Java was not found. The embedded Neo4j needs a JDK 17 or newer on the PATH (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless), ${EXTERNAL}.`;
    case 'old-java':
      return `Java ${problem.version} is too old. The embedded Neo4j needs Java 17 or newer: install a JDK 17+ and put it first on the PATH (or set JAVA_HOME), ${EXTERNAL}.`;
    case 'no-maven':
      return `Maven (mvn) was not found. The first start resolves Neo4j's jars from Maven Central with it: install Maven 3.6+ (apt-get install maven), ${EXTERNAL}.`;
    case 'build-failed':
      return `Maven could not resolve or build the embedded Neo4j launcher. Check the network access to Maven Central and retry, ${EXTERNAL}.\n--- last lines of Maven's output ---\n${problem.logTail}`;
    case 'port-in-use':
      return `Bolt port ${problem.host}:${problem.port} is already in use (another Neo4j or another npm start?). Stop that process, set NEO4J_BOLT_PORT to a free port, ${EXTERNAL}.`;
    case 'data-locked':
      return `The data folder ${problem.dataDir} is locked by another Neo4j process (another npm start?). Stop that process, set NEO4J_DATA_DIR to another folder, ${EXTERNAL}.`;
    case 'start-timeout':
      return `The embedded Neo4j did not answer on Bolt within ${problem.seconds} s. See the log below; a slow disk or too little memory (NEO4J_HEAP, NEO4J_PAGECACHE) are the usual causes, ${EXTERNAL}.\n--- last lines of the Neo4j log ---\n${problem.logTail}`;
    case 'jvm-died':
      return `The embedded Neo4j stopped unexpectedly (${problem.signal ? `signal ${problem.signal}` : `exit code ${String(problem.exitCode)}`}). ${problem.logTail ? `Its last log lines:\n${problem.logTail}` : 'It left no log.'}\nRestart with npm start, ${EXTERNAL}.`;
  }
}

/** The major version in `java -version` output ("17.0.15" → 17, "1.8.0_392" → 8), or null. */
export function javaMajorVersion(versionOutput: string): { major: number; version: string } | null {
  const match = /version "([^"]+)"/.exec(versionOutput);
  if (!match?.[1]) return null;
  const version = match[1];
  const parts = version.split(/[.+_-]/).map(Number);
  const major = parts[0] === 1 ? parts[1] : parts[0];
  return major === undefined || Number.isNaN(major) ? null : { major, version };
}
