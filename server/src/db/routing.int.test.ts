import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createDriver } from './driver.js';
import { Executor } from './executor.js';

/**
 * The neo4j:// scheme (issue 11 item 6): what a cluster or Aura needs. The driver first asks the
 * server for its routing table, then sends reads to readers and writes to the leader; on one
 * server, the embedded one, both are itself, at the address it advertises.
 */

const uri = inject('neo4jUri').replace(/^bolt:/, 'neo4j:');
const driver = createDriver({ uri, username: 'neo4j', password: '' });
const executor = new Executor({ driver, database: undefined, logger: createLogger('silent') });

afterAll(async () => {
  executor.availability.stop();
  await driver.close();
});

describe('the neo4j:// routing scheme', () => {
  it('writes through the leader and reads the write back from a reader', async () => {
    const id = `routing-${randomUUID()}`;
    expect(uri).toMatch(/^neo4j:\/\//);
    await executor.write((tx) => tx.run('CREATE (:RoutingProbe {id: $id})', { id }));
    expect(await executor.read('MATCH (p:RoutingProbe {id: $id}) RETURN p.id AS id', { id })).toEqual([{ id }]);
    await executor.write((tx) => tx.run('MATCH (p:RoutingProbe {id: $id}) DELETE p', { id }));
  });
});
