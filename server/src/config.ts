import path from 'node:path';
import { z } from 'zod';
import { TRANSACTIONS_AT_ONCE, TURN_WAIT_MS } from './db/turns.js';

/** The environment, parsed and validated once at start-up; every setting has a safe default. */

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The embedded Neo4j's memory when NEO4J_HEAP / NEO4J_PAGECACHE are unset: what `npm start` runs with. */
export const EMBEDDED_MEMORY_DEFAULTS = { heap: '512m', pageCache: '256m' } as const;

const byteSize = z.string().regex(/^\d+[kmg]?$/i, 'a size such as 512m or 2g');
const port = z.coerce.number().int().min(1).max(65535);
const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

const schema = z.object({
  PORT: port.default(4000),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, 'a neo4j://, neo4j+s:// or bolt:// URI')
      .optional(),
  ),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: optionalText,
  NEO4J_BOLT_HOST: z.string().default('127.0.0.1'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_DATA_DIR: optionalText,
  NEO4J_HEAP: byteSize.default(EMBEDDED_MEMORY_DEFAULTS.heap),
  NEO4J_PAGECACHE: byteSize.default(EMBEDDED_MEMORY_DEFAULTS.pageCache),
  // At most the driver's pool of 100 connections: past it, transactions wait for a connection instead.
  NEO4J_TRANSACTIONS_AT_ONCE: z.coerce
    .number({ message: 'a whole number from 1 to 100' })
    .int('a whole number from 1 to 100')
    .min(1, 'a whole number from 1 to 100')
    .max(100, 'a whole number from 1 to 100')
    .default(TRANSACTIONS_AT_ONCE),
  // Past a request's 30 s budget the bound would never refuse anything: the budget stops it first.
  NEO4J_TURN_WAIT_MS: z.coerce
    .number({ message: 'a whole number of milliseconds from 100 to 30000' })
    .int('a whole number of milliseconds from 100 to 30000')
    .min(100, 'a whole number of milliseconds from 100 to 30000')
    .max(30_000, 'a whole number of milliseconds from 100 to 30000')
    .default(TURN_WAIT_MS),
  ATLAS_GRAPH: z.enum(['seed', 'synthetic']).default('seed'),
  ATLAS_SYNTHETIC_CLUSTERS: z.coerce.number().int().min(100).max(100_000).default(10_000),
  ATLAS_EDITOR_TOKEN: optionalText,
  ATLAS_READ_TOKEN: optionalText,
  ATLAS_WARM_UP: z.enum(['hot', 'plan'], { message: "'hot' or 'plan'" }).default('hot'),
  TRUST_PROXY: optionalText,
});

export type Env = z.infer<typeof schema>;

export interface Config {
  /** `trustProxy`: whose X-Forwarded-Proto says a request came over https (Express's `trust proxy`). */
  http: { host: string; port: number; trustProxy: string | undefined };
  logLevel: Env['LOG_LEVEL'];
  /**
   * Which graph the app serves: the seed (merged into the database at start), or the synthetic
   * graph of `clusters` clusters (`npm run start:large`), generated into its own data folder.
   */
  graph: { kind: 'seed' } | { kind: 'synthetic'; clusters: number };
  /** Where Neo4j is: an external server, or the embedded one this process starts. */
  neo4j:
    | { mode: 'external'; uri: string; username: string; password: string; database: string | undefined }
    | {
        mode: 'embedded';
        host: string;
        port: number;
        dataDir: string;
        heap: string;
        pageCache: string;
        database: undefined;
      };
  auth: { editorToken: string | undefined; readToken: string | undefined };
  /**
   * How many transactions the API runs on Neo4j at once; the others wait their turn in the API
   * (db/turns.ts). A larger Neo4j (more cores, a cluster) can take more.
   */
  transactionsAtOnce: number;
  /** Once the head of the queue for a turn has waited this long (db/turns.ts), new requests get 503 DATABASE_BUSY. */
  turnWaitMs: number;
  /** How far the start-up warm-up goes (warm-up.ts): `plan` starts sooner, for servers no visitor waits on. */
  warmUp: Env['ATLAS_WARM_UP'];
}

/** The large graph never shares a folder with the seed's: neither may merge into the other. */
const defaultDataDir = (e: Env) =>
  e.ATLAS_GRAPH === 'seed' ? '.data/neo4j' : `.data/large-neo4j-${e.ATLAS_SYNTHETIC_CLUSTERS}`;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws ConfigError naming each bad variable and what it expects. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(
      `Invalid configuration:\n  ${lines.join('\n  ')}\nSee .env.example and the README's configuration table.`,
    );
  }
  const e = parsed.data;
  return {
    http: { host: e.HOST, port: e.PORT, trustProxy: e.TRUST_PROXY },
    logLevel: e.LOG_LEVEL,
    graph: e.ATLAS_GRAPH === 'seed' ? { kind: 'seed' } : { kind: 'synthetic', clusters: e.ATLAS_SYNTHETIC_CLUSTERS },
    neo4j: e.NEO4J_URI
      ? {
          mode: 'external',
          uri: e.NEO4J_URI,
          username: e.NEO4J_USERNAME,
          password: e.NEO4J_PASSWORD,
          database: e.NEO4J_DATABASE,
        }
      : {
          mode: 'embedded',
          host: e.NEO4J_BOLT_HOST,
          port: e.NEO4J_BOLT_PORT,
          dataDir: path.resolve(REPO_ROOT, e.NEO4J_DATA_DIR ?? defaultDataDir(e)),
          heap: e.NEO4J_HEAP,
          pageCache: e.NEO4J_PAGECACHE,
          database: undefined,
        },
    auth: { editorToken: e.ATLAS_EDITOR_TOKEN, readToken: e.ATLAS_READ_TOKEN },
    transactionsAtOnce: e.NEO4J_TRANSACTIONS_AT_ONCE,
    turnWaitMs: e.NEO4J_TURN_WAIT_MS,
    warmUp: e.ATLAS_WARM_UP,
  };
}
