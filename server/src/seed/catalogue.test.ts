import { describe, expect, it } from 'vitest';
import { buildCatalogue, SeedError } from './catalogue.js';
import { seedFileSchema, type SeedFile } from './format.js';

const file = (id: string, body: Partial<Record<keyof SeedFile, unknown>>): SeedFile =>
  seedFileSchema.parse({ source: { id, file: `${id}.txt`, title: id }, ...body });

const canada = { code: 'CA', name: 'Canada', eu: false };
const france = { code: 'FR', name: 'France', eu: true };
const aero = {
  id: 'aero-montreal',
  name: 'Aéro Montréal',
  kind: 'CLUSTER',
  country: 'CA',
  cite: 'Aéro Montréal, the aerospace cluster',
};
const skywin = { id: 'skywin', name: 'Skywin', kind: 'CLUSTER', country: 'FR', cite: 'Skywin' };

const problemsOf = (files: SeedFile[]): string[] => {
  try {
    buildCatalogue(files);
    return [];
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
};

describe('buildCatalogue', () => {
  it('merges an entity named by two documents, with a citation from each', () => {
    const catalogue = buildCatalogue([
      file('a', { countries: [canada], clusters: [aero] }),
      file('b', { clusters: [{ id: 'aero-montreal', acronym: 'AM', aliases: ['Aero Montreal'], cite: 'AM signed' }] }),
    ]);
    expect(catalogue.clusters).toHaveLength(1);
    expect(catalogue.clusters[0]).toMatchObject({ name: 'Aéro Montréal', acronym: 'AM', aliases: ['Aero Montreal'] });
    expect(catalogue.clusters[0]?.citations.map((c) => c.source)).toEqual(['a', 'b']);
  });

  it('reports two documents that disagree on a field', () => {
    const problems = problemsOf([
      file('a', { countries: [canada], clusters: [aero] }),
      file('b', { clusters: [{ ...aero, name: 'Aero Montreal Inc.' }] }),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /cluster aero-montreal: name is "Aéro Montréal" in one file and "Aero Montreal Inc\." in b\.txt/,
      ),
    ]);
  });

  it('reports references to entities no file declares, and agreements with one party', () => {
    const problems = problemsOf([
      file('a', {
        countries: [canada],
        clusters: [{ ...aero, sectors: ['aerospace'] }],
        agreements: [
          {
            id: 'mou',
            title: 'MoU',
            kind: 'MOU',
            status: 'SIGNED',
            parties: ['aero-montreal', 'ghost'],
            cite: 'an MoU',
          },
        ],
      }),
    ]);
    expect(problems).toContain('cluster aero-montreal refers to sector "aerospace", which no seed file declares');
    expect(problems).toContain('agreement mou refers to cluster "ghost", which no seed file declares');
  });

  it('requires two parties (or a party and a partnership), a country per cluster and dates in order', () => {
    const problems = problemsOf([
      file('a', {
        countries: [canada, france],
        clusters: [aero, skywin, { id: 'nowhere', name: 'Nowhere', kind: 'CLUSTER', cite: 'x' }],
        agreements: [
          {
            id: 'mou',
            title: 'MoU',
            kind: 'MOU',
            status: 'SIGNED',
            parties: ['aero-montreal'],
            signedOn: '2019',
            endsOn: '2018-12',
            cite: 'x',
          },
        ],
      }),
    ]);
    expect(problems).toContain('cluster nowhere has no country or region in any file');
    expect(problems).toContain('agreement mou has neither two parties nor a party and the partnership it faces');
    expect(problems).toContain('agreement mou starts (2019) after it ends (2018-12)');
  });

  it('keeps ids unique across kinds', () => {
    const problems = problemsOf([
      file('a', { countries: [canada], sectors: [{ id: 'aero-montreal', name: 'Aero' }], clusters: [aero] }),
    ]);
    expect(problems).toEqual(['id "aero-montreal" is used by a sector and a cluster; ids are unique across the graph']);
  });
});

describe('the seed format', () => {
  it('rejects invented precision and unknown fields', () => {
    const parsed = seedFileSchema.safeParse({
      source: { id: 's', file: 's.txt', title: 'S' },
      missions: [{ id: 'm', title: 'M', startsOn: '2018-6', status: 'DONE', cite: 'x', budget: 3 }],
    });
    expect(parsed.success).toBe(false);
    const messages = parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^missions\.0\.startsOn: dates are/),
        expect.stringMatching(/budget/),
      ]),
    );
  });
});
