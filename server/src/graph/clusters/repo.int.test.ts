import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import { listAgreements } from '../agreements/repo.js';
import { listClusters, type ClusterListOptions } from './repo.js';

/**
 * The clusters' page statement reads the name index in order and stops after a page, with the
 * total from the count store when nothing filters: pages must still follow (name, id) across
 * equal names, and totals must still match the filter.
 */

const graph = connectTestGraph();
const executor = graph.executor;

/** Clusters of one name (ids "same-name-…"), so that a page boundary falls between equal names. */
const SAME_NAME = 'Zzz Same Name';
const SAME_IDS = ['same-name-e', 'same-name-a', 'same-name-d', 'same-name-c', 'same-name-b'];
const CREATE_SAME_NAME = `
UNWIND $ids AS id
CREATE (:Entity:Cluster {id: id, name: $name, kind: 'CLUSTER', countryCode: 'ZZ', aliases: []})`;
const ALL_CLUSTERS = `MATCH (c:Cluster) RETURN c.id AS id, c.name AS name, c.countryCode AS countryCode`;
const AGREEMENT_COUNT = `MATCH (a:Agreement) RETURN count(a) AS count`;

const ANY: ClusterListOptions = { countries: null, sectors: null, kinds: null, text: null, first: 50, after: null };

/** Every page of a listing, from the first to the one without a next page. */
async function allPages(options: ClusterListOptions): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let page = 0; page < 1000; page += 1) {
    const result = await listClusters(executor, { ...options, after });
    ids.push(...result.edges.map((edge) => edge.node.id));
    totals.push(result.totalCount);
    if (!result.pageInfo.hasNextPage) break;
    after = result.pageInfo.endCursor;
  }
  return { ids, totals };
}

let clusters: { id: string; name: string; countryCode: string | null }[] = [];

beforeAll(async () => {
  await resetToSeed(executor);
  await executor.write(async (tx) => {
    await tx.run(CREATE_SAME_NAME, { ids: SAME_IDS, name: SAME_NAME });
  });
  clusters = await executor.read(ALL_CLUSTERS);
});

afterAll(() => graph.close());

describe('the clusters page', () => {
  it('pages by (name, id) through every cluster once, across equal names, with the total of all', async () => {
    const { ids, totals } = await allPages({ ...ANY, first: 3 });
    expect(new Set(ids).size).toBe(clusters.length);
    expect(ids).toHaveLength(clusters.length);
    expect(new Set(totals)).toEqual(new Set([clusters.length]));
    // The database orders names by code point: the same-name clusters come together, by id.
    const start = ids.indexOf('same-name-a');
    expect(ids.slice(start, start + SAME_IDS.length)).toEqual([...SAME_IDS].sort());
    const names = new Map(clusters.map((c) => [c.id, c.name]));
    for (let i = 1; i < ids.length; i += 1) {
      const [a, b] = [names.get(ids[i - 1] ?? '') ?? '', names.get(ids[i] ?? '') ?? ''];
      expect(a < b || (a === b && (ids[i - 1] ?? '') < (ids[i] ?? ''))).toBe(true);
    }
  });

  it('starts after a cursor that falls between equal names', async () => {
    const first = await listClusters(executor, { ...ANY, countries: ['ZZ'], first: 2 });
    expect(first.edges.map((edge) => edge.node.id)).toEqual(['same-name-a', 'same-name-b']);
    const next = await listClusters(executor, { ...ANY, countries: ['ZZ'], first: 2, after: first.pageInfo.endCursor });
    expect(next.edges.map((edge) => edge.node.id)).toEqual(['same-name-c', 'same-name-d']);
    expect(next.totalCount).toBe(SAME_IDS.length);
    expect(next.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('counts what the filter keeps, not the whole label, and an empty filter list keeps nothing', async () => {
    const canadian = clusters.filter((c) => c.countryCode === 'CA');
    expect(canadian.length).toBeGreaterThan(0);
    const { ids, totals } = await allPages({ ...ANY, countries: ['CA'], first: 4 });
    expect(new Set(totals)).toEqual(new Set([canadian.length]));
    expect([...ids].sort()).toEqual(canadian.map((c) => c.id).sort());

    const none = await listClusters(executor, { ...ANY, countries: [] });
    expect(none).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('counts every agreement when nothing filters them', async () => {
    const [row] = await executor.read<{ count: number }>(AGREEMENT_COUNT);
    const page = await listAgreements(executor, {
      countries: null,
      sectors: null,
      kinds: null,
      statuses: null,
      fromYear: null,
      toYear: null,
      text: null,
      first: 1,
      after: null,
    });
    expect(page.totalCount).toBe(row?.count);
    expect(page.edges).toHaveLength(1);
  });
});
