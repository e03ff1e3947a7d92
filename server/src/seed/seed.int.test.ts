import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph, resetToSeed } from '../../test/graph.js';
import type { Catalogue } from './catalogue.js';
import { loadSeed } from './load.js';

const graph = connectTestGraph();
let catalogue: Catalogue;

beforeAll(async () => {
  catalogue = await resetToSeed(graph.executor);
});
afterAll(() => graph.close());

const count = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await graph.executor.read<{ n: number }>(cypher, params))[0]?.n ?? 0;

describe('the seed graph', () => {
  it('rejects a second node with an existing id', async () => {
    await expect(
      graph.executor.write((tx) =>
        tx.run('CREATE (:Entity:Cluster {id: $id, name: $name})', { id: 'aero-montreal', name: 'Duplicate' }),
      ),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('rejects an id already used by an entity of another label', async () => {
    await expect(
      graph.executor.write((tx) =>
        tx.run('CREATE (:Entity:Sector {id: $id, name: $name})', { id: 'aero-montreal', name: 'Duplicate' }),
      ),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('gives every agreement two parties (or a party and the partnership it faces) and a citation', async () => {
    const agreements = await count('MATCH (a:Agreement) RETURN count(a) AS n');
    expect(agreements).toBeGreaterThan(0);
    const lacking = await graph.executor.read<{ id: string }>(`
      MATCH (a:Agreement)
      WITH a, COUNT { (:Cluster)-[:PARTY_TO]->(a) } AS parties
      WHERE parties + COUNT { (a)-[:ON_BEHALF_OF]->(:Partnership) } < 2 OR parties = 0
        OR NOT (a)-[:CITED_IN]->(:Source)
      RETURN a.id AS id`);
    expect(lacking).toEqual([]);
  });

  it('gives every cluster a country', async () => {
    const lacking = await graph.executor.read<{ id: string }>(`
      MATCH (c:Cluster)
      WHERE NOT (c)-[:LOCATED_IN]->(:Country) AND NOT (c)-[:LOCATED_IN]->(:Region)-[:IN]->(:Country)
      RETURN c.id AS id`);
    expect(lacking).toEqual([]);
  });

  it('cites a source for every cluster, agreement, mission, partnership and event', async () => {
    const uncited = await graph.executor.read<{ id: string }>(`
      MATCH (n) WHERE (n:Cluster OR n:Agreement OR n:Mission OR n:Partnership OR n:Event) AND NOT (n)-[:CITED_IN]->(:Source)
      RETURN n.id AS id`);
    expect(uncited).toEqual([]);
  });

  it('changes no count when the seed is loaded a second time', async () => {
    const before = await graph.executor.read(
      'MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships',
    );
    await loadSeed(graph.executor, catalogue);
    const after = await graph.executor.read('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships');
    expect(after).toEqual(before);
  });

  it('finds accented names from accent-free, lower-case spellings', async () => {
    const hits = await graph.executor.read<{ id: string }>(
      'CALL db.index.fulltext.queryNodes($index, $text) YIELD node RETURN node.id AS id LIMIT 5',
      { index: 'entity_search', text: 'aero montreal' },
    );
    expect(hits.map((hit) => hit.id)).toContain('aero-montreal');
  });
});
