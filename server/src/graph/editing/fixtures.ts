import type { Executor } from '../../db/executor.js';

/**
 * Test fixtures for the editing tests, on top of the seed: a country with a code ISO leaves to
 * users (XQ), another (XR), regions, sectors, clusters, a partnership and a source, all with ids
 * starting "edit-", so no test depends on a seed fact that curators may change.
 */

/** $clusters, $regions: the fixtures, merged so a second call changes nothing. */
const EDITING_FIXTURES = `
MERGE (s:Source {id: 'edit-source'}) SET s.title = 'Editing fixtures', s.url = 'https://example.org/edit'
MERGE (xq:Entity:Country {id: 'xq'}) SET xq.code = 'XQ', xq.name = 'Editland', xq.eu = false
MERGE (xr:Entity:Country {id: 'xr'}) SET xr.code = 'XR', xr.name = 'Otherland', xr.eu = true
MERGE (sector:Entity:Sector {id: 'edit-sector'}) SET sector.name = 'Editing'
MERGE (sector2:Entity:Sector {id: 'edit-sector-2'}) SET sector2.name = 'Proofreading'
MERGE (p:Entity:Partnership {id: 'edit-partnership'}) SET p.name = 'Edit Partnership'
WITH xq, xr
UNWIND $regions AS row
MERGE (r:Entity:Region {id: row.id}) SET r.name = row.name, r.countryCode = row.code
WITH DISTINCT xq
UNWIND $clusters AS id
MERGE (c:Entity:Cluster {id: id}) SET c.name = id, c.kind = 'CLUSTER', c.countryCode = 'XQ', c.aliases = []
MERGE (c)-[:LOCATED_IN]->(xq)`;

export async function loadEditingFixtures(executor: Executor): Promise<void> {
  await executor.write((tx) =>
    tx.run(EDITING_FIXTURES, {
      clusters: ['edit-alpha', 'edit-beta', 'edit-gamma'],
      regions: [
        { id: 'edit-region', name: 'Edit Region', code: 'XQ' },
        { id: 'edit-far-region', name: 'Far Region', code: 'XR' },
      ],
    }),
  );
}
