import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import type { Catalogue } from '../../seed/catalogue.js';
import type { EntityKind } from '../model.js';
import { words } from './lucene.js';
import { searchEntities } from './repo.js';

/**
 * Search finds every cluster, partnership and agreement of the seed by its exact full name (stop
 * words included), and by that name typed without spaces or accents ("aeromontreal").
 */

const graph = connectTestGraph();
let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await resetToSeed(graph.executor);
});
afterAll(() => graph.close());

/** The ids that a search for `text` among entities of `kind` returns. */
async function found(text: string, kind: EntityKind): Promise<string[]> {
  const hits = await searchEntities(graph.executor, { text, kinds: [kind], first: 100 });
  return hits.map((hit) => hit.entity.id);
}

const named = () => [
  ...catalogue.clusters.map((c) => ({ id: c.id, name: c.name ?? '', kind: 'CLUSTER' as const })),
  ...catalogue.partnerships.map((p) => ({ id: p.id, name: p.name ?? '', kind: 'PARTNERSHIP' as const })),
  ...catalogue.agreements.map((a) => ({ id: a.id, name: a.title ?? '', kind: 'AGREEMENT' as const })),
];

describe('search', () => {
  it('finds every cluster, partnership and agreement by its exact full name', async () => {
    const missed: string[] = [];
    for (const { id, name, kind } of named())
      if (!(await found(name, kind)).includes(id)) missed.push(`${id}: ${name}`);
    expect(missed).toEqual([]);
  });

  it('finds each by its name without spaces or accents', async () => {
    const missed: string[] = [];
    for (const { id, name, kind } of named()) {
      const compact = words(name).join('');
      if (!(await found(compact, kind)).includes(id)) missed.push(`${id}: ${compact}`);
    }
    expect(missed).toEqual([]);
  });

  it('finds names with stop words, run together, and by a prefix of the run-together name', async () => {
    expect(await found('Cluster of Applied Earth Sciences', 'CLUSTER')).toContain('cluster-of-applied-earth-sciences');
    expect(await found('Institute for Competitiveness', 'CLUSTER')).not.toEqual([]);
    expect(await found('aeromontreal', 'CLUSTER')).toContain('aero-montreal');
    expect(await found('aeromont', 'CLUSTER')).toContain('aero-montreal');
  });
});
