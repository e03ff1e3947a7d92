import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import type { WriteTransaction } from '../../db/executor.js';
import { AtlasError } from '../../errors.js';
import { loadEditingFixtures } from './fixtures.js';
import {
  addCitation,
  createAgreement,
  createMission,
  deleteAgreement,
  deleteMission,
  updateAgreement,
  updateMission,
  upsertCluster,
  type Writer,
} from './repo.js';

/** The writes against the real Neo4j, on the seed plus the editing fixtures (ids "edit-…"). */

const graph = connectTestGraph();
const executor = graph.executor;
const editor = { name: 'editor' };
const writer: Writer = executor;

/** $id: a node as a test sees it: labels, properties, links out and in, citations. */
const SNAPSHOT = `
MATCH (n {id: $id})
RETURN labels(n) AS labels, properties(n) AS props,
  [(n)-[r]->(t) WHERE type(r) <> 'CITED_IN' | type(r) + '>' + t.id] AS outgoing,
  [(t)-[r]->(n) WHERE NOT t:Change | type(r) + '<' + t.id] AS incoming,
  [(n)-[r:CITED_IN]->(s:Source) | {source: s.id, excerpt: r.excerpt}] AS citations`;

const COUNT_BY_NAME = `MATCH (n {name: $name}) RETURN count(n) AS count`;
const COUNT_SOURCES_BY_TITLE = `MATCH (s:Source {title: $title}) RETURN count(s) AS count`;

interface Snapshot {
  labels: string[];
  props: Record<string, unknown>;
  outgoing: string[];
  incoming: string[];
  citations: { source: string; excerpt: string }[];
}

async function snapshot(id: string): Promise<Snapshot | undefined> {
  const [row] = await executor.read<Snapshot>(SNAPSHOT, { id });
  return row && { ...row, outgoing: row.outgoing.sort(), incoming: row.incoming.sort() };
}

async function countNamed(name: string): Promise<number> {
  const [row] = await executor.read<{ count: number }>(COUNT_BY_NAME, { name });
  return row?.count ?? 0;
}

/** The error a write is refused with: its code, message and problems. */
async function refusal(work: Promise<unknown>): Promise<{ code: string; message: string; fields: string[] }> {
  try {
    await work;
  } catch (error) {
    if (!(error instanceof AtlasError)) throw error;
    const problems = (error.extensions['problems'] as { field: string }[] | undefined) ?? [];
    return { code: error.code, message: error.message, fields: problems.map((p) => p.field) };
  }
  throw new Error('the write was accepted');
}

const cites = [{ source: { id: 'edit-source' }, excerpt: 'The fixtures say so.' }];

function agreementInput(name: string) {
  return {
    name,
    agreementKind: 'MOU' as const,
    status: 'SIGNED' as const,
    signedOn: '2019-05',
    parties: ['edit-alpha', 'edit-beta'],
    sectors: ['edit-sector'],
    citations: cites,
  };
}

beforeAll(async () => {
  await resetToSeed(executor);
  await loadEditingFixtures(executor);
});

afterAll(() => graph.close());

describe('createAgreement', () => {
  it('writes the agreement with its labels, stamps, year, parties, sectors and citation', async () => {
    const { id } = await createAgreement({
      writer,
      editor,
      input: { ...agreementInput('Edit pact one'), id: 'edit-pact-one', summary: 'A pact.' },
    });
    expect(id).toBe('edit-pact-one');
    const node = await snapshot(id);
    expect(node?.labels.sort()).toEqual(['Agreement', 'Entity']);
    expect(node?.props).toMatchObject({
      name: 'Edit pact one',
      kind: 'MOU',
      status: 'SIGNED',
      signedOn: '2019-05',
      year: 2019,
      summary: 'A pact.',
      updatedBy: 'editor',
    });
    expect(node?.props['createdAt']).toEqual(expect.any(String));
    expect(node?.props['updatedAt']).toEqual(node?.props['createdAt']);
    expect(node?.incoming).toEqual(['PARTY_TO<edit-alpha', 'PARTY_TO<edit-beta']);
    expect(node?.outgoing).toEqual(['COVERS>edit-sector']);
    expect(node?.citations).toEqual([{ source: 'edit-source', excerpt: 'The fixtures say so.' }]);
  });

  it('creates a new source in the same write, with a slug id, and cites it', async () => {
    const { id } = await createAgreement({
      writer,
      editor,
      input: {
        ...agreementInput('Edit pact with a new source'),
        citations: [
          {
            source: {
              new: { title: 'Édit Gazette, 12 May', url: 'https://example.org/gazette', publishedOn: '2019-05-12' },
            },
            excerpt: 'Signed today.',
          },
        ],
      },
    });
    const node = await snapshot(id);
    expect(node?.citations).toEqual([{ source: 'edit-gazette-12-may', excerpt: 'Signed today.' }]);
    const source = await snapshot('edit-gazette-12-may');
    expect(source?.labels).toEqual(['Source']);
    expect(source?.props).toMatchObject({
      title: 'Édit Gazette, 12 May',
      url: 'https://example.org/gazette',
      publishedOn: '2019-05-12',
    });
  });

  it('makes the id from the name, with a short suffix when the slug is taken', async () => {
    const first = await createAgreement({ writer, editor, input: agreementInput('Edit twin pact') });
    const second = await createAgreement({ writer, editor, input: agreementInput('Edit twin pact') });
    expect(first.id).toBe('edit-twin-pact');
    expect(second.id).toMatch(/^edit-twin-pact-[0-9a-f]{6}$/);
  });

  it('refuses a requested id that is taken with CONFLICT, and writes nothing', async () => {
    const refused = await refusal(
      createAgreement({ writer, editor, input: { ...agreementInput('Edit pact clash'), id: 'edit-alpha' } }),
    );
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/"edit-alpha" is already taken/);
    expect(await countNamed('Edit pact clash')).toBe(0);
  });

  it('names each missing or mislabelled id, and writes nothing', async () => {
    const refused = await refusal(
      createAgreement({
        writer,
        editor,
        input: {
          ...agreementInput('Edit pact with holes'),
          parties: ['edit-alpha', 'edit-nobody', 'edit-region'],
          sectors: ['edit-no-sector'],
          citations: [{ source: { id: 'edit-no-source' }, excerpt: 'x' }],
        },
      }),
    );
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toContain('parties: no Cluster has the id "edit-nobody"');
    expect(refused.message).toContain('parties: "edit-region" is a Region, not a Cluster');
    expect(refused.message).toContain('sectors: no Sector has the id "edit-no-sector"');
    expect(refused.message).toContain('citations.0.source.id: no Source has the id "edit-no-source"');
    expect(await countNamed('Edit pact with holes')).toBe(0);
  });

  it('refuses one party, a bad date and a start after the end', async () => {
    const one = await refusal(
      createAgreement({ writer, editor, input: { ...agreementInput('Edit lonely pact'), parties: ['edit-alpha'] } }),
    );
    expect(one).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['parties'] });
    const badDate = await refusal(
      createAgreement({ writer, editor, input: { ...agreementInput('Edit pact bad date'), signedOn: '2019-02-30' } }),
    );
    expect(badDate.message).toContain('signedOn: must be a partial date');
    const reversed = await refusal(
      createAgreement({
        writer,
        editor,
        input: { ...agreementInput('Edit pact reversed'), signedOn: '2020', endsOn: '2019-12' },
      }),
    );
    expect(reversed.message).toContain('endsOn: 2019-12 is before signedOn 2020');
    for (const name of ['Edit lonely pact', 'Edit pact bad date', 'Edit pact reversed'])
      expect(await countNamed(name)).toBe(0);
  });
});

describe('updateAgreement and deleteAgreement', () => {
  it('changes only the given fields, clears with null, replaces lists and keeps year in step', async () => {
    const { id } = await createAgreement({
      writer,
      editor,
      input: { ...agreementInput('Edit pact to change'), summary: 'Before.', endsOn: '2022' },
    });
    const before = await snapshot(id);
    await updateAgreement({
      writer,
      editor,
      id,
      input: {
        status: 'ENDED',
        signedOn: '2018-11-02',
        summary: null,
        parties: ['edit-beta', 'edit-gamma'],
        sectors: null,
        partnership: 'edit-partnership',
        citations: cites,
      },
    });
    const after = await snapshot(id);
    expect(after?.props).toMatchObject({
      name: 'Edit pact to change',
      kind: 'MOU',
      status: 'ENDED',
      signedOn: '2018-11-02',
      year: 2018,
      endsOn: '2022',
    });
    expect(after?.props).not.toHaveProperty('summary');
    expect(after?.props['createdAt']).toBe(before?.props['createdAt']);
    expect(after?.incoming).toEqual(['PARTY_TO<edit-beta', 'PARTY_TO<edit-gamma']);
    expect(after?.outgoing).toEqual(['ON_BEHALF_OF>edit-partnership']);

    await updateAgreement({ writer, editor, id, input: { signedOn: null, citations: cites } });
    expect((await snapshot(id))?.props).not.toHaveProperty('year');
  });

  it('checks a new end against the stored start', async () => {
    const { id } = await createAgreement({ writer, editor, input: agreementInput('Edit pact dated') });
    const refused = await refusal(
      updateAgreement({ writer, editor, id, input: { endsOn: '2019-01', citations: cites } }),
    );
    expect(refused.message).toContain('endsOn: 2019-01 is before signedOn 2019-05');
    expect((await snapshot(id))?.props).not.toHaveProperty('endsOn');
  });

  it('answers NOT_FOUND for an unknown agreement, or an id of another kind', async () => {
    expect(
      (await refusal(updateAgreement({ writer, editor, id: 'edit-no-pact', input: { citations: cites } }))).code,
    ).toBe('NOT_FOUND');
    expect(
      (await refusal(updateAgreement({ writer, editor, id: 'edit-alpha', input: { citations: cites } }))).code,
    ).toBe('NOT_FOUND');
  });

  it('deletes the agreement and its relationships, keeps its sources, and returns its id', async () => {
    const { id } = await createAgreement({
      writer,
      editor,
      input: {
        ...agreementInput('Edit pact to delete'),
        citations: [{ source: { new: { title: 'Edit deletion notice', url: 'https://example.org/d' } }, excerpt: 'x' }],
      },
    });
    expect(await deleteAgreement({ writer, editor, id })).toEqual({ id });
    expect(await snapshot(id)).toBeUndefined();
    expect((await snapshot('edit-deletion-notice'))?.labels).toEqual(['Source']);
    expect((await snapshot('edit-alpha'))?.outgoing).not.toContain(`PARTY_TO>${id}`);
    expect((await refusal(deleteAgreement({ writer, editor, id }))).code).toBe('NOT_FOUND');
    expect((await refusal(deleteAgreement({ writer, editor, id: 'edit-alpha' }))).code).toBe('NOT_FOUND');
  });
});

describe('missions', () => {
  const mission = {
    name: 'Edit mission to Editland',
    status: 'DONE' as const,
    startsOn: '2021-03-01',
    endsOn: '2021-03-05',
    smeCount: 7,
    organisers: ['edit-alpha', 'edit-partnership'],
    participants: ['edit-beta'],
    met: ['edit-gamma'],
    visited: ['edit-region'],
    sectors: ['edit-sector'],
    citations: cites,
  };

  it('creates, updates and deletes a mission with organisers of both kinds', async () => {
    const { id } = await createMission({ writer, editor, input: mission });
    expect(id).toBe('edit-mission-to-editland');
    const created = await snapshot(id);
    expect(created?.props).toMatchObject({
      name: mission.name,
      status: 'DONE',
      year: 2021,
      smeCount: 7,
      updatedBy: 'editor',
    });
    expect(created?.incoming).toEqual(['JOINED<edit-beta', 'ORGANISED<edit-alpha', 'ORGANISED<edit-partnership']);
    expect(created?.outgoing).toEqual(['FOCUSED_ON>edit-sector', 'MET>edit-gamma', 'VISITED>edit-region']);

    await updateMission({
      writer,
      editor,
      id,
      input: { startsOn: '2020-11', endsOn: null, visited: ['edit-far-region'], met: null, citations: cites },
    });
    const updated = await snapshot(id);
    expect(updated?.props).toMatchObject({ startsOn: '2020-11', year: 2020, smeCount: 7 });
    expect(updated?.props).not.toHaveProperty('endsOn');
    expect(updated?.outgoing).toEqual(['FOCUSED_ON>edit-sector', 'VISITED>edit-far-region']);

    expect(await deleteMission({ writer, editor, id })).toEqual({ id });
    expect(await snapshot(id)).toBeUndefined();
  });

  it('refuses a cluster as a visited region and a region as an organiser', async () => {
    const refused = await refusal(
      createMission({
        writer,
        editor,
        input: { ...mission, name: 'Edit bad mission', visited: ['edit-alpha'], organisers: ['edit-region'] },
      }),
    );
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toContain('organisers: "edit-region" is a Region, not a Cluster or Partnership');
    expect(refused.message).toContain('visited: "edit-alpha" is a Cluster, not a Region');
    expect(await countNamed('Edit bad mission')).toBe(0);
  });
});

describe('upsertCluster', () => {
  it('creates a cluster in its region, then updates only the given fields', async () => {
    const created = await upsertCluster({
      writer,
      editor,
      input: {
        name: 'Edit Néo Cluster',
        countryCode: 'xq',
        region: 'edit-region',
        aliases: ['ENC', 'Neo'],
        sectors: ['edit-sector'],
        memberCount: 40,
        citations: cites,
      },
    });
    expect(created).toEqual({ id: 'edit-neo-cluster', created: true });
    const node = await snapshot(created.id);
    expect(node?.props).toMatchObject({
      name: 'Edit Néo Cluster',
      kind: 'CLUSTER',
      countryCode: 'XQ',
      aliases: ['ENC', 'Neo'],
      aliasText: 'ENC | Neo',
      memberCount: 40,
    });
    expect(node?.outgoing).toEqual(['ACTIVE_IN>edit-sector', 'LOCATED_IN>edit-region']);

    const updated = await upsertCluster({
      writer,
      editor,
      input: {
        id: created.id,
        clusterKind: 'NETWORK',
        region: null,
        sectors: ['edit-sector-2'],
        aliases: null,
        citations: cites,
      },
    });
    expect(updated).toEqual({ id: created.id, created: false });
    const after = await snapshot(created.id);
    expect(after?.props).toMatchObject({ name: 'Edit Néo Cluster', kind: 'NETWORK', memberCount: 40, aliases: [] });
    expect(after?.props).not.toHaveProperty('aliasText');
    expect(after?.outgoing).toEqual(['ACTIVE_IN>edit-sector-2', 'LOCATED_IN>xq']);
  });

  it('creates a cluster with a chosen id in its country when no region is given', async () => {
    expect(
      await upsertCluster({
        writer,
        editor,
        input: { id: 'edit-chosen', name: 'Edit Chosen', countryCode: 'XQ', citations: cites },
      }),
    ).toEqual({ id: 'edit-chosen', created: true });
    expect((await snapshot('edit-chosen'))?.outgoing).toEqual(['LOCATED_IN>xq']);
  });

  it('refuses a new cluster without name or country, an unknown country, and a region of another country', async () => {
    const bare = await refusal(upsertCluster({ writer, editor, input: { id: 'edit-bare', citations: cites } }));
    expect(bare).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['name', 'countryCode'] });
    const unknown = await refusal(
      upsertCluster({ writer, editor, input: { name: 'Edit Nowhere', countryCode: 'QQ', citations: cites } }),
    );
    expect(unknown.message).toContain('countryCode: no country with the code QQ is in the graph');
    const far = await refusal(
      upsertCluster({
        writer,
        editor,
        input: { name: 'Edit Far', countryCode: 'XQ', region: 'edit-far-region', citations: cites },
      }),
    );
    expect(far.message).toContain('region: "edit-far-region" is in XR, not in XQ');
    for (const name of ['Edit Nowhere', 'Edit Far']) expect(await countNamed(name)).toBe(0);
    expect(await snapshot('edit-bare')).toBeUndefined();
  });

  it('refuses an id that belongs to another kind of entity with CONFLICT', async () => {
    expect(
      (
        await refusal(
          upsertCluster({
            writer,
            editor,
            input: { id: 'edit-sector', name: 'X', countryCode: 'XQ', citations: cites },
          }),
        )
      ).code,
    ).toBe('CONFLICT');
  });
});

describe('addCitation', () => {
  it('cites any entity with a new source and stamps it', async () => {
    const result = await addCitation({
      writer,
      editor,
      input: {
        entityId: 'edit-partnership',
        source: { new: { title: 'Edit partnership leaflet', url: 'https://example.org/leaflet' } },
        excerpt: 'Partners since 2020.',
      },
    });
    expect(result).toEqual({ entityId: 'edit-partnership', sourceId: 'edit-partnership-leaflet' });
    const node = await snapshot('edit-partnership');
    expect(node?.citations).toContainEqual({ source: 'edit-partnership-leaflet', excerpt: 'Partners since 2020.' });
    expect(node?.props['updatedBy']).toBe('editor');
  });

  it('answers NOT_FOUND for an unknown entity and writes no source', async () => {
    const refused = await refusal(
      addCitation({
        writer,
        editor,
        input: {
          entityId: 'edit-nothing',
          source: { new: { title: 'Edit orphan source', url: 'https://example.org/o' } },
          excerpt: 'x',
        },
      }),
    );
    expect(refused.code).toBe('NOT_FOUND');
    const [row] = await executor.read<{ count: number }>(COUNT_SOURCES_BY_TITLE, { title: 'Edit orphan source' });
    expect(row?.count).toBe(0);
  });
});

describe('atomicity', () => {
  /** A writer whose transaction fails at the statement that adds the citations, after the node, its links and its new source were written. */
  const failingAtCitations: Writer = {
    write: (work) =>
      executor.write((tx) => {
        const faulty: WriteTransaction = {
          run: (cypher, params) =>
            cypher.includes('CITED_IN') && cypher.includes('MERGE')
              ? Promise.reject(new Error('injected fault'))
              : tx.run(cypher, params),
        };
        return work(faulty);
      }),
  };

  it('a write that fails halfway leaves nothing: no node, no links, no new source', async () => {
    const input = {
      ...agreementInput('Edit pact that fails halfway'),
      id: 'edit-pact-halfway',
      citations: [{ source: { new: { title: 'Edit halfway source', url: 'https://example.org/h' } }, excerpt: 'x' }],
    };
    await expect(createAgreement({ writer: failingAtCitations, editor, input })).rejects.toThrow('injected fault');
    expect(await snapshot('edit-pact-halfway')).toBeUndefined();
    expect(await snapshot('edit-halfway-source')).toBeUndefined();
    expect((await snapshot('edit-alpha'))?.outgoing).not.toContain('PARTY_TO>edit-pact-halfway');
  });

  it('two writes racing for one id: one is written, the other gets CONFLICT', async () => {
    const input = { ...agreementInput('Edit raced pact'), id: 'edit-raced-pact' };
    const results = await Promise.allSettled([
      createAgreement({ writer, editor, input }),
      createAgreement({ writer, editor, input }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected');
    expect((rejected?.reason as AtlasError).code).toBe('CONFLICT');
    expect(await countNamed('Edit raced pact')).toBe(1);
  });
});
