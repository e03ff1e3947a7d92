import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AtlasError } from '../errors.js';
import { createLogger } from '../logger.js';
import { createDriver } from './driver.js';
import { Executor } from './executor.js';

/**
 * A database that is down (issue 11 item 2). With Neo4j killed, every request went through the
 * driver's retries for about 7 s before DATABASE_UNAVAILABLE, and each one kept reconnecting. A
 * socket that accepts and drops every connection stands in for the dead Neo4j; counting its
 * connections tells whether requests wait on retries or fail at once (no timing in the test).
 */

let connections = 0;
let port = 0;
const dead = net.createServer((socket) => {
  connections += 1;
  socket.destroy();
});

beforeAll(async () => {
  await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
  const address = dead.address();
  port = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  await new Promise((resolve) => dead.close(resolve));
});

const codeOf = (error: unknown) => (error instanceof AtlasError ? error.code : String(error));

describe('a database that is down', () => {
  it('fails requests at once with DATABASE_UNAVAILABLE instead of each retrying for seconds', async () => {
    const driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: '' });
    const executor = new Executor({ driver, database: undefined, logger: createLogger('silent') });
    try {
      const first = await executor.read('RETURN 1 AS ok').catch(codeOf);
      expect(first).toBe('DATABASE_UNAVAILABLE');
      const afterFirst = connections;
      // The first failure is enough: ten more requests do not each go back to the dead socket.
      const rest = await Promise.all(
        Array.from({ length: 10 }, () =>
          executor
            .forRequest({ metadata: {}, logger: createLogger('silent') })
            .read('RETURN 1 AS ok')
            .catch(codeOf),
        ),
      );
      expect(rest).toEqual(Array.from({ length: 10 }, () => 'DATABASE_UNAVAILABLE'));
      expect(afterFirst).toBeLessThanOrEqual(2);
      expect(connections - afterFirst).toBeLessThanOrEqual(2);
      expect(executor.availability.state).toBe('down');
    } finally {
      executor.availability.stop();
      await driver.close();
    }
  });
});
