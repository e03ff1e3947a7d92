import { connectionQueries } from '../entities/connection.js';

/** The missions' listing: filters as parameters, null meaning "any". */

/**
 * $countries: visited there (through the larger regions of a city) or a cluster of it organised,
 * joined or hosted; $sectors (sub-sectors included), $statuses, $fromYear, $toYear (start year).
 */
const MISSION_WHERE = `($countries IS NULL
    OR EXISTS { MATCH (n)-[:VISITED]->(:Region)-[:PART_OF*0..3]->(:Region)-[:IN]->(c:Country) WHERE c.code IN $countries }
    OR EXISTS { MATCH (n)-[:ORGANISED|JOINED|MET]-(c:Cluster) WHERE c.countryCode IN $countries })
  AND ($sectors IS NULL OR EXISTS { MATCH (n)-[:FOCUSED_ON]->(:Sector)-[:PART_OF*0..]->(s:Sector) WHERE s.id IN $sectors })
  AND ($statuses IS NULL OR n.status IN $statuses)
  AND ($fromYear IS NULL OR n.year >= $fromYear)
  AND ($toYear IS NULL OR n.year <= $toYear)`;

/** A page of missions by title, with the total count. */
export const MISSIONS_PAGE = connectionQueries('Mission', MISSION_WHERE);
