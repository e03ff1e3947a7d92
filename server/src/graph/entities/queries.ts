import { countsAsTie } from '../network/tie-rule.js';
import { nodeProjection, type EntityLabel } from './labels.js';

/**
 * The Cypher of the relation loader: one statement per batch of (relation, id) keys, whatever
 * mix of relations the batch holds, so a level of a GraphQL query costs one round trip.
 */

/** What a relation's rows are. */
export type RelationShape = 'entities' | 'citations' | 'ties';

/**
 * A relation's Cypher, with `n` bound to the keyed entity. Variable names are parameters so that
 * one relation can sit below another in a single statement (prefetch.ts): entities bind `m` and
 * are projected by whoever nests them; other shapes return `item` (their own variables are
 * single letters, never `n<depth>`).
 */
type RelationSpec =
  | { shape: 'entities'; match: (n: string, m: string) => string; label: EntityLabel | undefined }
  | { shape: 'citations' | 'ties'; cypher: (n: string) => string };

/**
 * A relation to entities bound to `m`, projected with the properties of `label` (of any entity
 * without one) and its labels, so that the loader knows its kind.
 */
const entities = (match: (n: string, m: string) => string, label?: EntityLabel): RelationSpec => ({
  shape: 'entities',
  match,
  label,
});

/** A tie branch: the other cluster through one kind of via node. */
const ties = (kind: string, pattern: (n: string) => string): RelationSpec => ({
  shape: 'ties',
  cypher: (n) => `MATCH ${pattern(n)} WHERE m <> ${n}
    WITH DISTINCT m, v RETURN {clusterId: m.id, clusterName: m.name, kind: '${kind}', viaId: v.id, year: v.year} AS item`,
});

/** The allow-list of relations; each entry's Cypher is a constant, values come as parameters. */
export const RELATIONS = {
  /** The entity itself: look-ups by id batch together with the relations of the same level. */
  self: entities((n, m) => `WITH ${n} AS ${m}`),
  /** The sources citing the entity, with their excerpts. */
  citations: {
    shape: 'citations',
    cypher: (n) => `MATCH (${n})-[c:CITED_IN]->(s:Source)
    RETURN {excerpt: c.excerpt, source: s {.id, .title, .publisher, .publishedOn, .file, .url}} AS item`,
  },
  clusterCountry: entities((n, m) => `MATCH (${m}:Country {code: ${n}.countryCode})`, 'Country'),
  clusterRegion: entities((n, m) => `MATCH (${n})-[:LOCATED_IN]->(${m}:Region)`, 'Region'),
  clusterSectors: entities((n, m) => `MATCH (${n})-[:ACTIVE_IN]->(${m}:Sector)`, 'Sector'),
  clusterAgreements: entities((n, m) => `MATCH (${n})-[:PARTY_TO]->(${m}:Agreement)`, 'Agreement'),
  /** Missions it organised, joined, or was met by (MET points from the mission). */
  clusterMissions: entities((n, m) => `MATCH (${n})-[:ORGANISED|JOINED|MET]-(${m}:Mission)`, 'Mission'),
  clusterPartnerships: entities((n, m) => `MATCH (${n})-[:MEMBER_OF]->(${m}:Partnership)`, 'Partnership'),
  /** Planned and initiated agreements are no ties here (Cluster.ties has no includePlanned). */
  clusterTiesAgreement: ties(
    'AGREEMENT',
    (n) => `(${n})-[:PARTY_TO]->(v:Agreement WHERE ${countsAsTie('v', 'false')})<-[:PARTY_TO]-(m:Cluster)`,
  ),
  clusterTiesMission: ties(
    'MISSION',
    (n) => `(${n})-[:ORGANISED|JOINED|MET]-(v:Mission)-[:ORGANISED|JOINED|MET]-(m:Cluster)`,
  ),
  clusterTiesPartnership: ties('PARTNERSHIP', (n) => `(${n})-[:MEMBER_OF]->(v:Partnership)<-[:MEMBER_OF]-(m:Cluster)`),
  agreementParties: entities((n, m) => `MATCH (${n})<-[:PARTY_TO]-(${m}:Cluster)`, 'Cluster'),
  agreementSectors: entities((n, m) => `MATCH (${n})-[:COVERS]->(${m}:Sector)`, 'Sector'),
  agreementPartnership: entities((n, m) => `MATCH (${n})-[:ON_BEHALF_OF]->(${m}:Partnership)`, 'Partnership'),
  agreementMission: entities((n, m) => `MATCH (${n})-[:RESULTED_FROM]->(${m}:Mission)`, 'Mission'),
  agreementUpdates: entities((n, m) => `MATCH (${n})-[:UPDATES]->(${m}:Agreement)`, 'Agreement'),
  agreementUpdatedBy: entities((n, m) => `MATCH (${n})<-[:UPDATES]-(${m}:Agreement)`, 'Agreement'),
  missionOrganisers: entities((n, m) => `MATCH (${n})<-[:ORGANISED]-(${m}:Entity)`),
  missionParticipants: entities((n, m) => `MATCH (${n})<-[:JOINED]-(${m}:Cluster)`, 'Cluster'),
  missionMet: entities((n, m) => `MATCH (${n})-[:MET]->(${m}:Cluster)`, 'Cluster'),
  missionVisited: entities((n, m) => `MATCH (${n})-[:VISITED]->(${m}:Region)`, 'Region'),
  missionSectors: entities((n, m) => `MATCH (${n})-[:FOCUSED_ON]->(${m}:Sector)`, 'Sector'),
  missionEvents: entities((n, m) => `MATCH (${n})-[:AT]->(${m}:Event)`, 'Event'),
  eventRegion: entities((n, m) => `MATCH (${n})-[:IN]->(${m}:Region)`, 'Region'),
  eventMissions: entities((n, m) => `MATCH (${n})<-[:AT]-(${m}:Mission)`, 'Mission'),
  eventOrganisers: entities((n, m) => `MATCH (${n})<-[:ORGANISER_OF]-(${m}:Entity)`),
  partnershipMembers: entities((n, m) => `MATCH (${n})<-[:MEMBER_OF]-(${m}:Cluster)`, 'Cluster'),
  partnershipTargets: entities((n, m) => `MATCH (${n})-[:TARGETS]->(${m}:Country)`, 'Country'),
  partnershipSectors: entities((n, m) => `MATCH (${n})-[:IN_SECTOR]->(${m}:Sector)`, 'Sector'),
  countryRegions: entities((n, m) => `MATCH (${n})<-[:IN]-(${m}:Region)`, 'Region'),
  countryClusters: entities((n, m) => `MATCH (${m}:Cluster {countryCode: ${n}.code})`, 'Cluster'),
  /** A region's country, through the larger regions it is part of when it has no IN of its own. */
  regionCountry: entities((n, m) => `MATCH (${n})-[:PART_OF*0..3]->(:Region)-[:IN]->(${m}:Country)`, 'Country'),
  regionParent: entities((n, m) => `MATCH (${n})-[:PART_OF]->(${m}:Region)`, 'Region'),
  regionClusters: entities(
    (n, m) => `MATCH (${n})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(${m}:Cluster)`,
    'Cluster',
  ),
  sectorParent: entities((n, m) => `MATCH (${n})-[:PART_OF]->(${m}:Sector)`, 'Sector'),
  sectorChildren: entities((n, m) => `MATCH (${n})<-[:PART_OF]-(${m}:Sector)`, 'Sector'),
  sectorClusters: entities((n, m) => `MATCH (${n})<-[:PART_OF*0..]-(:Sector)<-[:ACTIVE_IN]-(${m}:Cluster)`, 'Cluster'),
} as const satisfies Record<string, RelationSpec>;

export type Relation = keyof typeof RELATIONS;

/**
 * The Cypher of one relation below `n` that returns `item`; entities projected by `project`
 * (their node projection by default, which nested relations extend).
 */
export function relationCypher(
  rel: Relation,
  vars: { n: string; m: string },
  project: (m: string, label: EntityLabel | undefined) => string = nodeProjection,
): string {
  const spec: RelationSpec = RELATIONS[rel];
  if (spec.shape !== 'entities') return spec.cypher(vars.n);
  return `${spec.match(vars.n, vars.m)}\n    WITH DISTINCT ${vars.m} RETURN ${project(vars.m, spec.label)} AS item`;
}

/**
 * $keys: [{rel, id}]. One UNION branch per relation in the batch; a branch keeps only the keys of
 * its relation, so every key is answered by exactly one branch.
 */
export function relationsQuery(relations: readonly Relation[]): string {
  const branches = relations.map(
    (rel) => `    WITH n, key WHERE key.rel = '${rel}'\n    ${relationCypher(rel, { n: 'n', m: 'm' })}`,
  );
  return `
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
${branches.join('\n    UNION ALL\n')}
}
RETURN key.rel AS rel, key.id AS id, collect(item) AS items`;
}
