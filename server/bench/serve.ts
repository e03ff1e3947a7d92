import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { createLogger } from '../src/logger.js';
import { neo4jGraphqlApp, oursApp } from './contenders.js';

/**
 * One server of the throughput section in a process of its own, forked by throughput.ts, so that
 * the CPU time it spends per request can be read apart from the load generator's, the other
 * server's and Neo4j's. Argument: `ours` or `neo4j-graphql`; the database in BENCH_NEO4J (JSON:
 * uri, username, password, database). Sends `{ url }` to its parent once listening on 127.0.0.1,
 * and closes when the parent disconnects.
 */

export type ServedContender = 'ours' | 'neo4j-graphql';

export interface ServedDatabase {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

async function main(): Promise<void> {
  const who = process.argv[2] as ServedContender;
  const connection = JSON.parse(process.env.BENCH_NEO4J ?? '{}') as ServedDatabase;
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const driver = createDriver(connection);
  const app =
    who === 'ours'
      ? await oursApp(new Executor({ driver, database: connection.database, logger }), logger)
      : await neo4jGraphqlApp(driver, connection.database);
  const server = await new Promise<Server>((resolve) => {
    const listening: Server = app.app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  process.once('disconnect', () => {
    server.closeAllConnections();
    server.close();
    void app
      .close()
      .then(() => driver.close())
      .finally(() => process.exit(0));
  });
  process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
