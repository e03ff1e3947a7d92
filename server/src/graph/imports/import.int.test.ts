import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph } from '../../../test/graph.js';
import { applySchema } from '../../db/migrations.js';
import { wipeGraph } from '../../seed/load.js';
import { loadEditingFixtures } from '../editing/fixtures.js';
import { changedFields, type Snapshot } from '../history/snapshot.js';
import { readSnapshots } from '../history/write-path.js';
import { readImportFile } from './format.js';
import { runImport } from './run.js';

/**
 * Imports against the real Neo4j, on the editing fixtures (country XQ, sectors, clusters
 * "edit-…"): a file imported twice changes nothing the second time; dry runs write nothing;
 * probable duplicates and bad rows are reported, never written; an import stopped after a batch
 * is finished by running it again.
 */

const graph = connectTestGraph();
const editor = { name: 'importer' };
let dir: string;

async function count(cypher: string): Promise<number> {
  const [row] = await graph.executor.read<{ n: number }>(cypher);
  return row?.n ?? 0;
}

/** The entities' state as the write path reads it, as a change records it (JSON). */
async function statesOf(ids: string[]): Promise<Map<string, string>> {
  const snapshots = await graph.executor.readAll((tx) => readSnapshots(tx, ids));
  return new Map(snapshots.map((snapshot) => [snapshot.id, JSON.stringify(snapshot)]));
}

async function importChanges(entityIds: string[]) {
  return graph.executor.read<{
    entityId: string;
    before: string | null;
    after: string;
    fields: string[];
    summary: string;
  }>(
    `MATCH (c:Change {operation: 'IMPORT'})-[:OF]->(n) WHERE c.entityId IN $entityIds
     RETURN c.entityId AS entityId, c.before AS before, c.after AS after, c.fields AS fields, c.summary AS summary`,
    { entityIds },
  );
}

async function importFile(name: string, content: string, options: { dryRun?: boolean; batchSize?: number } = {}) {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return runImport({
    executor: graph.executor,
    editor,
    file: await readImportFile(file),
    dryRun: options.dryRun ?? false,
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
  });
}

const CLUSTERS_CSV = `id,name,acronym,aliases,countryCode,sectors,source_url,source_title,excerpt
,Imported Alpha Cluster,IAC,Alpha Imports|IAC Network,XQ,edit-sector,https://example.org/list,The cluster list,Listed.
imp-beta,Imported Béta,,,xq,,https://example.org/list,The cluster list,Listed.
,Nowhere Cluster,,,ZZ,,https://example.org/list,The cluster list,Listed.
,Uncited Cluster,,,XQ,,,,
`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-import-'));
  await wipeGraph(graph.executor);
  await applySchema(graph.executor);
  await loadEditingFixtures(graph.executor);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await graph.close();
});

describe('npm run import', () => {
  it('dry-runs, imports, and imports again without a change; duplicates and bad rows are reported', async () => {
    const dry = await importFile('clusters.csv', CLUSTERS_CSV, { dryRun: true });
    expect(dry.created).toEqual(['imported-alpha-cluster', 'imp-beta']);
    expect(
      await count(`MATCH (c:Cluster) WHERE c.id IN ['imported-alpha-cluster', 'imp-beta'] RETURN count(c) AS n`),
    ).toBe(0);

    const first = await importFile('clusters.csv', CLUSTERS_CSV);
    expect(first.created).toEqual(['imported-alpha-cluster', 'imp-beta']);
    expect(first.rejected.map((problem) => [problem.line, problem.column])).toEqual([
      [4, 'countryCode'],
      [5, 'source_url'],
    ]);
    expect(first.newSources).toEqual(['the-cluster-list']);
    expect(await count(`MATCH (c:Change {operation: 'IMPORT', by: 'importer'}) RETURN count(c) AS n`)).toBe(2);

    const second = await importFile('clusters.csv', CLUSTERS_CSV);
    expect([second.created, second.updated, second.unchanged]).toEqual([
      [],
      [],
      ['imported-alpha-cluster', 'imp-beta'],
    ]);
    expect(await count(`MATCH (c:Change {operation: 'IMPORT'}) RETURN count(c) AS n`)).toBe(2);
    expect(await count(`MATCH (s:Source {url: 'https://example.org/list'}) RETURN count(s) AS n`)).toBe(1);

    // "ALPHA IMPORTS" folds to an alias of the cluster just imported: a probable duplicate, not a new cluster.
    const again = await importFile(
      'clusters-more.csv',
      'name,countryCode,source_url,excerpt\nALPHA IMPORTS,XQ,https://example.org/list,Listed.\n',
    );
    expect(again.duplicates).toEqual([{ line: 2, name: 'ALPHA IMPORTS', matches: ['imported-alpha-cluster'] }]);
    expect(again.created).toEqual([]);
  });

  it('imports agreements from YAML with a file-level source, and updates what changed', async () => {
    const yaml = (status: string) => `kind: agreements
source: { title: Agreements register, url: "https://example.org/register" }
excerpt: The register lists it.
rows:
  - name: Imported pact
    kind: MOU
    status: ${status}
    signedOn: "2023-04"
    parties: [edit-alpha, imp-beta]
  - name: Pact with a ghost
    kind: MOU
    status: SIGNED
    parties: [edit-alpha, no-such-cluster]
`;
    const first = await importFile('agreements.yaml', yaml('PLANNED'));
    expect(first.created).toEqual(['imported-pact']);
    expect(first.rejected).toMatchObject([{ line: 10, column: 'parties' }]);
    const second = await importFile('agreements.yaml', yaml('SIGNED'));
    expect(second.updated).toEqual(['imported-pact']);
    expect(
      await count(
        `MATCH (:Cluster)-[:PARTY_TO]->(a:Agreement {id: 'imported-pact', status: 'SIGNED'}) RETURN count(*) AS n`,
      ),
    ).toBe(2);
  });

  it('an import stopped after its first batch is finished by running it again', async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `imp-stop-${i},Stopped ${i},XQ,https://example.org/list,The cluster list,Listed.`,
    );
    const csv = `id,name,countryCode,source_url,source_title,excerpt\n${rows.join('\n')}\n`;
    const file = path.join(dir, 'clusters-stopped.csv');
    await writeFile(file, csv);
    let batches = 0;
    await expect(
      runImport({
        executor: graph.executor,
        editor,
        file: await readImportFile(file),
        dryRun: false,
        batchSize: 10,
        onProgress: (done) => {
          if (done > 0 && ++batches === 1) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(await count(`MATCH (c:Cluster) WHERE c.id STARTS WITH 'imp-stop-' RETURN count(c) AS n`)).toBe(10);
    const resumed = await importFile('clusters-stopped.csv', csv, { batchSize: 10 });
    expect([resumed.unchanged.length, resumed.created.length]).toEqual([10, 20]);
    expect(await count(`MATCH (c:Cluster) WHERE c.id STARTS WITH 'imp-stop-' RETURN count(c) AS n`)).toBe(30);
  });

  it('imports missions, partnerships, memberships and citations, each twice without a change the second time', async () => {
    const missions = `kind: missions
source: { title: The mission report, url: 'https://example.org/missions' }
excerpt: The mission went to Edit Region.
rows:
  - { name: Imported mission, status: DONE, startsOn: '2024-09', smeCount: 4, organisers: [edit-alpha], met: [edit-beta], visited: [edit-region], sectors: [edit-sector] }
  - { name: Nowhere mission, status: DONE, visited: [no-such-region] }
`;
    const partnerships = JSON.stringify({
      kind: 'partnerships',
      source: { title: 'The partnership list', url: 'https://example.org/partnerships' },
      excerpt: 'The partnership targets Otherland.',
      rows: [{ name: 'Imported Partnership', acronym: 'IP', targets: ['XR'], sectors: ['edit-sector'] }],
    });
    const memberships = `cluster,partnership,role,source_url,source_title,excerpt
edit-alpha,imported-partnership,COORDINATOR,https://example.org/partnerships,The partnership list,Alpha coordinates it.
edit-beta,imported-partnership,,https://example.org/partnerships,The partnership list,Beta is a partner.
edit-gamma,no-such-partnership,,https://example.org/partnerships,The partnership list,Nothing.
`;
    const citations = `entity,source_url,source_title,excerpt
edit-gamma,https://example.org/directory,The directory,Gamma is listed.
`;
    const files: [string, string][] = [
      ['missions.yaml', missions],
      ['partnerships.json', partnerships],
      ['memberships.csv', memberships],
      ['citations.csv', citations],
    ];
    for (const [name, content] of files) {
      const first = await importFile(name, content);
      const again = await importFile(name, content);
      expect([again.created.length, again.updated.length], name).toEqual([0, 0]);
      expect(again.unchanged.length, name).toBe(first.created.length + first.updated.length);
    }
    expect(
      await count(
        `MATCH (m:Mission {id: 'imported-mission', smeCount: 4})-[:VISITED]->(:Region {id: 'edit-region'}) WHERE (:Cluster {id: 'edit-alpha'})-[:ORGANISED]->(m) AND (m)-[:MET]->(:Cluster {id: 'edit-beta'}) RETURN count(m) AS n`,
      ),
    ).toBe(1);
    expect(
      await count(
        `MATCH (p:Partnership {id: 'imported-partnership', acronym: 'IP'})-[:TARGETS]->(:Country {code: 'XR'}) RETURN count(p) AS n`,
      ),
    ).toBe(1);
    expect(
      await count(
        `MATCH (c:Cluster)-[m:MEMBER_OF]->(:Partnership {id: 'imported-partnership'}) RETURN count(DISTINCT c.id + m.role) AS n`,
      ),
    ).toBe(2);
    expect(
      await count(
        `MATCH (:Cluster {id: 'edit-gamma'})-[:CITED_IN {excerpt: 'Gamma is listed.'}]->(s:Source) RETURN count(s) AS n`,
      ),
    ).toBe(1);
    // One IMPORT change per entity: the partnership's two memberships are one change of it.
    expect(
      await count(`MATCH (c:Change {entityId: 'imported-partnership', operation: 'IMPORT'}) RETURN count(c) AS n`),
    ).toBe(2);
  });

  it('records a created entity as none before and, after, its state as stored, beside updated ones in one batch', async () => {
    const ids = ['edit-beta', 'mix-new-a', 'mix-new-b'];
    const before = await statesOf(['edit-beta']);
    // Batches of two, in id order: edit-beta (updated) and mix-new-a (created) share one.
    const clusters = await importFile(
      'clusters-mixed.csv',
      `id,name,acronym,aliases,countryCode,region,sectors,website,description,source_url,source_title,excerpt
edit-beta,Edit Beta,EB,,XQ,edit-region,edit-sector,,Beta's new description,https://example.org/mixed,The mixed list,Beta.
mix-new-a,Mixed Ä,MXA,Mix A|Ä Mix,XQ,edit-region,edit-sector|edit-sector-2,https://example.org/a,A new one,https://example.org/mixed,The mixed list,A.
mix-new-b,Mixed B,,,XQ,,,,,https://example.org/mixed,The mixed list,B.
`,
      { batchSize: 2 },
    );
    expect([clusters.created, clusters.updated]).toEqual([['mix-new-a', 'mix-new-b'], ['edit-beta']]);
    // Before the agreement and the mission link them (a cluster's state has its incoming links).
    const clustersAfter = await statesOf(ids);
    const files: [string, string][] = [
      [
        'agreements-mixed.yaml',
        `kind: agreements
source: { title: The mixed list, url: "https://example.org/mixed" }
excerpt: They signed.
rows:
  - { name: Mixed pact, kind: MOU, status: SIGNED, signedOn: "2024-02", parties: [mix-new-a, mix-new-b], sectors: [edit-sector] }
`,
      ],
      [
        'missions-mixed.yaml',
        `kind: missions
source: { title: The mixed list, url: "https://example.org/mixed" }
excerpt: They went.
rows:
  - { name: Mixed mission, status: DONE, startsOn: "2024-05", smeCount: 3, organisers: [edit-partnership], participants: [mix-new-a], met: [edit-alpha], visited: [edit-region], sectors: [edit-sector-2] }
`,
      ],
      [
        'partnerships-mixed.json',
        JSON.stringify({
          kind: 'partnerships',
          source: { title: 'The mixed list', url: 'https://example.org/mixed' },
          excerpt: 'It targets both.',
          rows: [
            {
              name: 'Mixed Partnership',
              programme: 'ESCP-4i',
              smeCount: 7,
              targets: ['XQ', 'XR'],
              sectors: ['edit-sector'],
            },
          ],
        }),
      ],
    ];
    const others = [];
    // One after the other: they link the same new clusters.
    for (const [name, content] of files) others.push(await importFile(name, content));
    expect(others.map((report) => report.created)).toEqual([['mixed-pact'], ['mixed-mission'], ['mixed-partnership']]);

    const created = ['mixed-pact', 'mixed-mission', 'mixed-partnership'];
    const after = new Map([...clustersAfter, ...(await statesOf(created))]);
    const entityIds = [...ids, ...created];
    const changes = await importChanges(entityIds);
    expect(changes.map((change) => change.entityId).sort()).toEqual([...entityIds].sort());
    for (const change of changes) {
      const stored = after.get(change.entityId);
      expect(change.after, change.entityId).toBe(stored);
      const state = JSON.parse(stored ?? 'null') as Snapshot;
      if (change.entityId === 'edit-beta') {
        expect(change.before).toBe(before.get('edit-beta'));
        const fields = changedFields(JSON.parse(change.before ?? 'null') as Snapshot, state);
        expect(fields).toContain('description');
        expect(change.fields).toEqual(fields);
        expect(change.summary).toBe(`Imported Cluster "Edit Beta": ${fields.join(', ')}`);
      } else {
        expect(change.before, change.entityId).toBe(null);
        expect(change.fields, change.entityId).toEqual(changedFields(null, state));
        expect(change.summary, change.entityId).toBe(`Imported ${state.label} "${String(state.props['name'])}"`);
      }
    }
  });
});
