import net from 'node:net';
import { loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { createLogger, type Logger } from '../logger.js';

/**
 * The database for a command-line tool: an external Neo4j when NEO4J_URI is set; the embedded
 * one of a running `npm start` when its Bolt port answers; else an embedded Neo4j of our own.
 */
export async function connectForCli(): Promise<{ database: Database; logger: Logger }> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const neo4j = config.neo4j;
  if (neo4j.mode === 'embedded' && (await listening(neo4j.host, neo4j.port))) {
    const database = await openDatabase({
      config: {
        mode: 'external',
        uri: `bolt://${neo4j.host}:${neo4j.port}`,
        username: 'neo4j',
        password: '',
        database: undefined,
      },
      logger,
    });
    return { database, logger };
  }
  return { database: await openDatabase({ config: neo4j, logger }), logger };
}

function listening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}
