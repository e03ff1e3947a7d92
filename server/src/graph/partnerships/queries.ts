import { connectionQueries } from '../entities/connection.js';

/** The partnerships' listing: filters as parameters, null meaning "any". */

/** $targetCountries (upper-case codes), $sectors (sub-sectors included). */
const PARTNERSHIP_WHERE = `($targetCountries IS NULL OR EXISTS { MATCH (n)-[:TARGETS]->(c:Country) WHERE c.code IN $targetCountries })
  AND ($sectors IS NULL OR EXISTS { MATCH (n)-[:IN_SECTOR]->(:Sector)-[:PART_OF*0..]->(s:Sector) WHERE s.id IN $sectors })`;

/** A page of partnerships by name, with the total count. */
export const PARTNERSHIPS_PAGE = connectionQueries('Partnership', PARTNERSHIP_WHERE);
