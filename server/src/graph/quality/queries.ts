/** Data-quality queries: what the graph holds, and every fact that breaks an invariant. */

/** Nodes per label (a node with :Entity counts under its domain label only). */
export const COUNT_LABELS = `
MATCH (n)
UNWIND [label IN labels(n) WHERE label <> 'Entity'] AS label
RETURN label, count(*) AS count
ORDER BY label`;

/** Relationships per type. */
export const COUNT_RELATIONSHIPS = `
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type`;

/** Facts that must cite a source and do not. */
export const UNCITED = `
MATCH (n:Entity)
WHERE (n:Cluster OR n:Agreement OR n:Mission OR n:Partnership OR n:Event) AND NOT (n)-[:CITED_IN]->(:Source)
RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n.id AS id
ORDER BY label, id`;

/** Clusters with no country, directly or through their region. */
export const WITHOUT_COUNTRY = `
MATCH (c:Cluster)
WHERE NOT (c)-[:LOCATED_IN]->(:Country) AND NOT (c)-[:LOCATED_IN]->(:Region)-[:IN]->(:Country)
RETURN c.id AS id
ORDER BY id`;

/** Agreements with neither two parties nor a party and the partnership it faces (ON_BEHALF_OF). */
export const FEW_PARTIES = `
MATCH (a:Agreement)
WITH a, COUNT { (:Cluster)-[:PARTY_TO]->(a) } AS parties
WHERE parties < 2 AND NOT (parties = 1 AND EXISTS { (a)-[:ON_BEHALF_OF]->(:Partnership) })
RETURN a.id AS id, parties
ORDER BY id`;

/** Every fact with a date (or a founding year), with the excerpts that cite it: for date-precision.ts. */
export const DATED_FACTS = `
MATCH (n:Entity)
WHERE n.startsOn IS NOT NULL OR n.endsOn IS NOT NULL OR n.signedOn IS NOT NULL OR n.foundedYear IS NOT NULL
RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n.id AS id,
  {startsOn: n.startsOn, endsOn: n.endsOn, signedOn: n.signedOn, foundedYear: n.foundedYear} AS dates,
  [(n)-[c:CITED_IN]->(:Source) | c.excerpt] AS excerpts
ORDER BY label, id`;
