import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createDriver } from './driver.js';
import { Executor } from './executor.js';

/**
 * A write that waits on a lock past its request's time budget: Neo4j terminates it with
 * LockClientStopped, not TransactionTimedOut. The reliability suite found 41 of these masked as
 * internal errors after an outage, when resent writes queued on the same nodes.
 */

const driver = createDriver({ uri: inject('neo4jUri'), username: 'neo4j', password: '' });
const executor = new Executor({ driver, database: undefined, logger: createLogger('silent') });

afterAll(async () => {
  executor.availability.stop();
  await driver.close();
});

describe('a write stopped while it waits on a lock', () => {
  it('answers TIME_BUDGET_EXCEEDED at its deadline and leaves the database up', async () => {
    const id = `lock-wait-${randomUUID()}`;
    await executor.write((tx) => tx.run('CREATE (:LockProbe {id: $id, n: 0})', { id }));
    // Another transaction holds the node's write lock for longer than the request's budget.
    const session = driver.session();
    const holder = session.beginTransaction();
    await holder.run('MATCH (p:LockProbe {id: $id}) SET p.n = 1', { id });
    try {
      const request = executor.forRequest({
        metadata: {},
        logger: createLogger('silent'),
        deadline: performance.now() + 1_000,
      });
      const failure = await request
        .write((tx) => tx.run('MATCH (p:LockProbe {id: $id}) SET p.n = 2', { id }))
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(failure).toMatchObject({ extensions: { code: 'TIME_BUDGET_EXCEEDED' } });
      expect(executor.availability.state).toBe('up');
    } finally {
      await holder.rollback();
      await session.close();
    }
    await executor.write((tx) => tx.run('MATCH (p:LockProbe {id: $id}) DELETE p', { id }));
  });
});
