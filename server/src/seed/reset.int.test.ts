import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph } from '../../test/graph.js';
import { applySchema } from '../db/migrations.js';
import { addEditor } from '../graph/editors/repo.js';
import { isEmpty, problemCount, qualityReport } from '../graph/quality/repo.js';
import { readCatalogue, type Catalogue } from './catalogue.js';
import { replaceWithSeed, wipeGraph } from './load.js';

/**
 * The reset is all or nothing: a reset that fails after its wipe and part of its load leaves the
 * graph as it was (a killed one rolls back the same way: nothing is committed before the end),
 * named editors survive it, and data:check calls an empty graph a problem.
 */

const graph = connectTestGraph();
let catalogue: Catalogue;

async function fingerprint(): Promise<{ nodes: number; relationships: number; edited: string | null }> {
  const [row] = await graph.executor.read<{ nodes: number; relationships: number; edited: string | null }>(
    `
    CALL () { MATCH (n) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    OPTIONAL MATCH (c:Cluster {id: $id})
    RETURN nodes, relationships, c.name AS edited`,
    { id: catalogue.clusters[0]?.id },
  );
  return row ?? { nodes: 0, relationships: 0, edited: null };
}

beforeAll(async () => {
  await applySchema(graph.executor);
  catalogue = await replaceWithSeed(graph.executor, await readCatalogue());
});

afterAll(() => graph.close());

describe('db:reset', () => {
  it('leaves the graph as it was when the load fails after the wipe', async () => {
    const first = catalogue.clusters[0];
    await graph.executor.write((tx) =>
      tx.run(`MATCH (c:Cluster {id: $id}) SET c.name = 'Edited since the seed'`, { id: first?.id }),
    );
    const before = await fingerprint();
    // A cluster whose id is a region's: the load fails on the unique id, after wiping and writing sources and places.
    const broken: Catalogue = {
      ...catalogue,
      clusters: [...catalogue.clusters, { ...catalogue.clusters[0]!, id: catalogue.regions[0]!.id }],
    };
    await expect(replaceWithSeed(graph.executor, broken)).rejects.toThrow();
    expect(await fingerprint()).toEqual(before);
  });

  it('replaces the graph with the seed and keeps the named editors', async () => {
    await addEditor(graph.executor, 'Reset Survivor');
    await replaceWithSeed(graph.executor, await readCatalogue());
    expect((await fingerprint()).edited).toBe(catalogue.clusters[0]?.name);
    const [editors] = await graph.executor.read<{ n: number }>(
      `MATCH (e:Editor {name: 'Reset Survivor'}) RETURN count(e) AS n`,
    );
    expect(editors?.n).toBe(1);
  });

  it('data:check fails on an empty graph', async () => {
    expect(problemCount(await qualityReport(graph.executor))).toBe(0);
    await wipeGraph(graph.executor);
    const report = await qualityReport(graph.executor);
    expect(isEmpty(report)).toBe(true);
    expect(problemCount(report)).toBeGreaterThan(0);
  });
});
