import { countsAsTie } from '../network/tie-rule.js';
import { nodeProjection, type EntityLabel } from './labels.js';

/**
 * The Cypher of the relation loader: one statement per batch of (relation, id) keys, whatever
 * mix of relations the batch holds, so a level of a GraphQL query costs one round trip.
 */

/** What a relation's rows are. */
export type RelationShape = 'entities' | 'citations' | 'ties';

interface RelationSpec {
  shape: RelationShape;
  /** Cypher run with `n` bound to the keyed entity; entities bind `m`, other shapes return `item`. */
  cypher: string;
}

/**
 * A relation to entities bound to `m`, projected with the properties of `label` (of any entity
 * without one) and its labels, so that the loader knows its kind.
 */
const entities = (match: string, label?: EntityLabel): RelationSpec => ({
  shape: 'entities',
  cypher: `${match}\n    WITH DISTINCT m RETURN ${nodeProjection('m', label)} AS item`,
});

/** A tie branch: the other cluster through one kind of via node. */
const ties = (kind: string, pattern: string): RelationSpec => ({
  shape: 'ties',
  cypher: `MATCH ${pattern} WHERE m <> n
    WITH DISTINCT m, v RETURN {clusterId: m.id, clusterName: m.name, kind: '${kind}', viaId: v.id, year: v.year} AS item`,
});

/** The allow-list of relations; each entry's Cypher is a constant, values come as parameters. */
export const RELATIONS = {
  /** The entity itself: look-ups by id batch together with the relations of the same level. */
  self: entities('WITH n AS m'),
  /** The sources citing the entity, with their excerpts. */
  citations: {
    shape: 'citations',
    cypher: `MATCH (n)-[c:CITED_IN]->(s:Source)
    RETURN {excerpt: c.excerpt, source: s {.id, .title, .publisher, .publishedOn, .file, .url}} AS item`,
  },
  clusterCountry: entities('MATCH (m:Country {code: n.countryCode})', 'Country'),
  clusterRegion: entities('MATCH (n)-[:LOCATED_IN]->(m:Region)', 'Region'),
  clusterSectors: entities('MATCH (n)-[:ACTIVE_IN]->(m:Sector)', 'Sector'),
  clusterAgreements: entities('MATCH (n)-[:PARTY_TO]->(m:Agreement)', 'Agreement'),
  /** Missions it organised, joined, or was met by (MET points from the mission). */
  clusterMissions: entities('MATCH (n)-[:ORGANISED|JOINED|MET]-(m:Mission)', 'Mission'),
  clusterPartnerships: entities('MATCH (n)-[:MEMBER_OF]->(m:Partnership)', 'Partnership'),
  /** Planned and initiated agreements are no ties here (Cluster.ties has no includePlanned). */
  clusterTiesAgreement: ties(
    'AGREEMENT',
    `(n)-[:PARTY_TO]->(v:Agreement WHERE ${countsAsTie('v', 'false')})<-[:PARTY_TO]-(m:Cluster)`,
  ),
  clusterTiesMission: ties('MISSION', '(n)-[:ORGANISED|JOINED|MET]-(v:Mission)-[:ORGANISED|JOINED|MET]-(m:Cluster)'),
  clusterTiesPartnership: ties('PARTNERSHIP', '(n)-[:MEMBER_OF]->(v:Partnership)<-[:MEMBER_OF]-(m:Cluster)'),
  agreementParties: entities('MATCH (n)<-[:PARTY_TO]-(m:Cluster)', 'Cluster'),
  agreementSectors: entities('MATCH (n)-[:COVERS]->(m:Sector)', 'Sector'),
  agreementPartnership: entities('MATCH (n)-[:ON_BEHALF_OF]->(m:Partnership)', 'Partnership'),
  agreementMission: entities('MATCH (n)-[:RESULTED_FROM]->(m:Mission)', 'Mission'),
  agreementUpdates: entities('MATCH (n)-[:UPDATES]->(m:Agreement)', 'Agreement'),
  agreementUpdatedBy: entities('MATCH (n)<-[:UPDATES]-(m:Agreement)', 'Agreement'),
  missionOrganisers: entities('MATCH (n)<-[:ORGANISED]-(m:Entity)'),
  missionParticipants: entities('MATCH (n)<-[:JOINED]-(m:Cluster)', 'Cluster'),
  missionMet: entities('MATCH (n)-[:MET]->(m:Cluster)', 'Cluster'),
  missionVisited: entities('MATCH (n)-[:VISITED]->(m:Region)', 'Region'),
  missionSectors: entities('MATCH (n)-[:FOCUSED_ON]->(m:Sector)', 'Sector'),
  missionEvents: entities('MATCH (n)-[:AT]->(m:Event)', 'Event'),
  eventRegion: entities('MATCH (n)-[:IN]->(m:Region)', 'Region'),
  eventMissions: entities('MATCH (n)<-[:AT]-(m:Mission)', 'Mission'),
  eventOrganisers: entities('MATCH (n)<-[:ORGANISER_OF]-(m:Entity)'),
  partnershipMembers: entities('MATCH (n)<-[:MEMBER_OF]-(m:Cluster)', 'Cluster'),
  partnershipTargets: entities('MATCH (n)-[:TARGETS]->(m:Country)', 'Country'),
  partnershipSectors: entities('MATCH (n)-[:IN_SECTOR]->(m:Sector)', 'Sector'),
  countryRegions: entities('MATCH (n)<-[:IN]-(m:Region)', 'Region'),
  countryClusters: entities('MATCH (m:Cluster {countryCode: n.code})', 'Cluster'),
  /** A region's country, through the larger regions it is part of when it has no IN of its own. */
  regionCountry: entities('MATCH (n)-[:PART_OF*0..3]->(:Region)-[:IN]->(m:Country)', 'Country'),
  regionParent: entities('MATCH (n)-[:PART_OF]->(m:Region)', 'Region'),
  regionClusters: entities('MATCH (n)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(m:Cluster)', 'Cluster'),
  sectorParent: entities('MATCH (n)-[:PART_OF]->(m:Sector)', 'Sector'),
  sectorChildren: entities('MATCH (n)<-[:PART_OF]-(m:Sector)', 'Sector'),
  sectorClusters: entities('MATCH (n)<-[:PART_OF*0..]-(:Sector)<-[:ACTIVE_IN]-(m:Cluster)', 'Cluster'),
} as const satisfies Record<string, RelationSpec>;

export type Relation = keyof typeof RELATIONS;

/**
 * $keys: [{rel, id}]. One UNION branch per relation in the batch; a branch keeps only the keys of
 * its relation, so every key is answered by exactly one branch.
 */
export function relationsQuery(relations: readonly Relation[]): string {
  const branches = relations.map((rel) => `    WITH n, key WHERE key.rel = '${rel}'\n    ${RELATIONS[rel].cypher}`);
  return `
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
${branches.join('\n    UNION ALL\n')}
}
RETURN key.rel AS rel, key.id AS id, collect(item) AS items`;
}
