import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { createLogger } from '../logger.js';
import { createDriver } from './driver.js';
import { Executor } from './executor.js';
import { TRANSACTIONS_AT_ONCE } from './turns.js';

/**
 * Issue 11, the reliability suite's outage: every request let in on a restarted Neo4j opened its
 * transaction at once, all planning the same statements, and together they held the whole pool
 * of 100 connections. Now a burst opens at most TRANSACTIONS_AT_ONCE transactions; the others
 * wait their turn in the server. A lock held by another transaction keeps the burst's writes
 * waiting inside Neo4j, where SHOW TRANSACTIONS counts them.
 */

const driver = createDriver({ uri: inject('neo4jUri'), username: 'neo4j', password: '' });
const executor = new Executor({ driver, database: undefined, logger: createLogger('silent') });

afterAll(async () => {
  executor.availability.stop();
  await driver.close();
});

/** Transactions of this burst open in Neo4j now (tagged with its id). */
async function openInNeo4j(burst: string): Promise<number> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD metaData WHERE metaData.burst = $burst RETURN count(*) AS n',
    { burst },
  );
  return Number(records[0]?.get('n'));
}

describe('a burst of requests', () => {
  it('opens at most TRANSACTIONS_AT_ONCE transactions at once; the others wait and then succeed', async () => {
    const id = `burst-${randomUUID()}`;
    const burst = randomUUID();
    await executor.write((tx) => tx.run('CREATE (:BurstProbe {id: $id, n: 0})', { id }));
    const session = driver.session();
    const holder = session.beginTransaction();
    await holder.run('MATCH (p:BurstProbe {id: $id}) SET p.n = -1', { id });
    const requests = Array.from({ length: TRANSACTIONS_AT_ONCE * 3 }, () =>
      executor
        .forRequest({ metadata: { burst }, logger: createLogger('silent') })
        .write((tx) => tx.run('MATCH (p:BurstProbe {id: $id}) SET p.n = p.n + 1', { id })),
    );
    try {
      await vi.waitFor(async () => expect(await openInNeo4j(burst)).toBe(TRANSACTIONS_AT_ONCE), {
        timeout: 30_000,
        interval: 100,
      });
      // Still at the bound: the waiting ones have not slipped in meanwhile.
      expect(await openInNeo4j(burst)).toBe(TRANSACTIONS_AT_ONCE);
    } finally {
      await holder.rollback();
      await session.close();
    }
    await Promise.all(requests);
    const [row] = await executor.read<{ n: number }>('MATCH (p:BurstProbe {id: $id}) RETURN p.n AS n', { id });
    expect(row?.n).toBe(TRANSACTIONS_AT_ONCE * 3);
    await executor.write((tx) => tx.run('MATCH (p:BurstProbe {id: $id}) DELETE p', { id }));
  });
});
