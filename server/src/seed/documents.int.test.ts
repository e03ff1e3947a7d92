import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../../test/api.js';
import { connectTestGraph, resetToSeed } from '../../test/graph.js';

/** Facts from each source document, as the graph holds them after the seed loads. */

const graph = connectTestGraph();
beforeAll(() => resetToSeed(graph.executor));
afterAll(() => graph.close());

const one = async <T>(cypher: string, params: Record<string, unknown>): Promise<T> => {
  const rows = await graph.executor.read<T>(cypher, params);
  expect(rows).toHaveLength(1);
  return rows[0] as T;
};

const ENTITY = `
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[c:CITED_IN]->(s:Source)
RETURN n {.*} AS props, collect(s.file) AS files,
       [(n)<-[:PARTY_TO]-(p) | p.id] AS parties,
       [(n)-[:VISITED]->(r) | r.id] AS visited,
       [(n)<-[:ORGANISED]-(o) | o.id] AS organisers,
       [(n)-[:TARGETS]->(t) | t.code] AS targets`;

interface EntityFacts {
  props: Record<string, unknown>;
  files: string[];
  parties: string[];
  visited: string[];
  organisers: string[];
  targets: string[];
}
const entity = (id: string) => one<EntityFacts>(ENTITY, { id });

describe('000_a20400d7cfd49c7e.txt (SmartCityTech, ET4S mission)', () => {
  it('holds the mission to Toronto and Montreal of 6–11 November (no year given, so no date), organised by ET4S', async () => {
    const mission = await entity('mission-et4s-toronto-montreal-2022');
    expect(mission.props.startsOn).toBeUndefined();
    expect(mission.props.endsOn).toBeUndefined();
    expect(mission.props.summary).toMatch(/^6–11 November, year not stated/);
    expect(mission.visited.sort()).toEqual(['montreal', 'toronto']);
    expect(mission.organisers).toEqual(['et4s']);
    expect(mission.files).toContain('000_a20400d7cfd49c7e.txt');
  });
});

describe('001_7883b3a097ec0373.txt (ECCP discussion paper on Canada)', () => {
  it('holds the BioValley France–MEDTEQ partnership agreement of 31 January 2017, until 2019', async () => {
    const agreement = await entity('partnership-agreement-biovalley-france-medteq-2017');
    expect(agreement.props).toMatchObject({
      kind: 'PARTNERSHIP_AGREEMENT',
      status: 'SIGNED',
      signedOn: '2017-01-31',
      endsOn: '2019',
    });
    expect(agreement.parties.sort()).toEqual(['biovalley-france', 'medteq']);
    expect(agreement.files).toContain('001_7883b3a097ec0373.txt');
  });

  it('holds the Skywin–Aéro Montréal MoU renewed in 2013', async () => {
    const mou = await entity('mou-skywin-aero-montreal-2013');
    expect(mou.props).toMatchObject({ kind: 'MOU', year: 2013 });
    expect(mou.parties.sort()).toEqual(['aero-montreal', 'skywin']);
  });

  it("holds Canada's seven priority sectors", async () => {
    const rows = await graph.executor.read<{ id: string }>(
      'MATCH (:Country {code: $code})-[:PRIORITY_SECTOR]->(s:Sector) RETURN s.id AS id ORDER BY id',
      { code: 'CA' },
    );
    expect(rows.map((row) => row.id)).toEqual([
      'advanced-manufacturing',
      'agri-food',
      'clean-resources',
      'cleantech',
      'digital-technologies',
      'health-life-sciences',
      'mobility-transport',
    ]);
  });

  it("holds Canada's five superclusters", async () => {
    const { n } = await one<{ n: number }>(
      "MATCH (c:Cluster {kind: 'SUPERCLUSTER'})-[:LOCATED_IN]->(:Entity)-[:IN*0..1]->(:Country {code: $code}) RETURN count(DISTINCT c) AS n",
      { code: 'CA' },
    );
    expect(n).toBe(5);
  });
});

describe('002_9df1e4e1233da199.txt (ECCP country page on Canada)', () => {
  it('holds LASER-GO as in its table: 231 SMEs, 3 partners, targeting Canada among five countries', async () => {
    const laserGo = await entity('laser-go');
    expect(laserGo.props).toMatchObject({ acronym: 'LASER-GO', programme: 'ESCP-4i', smeCount: 231, partnerCount: 3 });
    expect(laserGo.targets.sort()).toEqual(['CA', 'MY', 'SG', 'US', 'ZA']);
    expect(laserGo.files).toContain('002_9df1e4e1233da199.txt');
  });

  it('holds the 13 ESCP-4i partnerships of its table, each targeting Canada', async () => {
    const { n } = await one<{ n: number }>(
      `MATCH (p:Partnership {programme: 'ESCP-4i'})-[:TARGETS]->(:Country {code: 'CA'}), (p)-[:CITED_IN]->(:Source {file: $file})
       RETURN count(DISTINCT p) AS n`,
      { file: '002_9df1e4e1233da199.txt' },
    );
    expect(n).toBe(13);
  });
});

describe('003_56c8a0da8c864b77.txt (TechnoMontréal and CANIETI Occidente)', () => {
  it('holds the ICT collaboration agreement signed on 27 June 2013 between Montreal and Guadalajara', async () => {
    const agreement = await entity('agreement-technomontreal-canieti-occidente-2013');
    expect(agreement.props).toMatchObject({
      kind: 'COLLABORATION_AGREEMENT',
      status: 'SIGNED',
      signedOn: '2013-06-27',
    });
    expect(agreement.parties.sort()).toEqual(['canieti-occidente', 'technomontreal']);
    const places = await graph.executor.read<{ id: string; country: string }>(
      "MATCH (c:Cluster)-[:LOCATED_IN]->(r:Region)-[:IN]->(k:Country) WHERE c.id IN ['technomontreal', 'canieti-occidente'] RETURN c.id AS id, k.code AS country ORDER BY id",
      {},
    );
    expect(places).toEqual([
      { id: 'canieti-occidente', country: 'MX' },
      { id: 'technomontreal', country: 'CA' },
    ]);
  });
});

describe('004_3c4e54db9268d129.txt (KETs4Dual-Use 2.0 mission)', () => {
  it('holds the mission to Canada of 29 May – 2 June 2023 with 12 SMEs, at CANSEC', async () => {
    const mission = await entity('mission-kets4dual-use-canada-2023');
    expect(mission.props).toMatchObject({ startsOn: '2023-05-29', endsOn: '2023-06-02', smeCount: 12 });
    expect(mission.visited).toEqual(expect.arrayContaining(['montreal', 'ottawa']));
    expect(mission.organisers).toEqual(['kets4dual-use-2-0']);
    const events = await graph.executor.read<{ name: string }>(
      'MATCH (:Mission {id: $id})-[:AT]->(e:Event) RETURN e.name AS name',
      {
        id: 'mission-kets4dual-use-canada-2023',
      },
    );
    expect(events.map((e) => e.name).join(' ')).toContain('CANSEC');
  });
});

describe('event organisers, where the text names them', () => {
  it('serves CANSEC organised by CADSEI, the European Pellet Conference run by Upper Austria, and no organiser the text does not name', async () => {
    const api = await createTestApi({ executor: graph.executor });
    try {
      const organisers = async (id: string) => {
        const result = await api.execute<{ node: { organisers: { id: string }[] } | null }>(
          'query ($id: ID!) { node(id: $id) { ... on Event { organisers { id } } } }',
          { variables: { id } },
        );
        expect(result.errors).toBeUndefined();
        return result.data?.node?.organisers.map((o) => o.id).sort();
      };
      expect(await organisers('cansec-2023')).toEqual(['cadsi']);
      expect(await organisers('european-pellet-conference')).toEqual(['government-of-upper-austria']);
      expect(await organisers('wood-pellet-association-of-canada-annual-event')).toEqual([
        'wood-pellet-association-of-canada',
      ]);
      expect(await organisers('mobigoin-event-paris-2018')).toEqual(['mobigoin']);
      // "Co-organiser of the MedFit congress" has no subject; Photonics West's organiser is not in the text.
      expect(await organisers('medfit-congress')).toEqual([]);
      expect(await organisers('photonics-west-2019')).toEqual([]);
    } finally {
      await api.stop();
    }
  });
});
