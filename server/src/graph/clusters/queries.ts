import { connectionQueries } from '../entities/connection.js';

/** The clusters' listing: filters as parameters, null meaning "any". */

/** $countries (upper-case codes), $kinds, $sectors (a sub-sector matches its ancestors): each null or a list. */
const CLUSTER_WHERE = `($countries IS NULL OR n.countryCode IN $countries)
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($sectors IS NULL OR EXISTS { MATCH (n)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s:Sector) WHERE s.id IN $sectors })`;

/** A page of clusters by name, with the total count; text through the full-text index. */
export const CLUSTERS_PAGE = connectionQueries('Cluster', CLUSTER_WHERE);
