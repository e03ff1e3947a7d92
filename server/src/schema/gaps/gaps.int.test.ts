import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestGraph, resetToSeed } from '../../../test/graph.js';
import { createContext, type Context } from '../../context.js';
import { createLogger } from '../../logger.js';
import { buildSchema } from '../index.js';

/** gaps and cooperationMatrix through GraphQL on the seed: shapes, paging, errors, round trips. */

const graph = connectTestGraph();
const server = new ApolloServer<Context>({ schema: buildSchema() });

interface Reply {
  data: Record<string, unknown> | null | undefined;
  errors: { message: string; code: unknown }[];
  roundTrips: number;
}

async function execute(query: string, variables: Record<string, unknown> = {}): Promise<Reply> {
  const contextValue = createContext({
    executor: graph.executor,
    logger: createLogger('silent'),
    auth: { header: undefined, editorToken: undefined, readToken: undefined },
  });
  const response = await server.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return {
    data,
    errors: (errors ?? []).map((error) => ({ message: error.message, code: error.extensions?.['code'] })),
    roundTrips: contextValue.executor.roundTripCount,
  };
}

const GAPS = `
query Gaps($filter: GapFilter, $first: Int, $after: String) {
  gaps(filter: $filter, first: $first, after: $after) {
    left { id name country { code } }
    right { id name country { code } }
    sector { id name }
    score
    reasons
    terms { term value weight points }
    commonPartners { id name }
    cursor
  }
}`;

const MATRIX = `
query Matrix($filter: GapFilter) {
  cooperationMatrix(filter: $filter) {
    cells { sector { id name } leftClusters rightClusters ties agreements missions partnerships gapIndex }
    underServed { __typename id name entityKind }
  }
}`;

interface Candidate {
  left: { id: string; country: { code: string } };
  right: { id: string; country: { code: string } };
  sector: { id: string };
  score: number;
  reasons: string[];
  commonPartners: { id: string; name: string }[];
  cursor: string;
}

beforeAll(async () => {
  await resetToSeed(graph.executor);
});
afterAll(async () => {
  await server.stop();
  await graph.close();
});

describe('Query.gaps', () => {
  it('answers EU against Canada by default, in one read transaction, with reasons and resolved partners', async () => {
    const reply = await execute(GAPS, { first: 50 });
    expect(reply.errors).toEqual([]);
    const gaps = reply.data?.['gaps'] as Candidate[];
    expect(gaps.length).toBeGreaterThan(10);
    for (const g of gaps) {
      expect(g.right.country.code).toBe('CA');
      expect(g.left.country.code).not.toBe('CA');
      expect(g.reasons.length).toBeGreaterThan(0);
    }
    const hegan = gaps.find((g) => g.left.id === 'hegan' && g.right.id === 'aero-montreal');
    expect(hegan?.commonPartners.map((p) => p.id)).toEqual(['aviation-valley']);
    // The filter check; the ranking's five statements (one transaction, the gap decisions among
    // them); countries through one batched load.
    expect(reply.roundTrips).toBeLessThanOrEqual(7);
  });

  it('pages with cursors: the page after the fifth candidate is the next five', async () => {
    const ten = (await execute(GAPS, { first: 10 })).data?.['gaps'] as Candidate[];
    const firstFive = (await execute(GAPS, { first: 5 })).data?.['gaps'] as Candidate[];
    const nextFive = (await execute(GAPS, { first: 5, after: firstFive[4]?.cursor })).data?.['gaps'] as Candidate[];
    const key = (g: Candidate) => `${g.left.id}|${g.right.id}`;
    expect([...firstFive, ...nextFive].map(key)).toEqual(ten.map(key));
  });

  it('takes sides and sectors: Belgium against Canada in aerospace', async () => {
    const reply = await execute(GAPS, {
      filter: { left: { countries: ['be'] }, right: { countries: ['CA'] }, sectors: ['aerospace'] },
    });
    expect(reply.errors).toEqual([]);
    const gaps = reply.data?.['gaps'] as Candidate[];
    // Skywin signed with Aéro Montréal and CRIAQ; the Ontario Aerospace Council is the one left.
    expect(gaps.map((g) => `${g.left.id}|${g.right.id}`)).toEqual(['skywin|ontario-aerospace-council']);
  });

  it.each([
    [{ filter: { right: { countries: ['ZZ'] } } }, /Unknown country codes: ZZ/],
    [{ filter: { left: { eu: true }, right: { countries: ['DE'] } } }, /overlap on DE/],
    [{ filter: { sectors: ['no-such-sector'] } }, /Unknown sector ids: no-such-sector/],
    [{ filter: { left: { countries: [] } } }, /`filter.left` is empty/],
    [{ first: 101 }, /`first` must be between 0 and 100/],
    [{ after: 'not-a-cursor' }, /`after` is not a gaps cursor/],
  ])('refuses bad input %j with BAD_USER_INPUT', async (variables, message) => {
    const reply = await execute(GAPS, variables);
    expect(reply.data).toBeNull();
    expect(reply.errors).toHaveLength(1);
    expect(reply.errors[0]?.code).toBe('BAD_USER_INPUT');
    expect(reply.errors[0]?.message).toMatch(message);
  });
});

describe('Query.gapRanking', () => {
  it('gives the same page as gaps, with the total and no bound on the seed', async () => {
    const reply = await execute(`{
      gapRanking(first: 5) { totalCount bounds { sector { id } } candidates { left { id } right { id } cursor } }
      gaps(first: 5) { left { id } right { id } cursor }
    }`);
    expect(reply.errors).toEqual([]);
    const ranking = reply.data?.['gapRanking'] as { totalCount: number; bounds: unknown[]; candidates: unknown[] };
    expect(ranking.candidates).toEqual(reply.data?.['gaps']);
    expect(ranking.totalCount).toBeGreaterThan(10);
    expect(ranking.bounds).toEqual([]);
  });
});

describe('Query.cooperationMatrix', () => {
  it('answers with cells and the under-served as entities', async () => {
    const reply = await execute(MATRIX);
    expect(reply.errors).toEqual([]);
    const matrix = reply.data?.['cooperationMatrix'] as {
      cells: { sector: { id: string }; gapIndex: number; ties: number }[];
      underServed: { __typename: string; id: string; entityKind: string }[];
    };
    const gapIndexOf = (id: string) => matrix.cells.find((c) => c.sector.id === id)?.gapIndex;
    expect(gapIndexOf('aerospace')).toBeLessThan(gapIndexOf('ocean') ?? 0);
    expect(matrix.underServed).toContainEqual({
      __typename: 'Cluster',
      id: 'blue-economy-supercluster',
      name: 'Blue Economy Supercluster',
      entityKind: 'CLUSTER',
    });
    expect(matrix.underServed).toContainEqual({
      __typename: 'Sector',
      id: 'ocean',
      name: 'Ocean',
      entityKind: 'SECTOR',
    });
    // The filter check; presence, ties, tied pairs and the under-served in one read transaction.
    expect(reply.roundTrips).toBe(5);
  });

  it('refuses an unknown country with BAD_USER_INPUT', async () => {
    const reply = await execute(MATRIX, { filter: { left: { countries: ['XX', 'FR'] } } });
    expect(reply.errors[0]?.code).toBe('BAD_USER_INPUT');
    expect(reply.errors[0]?.message).toMatch(/Unknown country codes: XX/);
  });
});
