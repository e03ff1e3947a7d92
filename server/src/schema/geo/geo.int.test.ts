import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../../test/api.js';
import { connectTestGraph } from '../../../test/graph.js';

/**
 * Places through GraphQL, on clusters this file writes (unique ids): a city the gazetteer knows
 * gets its GeoNames point, an area or a country alone gets none and says why.
 */
const PREFIX = 'geo-int-';

const SETUP = `
MERGE (ca:Country {code: 'CA'}) ON CREATE SET ca.id = 'ca', ca.name = 'Canada', ca.eu = false
CREATE (qc:Region {id: $prefix + 'quebec', name: 'Québec', kind: 'PROVINCE', countryCode: 'CA'})
CREATE (mtl:Region {id: $prefix + 'montreal', name: 'Montreal', kind: 'CITY', countryCode: 'CA', aliases: []})
CREATE (mtl)-[:PART_OF]->(qc), (qc)-[:IN]->(ca), (mtl)-[:IN]->(ca)
CREATE (a:Cluster {id: $prefix + 'city', name: 'A city cluster', countryCode: 'CA'})-[:LOCATED_IN]->(mtl)
CREATE (b:Cluster {id: $prefix + 'area', name: 'An area cluster', countryCode: 'CA'})-[:LOCATED_IN]->(qc)
CREATE (c:Cluster {id: $prefix + 'country', name: 'A country cluster', countryCode: 'CA'})-[:LOCATED_IN]->(ca)`;

describe('cluster places', () => {
  const graph = connectTestGraph();
  let api: TestApi | undefined;

  beforeAll(async () => {
    await graph.executor.write((tx) =>
      tx.run('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: PREFIX }),
    );
    await graph.executor.write((tx) => tx.run(SETUP, { prefix: PREFIX }));
    api = await createTestApi({ executor: graph.executor });
  });
  afterAll(async () => {
    await graph.executor.write((tx) =>
      tx.run('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: PREFIX }),
    );
    await api?.stop();
    await graph.close();
  });

  it('places a city at its GeoNames point and says why an area or a country has none', async () => {
    const ids = ['city', 'area', 'country', 'missing'].map((s) => PREFIX + s);
    const { data, errors } = await api!.execute<{
      clusterPlaces: {
        clusterId: string;
        region: string | null;
        point: { name: string; lat: number; lon: number; admin: string | null } | null;
        unplacedBecause: string | null;
      }[];
      gazetteer: { licence: string };
    }>(
      `query ($ids: [ID!]!) { clusterPlaces(ids: $ids) { clusterId region point { name lat lon admin } unplacedBecause }
         gazetteer { licence } }`,
      { variables: { ids } },
    );
    expect(errors).toBeUndefined();
    const byId = new Map(data!.clusterPlaces.map((p) => [p.clusterId.slice(PREFIX.length), p]));
    expect([...byId.keys()].sort()).toEqual(['area', 'city', 'country']);
    expect(byId.get('city')!.point).toEqual({ name: 'Montréal', lat: 45.50884, lon: -73.58781, admin: 'Quebec' });
    expect(byId.get('area')!.point).toBeNull();
    expect(byId.get('area')!.unplacedBecause).toMatch(/Québec is an area/);
    expect(byId.get('country')!.unplacedBecause).toBe('Only its country is known.');
    expect(data!.gazetteer.licence).toBe('CC BY 4.0');
  });

  it('refuses more ids than the map ever asks for, with a clear error', async () => {
    const ids = Array.from({ length: 2001 }, (_, i) => `x${i}`);
    const { errors } = await api!.execute(`query ($ids: [ID!]!) { clusterPlaces(ids: $ids) { clusterId } }`, {
      variables: { ids },
    });
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
