/** Where clusters are: the graph's side of placing them on the map (the coordinates come from the gazetteer). */

/**
 * Each cluster of $ids with its country code, its region (a city, metro, region or province; null
 * when only its country is known) and the names of that region's larger regions.
 */
export const CLUSTER_LOCATIONS = `
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
OPTIONAL MATCH (c)-[:LOCATED_IN]->(r:Region)
RETURN c.id AS id,
       coalesce(r.countryCode, c.countryCode) AS country,
       r {.id, .name, .kind, aliases: coalesce(r.aliases, [])} AS region,
       COLLECT { MATCH (r)-[:PART_OF*1..3]->(p:Region) RETURN p.name } AS within`;
