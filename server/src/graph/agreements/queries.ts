import { connectionQueries } from '../entities/connection.js';

/** The agreements' listing: filters as parameters, null meaning "any". */

/** $countries (a party based there), $sectors (covered, sub-sectors included), $kinds, $statuses, $fromYear, $toYear. */
const AGREEMENT_WHERE = `($countries IS NULL OR EXISTS { MATCH (n)<-[:PARTY_TO]-(c:Cluster) WHERE c.countryCode IN $countries })
  AND ($sectors IS NULL OR EXISTS { MATCH (n)-[:COVERS]->(:Sector)-[:PART_OF*0..]->(s:Sector) WHERE s.id IN $sectors })
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($statuses IS NULL OR n.status IN $statuses)
  AND ($fromYear IS NULL OR n.year >= $fromYear)
  AND ($toYear IS NULL OR n.year <= $toYear)`;

/** A page of agreements by title, with the total count. */
export const AGREEMENTS_PAGE = connectionQueries('Agreement', AGREEMENT_WHERE);
