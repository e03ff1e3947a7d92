/** Countries and regions. */

/** Every country by name. */
export const ALL_COUNTRIES = `
MATCH (m:Country)
RETURN m {.*, labels: labels(m)} AS node
ORDER BY m.name`;

/** Regions by name; $country (upper-case code) or null for all. Sub-regions count through their larger region. */
export const REGIONS = `
MATCH (m:Region)
WHERE $country IS NULL OR m.countryCode = $country
   OR EXISTS { MATCH (m)-[:PART_OF*0..3]->(:Region)-[:IN]->(:Country {code: $country}) }
RETURN m {.*, labels: labels(m)} AS node
ORDER BY m.name, m.id`;
