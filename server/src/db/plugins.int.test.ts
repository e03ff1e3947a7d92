import { afterAll, describe, expect, it } from 'vitest';
import { connectTestGraph } from '../../test/graph.js';

/** The embedded launcher registers Graph Data Science and APOC core (server/embedded-neo4j). */
describe('the embedded Neo4j plugins', () => {
  const graph = connectTestGraph();
  afterAll(() => graph.close());

  it('serve Graph Data Science 2.13.9 and APOC core 5.26.19', async () => {
    const [row] = await graph.executor.read<{ gds: string; apoc: string }>(
      'RETURN gds.version() AS gds, apoc.version() AS apoc',
    );
    expect(row).toEqual({ gds: '2.13.9', apoc: '5.26.19' });
  });

  it('include the algorithms the analysis runs', async () => {
    const [row] = await graph.executor.read<{ names: string[] }>(
      `SHOW PROCEDURES YIELD name WHERE name IN $names RETURN collect(name) AS names`,
      {
        names: [
          'gds.betweenness.stream',
          'gds.pageRank.stream',
          'gds.louvain.stream',
          'gds.articulationPoints.stream',
          'gds.bridges.stream',
          'gds.graph.drop',
        ],
      },
    );
    expect(row?.names).toHaveLength(6);
  });
});
