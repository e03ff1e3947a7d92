import neo4j, { type Driver } from 'neo4j-driver';

/** Creates the one driver of the process; integers come back as JavaScript numbers. */
export function createDriver(options: { uri: string; username: string; password: string }): Driver {
  const auth = options.password ? neo4j.auth.basic(options.username, options.password) : undefined;
  return neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    logging: { level: 'error', logger: () => undefined },
  });
}
