import { countsAsTie } from '../network/tie-rule.js';

/**
 * The gap analysis in Cypher: everything is computed in the database, values only as parameters.
 * Shared parameters: $left, $right (upper-case country codes of each side, disjoint), $sectors
 * (requested sector ids, or null for all: each stands for itself and its sub-sectors), $kinds
 * (the cluster kinds that take part), $includePlanned (planned and initiated agreements count as
 * ties, by the tie rule of network/tie-rule.ts).
 */

/** The tie patterns between `a` and another cluster `o`: the three kinds, as UNION branches. */
const tiedClusters = (a: string, o: string) => `
    MATCH (${a})-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(${o}:Cluster) WHERE ${o} <> ${a} AND ${countsAsTie('agreement')} RETURN ${o}
    UNION
    MATCH (${a})-[:ORGANISED|JOINED|MET]-(:Mission)-[:ORGANISED|JOINED|MET]-(${o}:Cluster) WHERE ${o} <> ${a} RETURN ${o}
    UNION
    MATCH (${a})-[:MEMBER_OF]->(:Partnership)<-[:MEMBER_OF]-(${o}:Cluster) WHERE ${o} <> ${a} RETURN ${o}`;

/** The sectors in scope: the requested ones and everything below them. */
const SCOPE = `COLLECT {
  MATCH (x:Sector)
  WHERE $sectors IS NULL OR EXISTS { MATCH (x)-[:PART_OF*0..]->(root:Sector) WHERE root.id IN $sectors }
  RETURN x.id
}`;

/**
 * Per sector in scope, the clusters of each side active in it or below it that enter pair
 * generation: superclusters first, then the most active (agreements, partnerships and missions),
 * then by id; at most $perSide of them (null: all), with how many there are, so that the bound
 * is reported. Each cluster of the sides is visited once: its activity is counted once and it is
 * added, in that one global order, to every sector of the scope it is active in or below, so a
 * cluster kept in a sector is kept in its sub-sectors. Also the priorities of the sides: sectors
 * (with everything below them) that a source names a side's priority, or that a side's
 * supercluster works in.
 */
export const GAP_SIDES = `
WITH ${SCOPE} AS scope
MATCH (c:Cluster)
WHERE c.countryCode IN $left + $right AND c.kind IN $kinds
WITH scope, c
ORDER BY c.kind = 'SUPERCLUSTER' DESC,
  COUNT { (c)-[:PARTY_TO|MEMBER_OF|ORGANISED|JOINED]->() } + COUNT { (c)<-[:MET]-() } DESC, c.id
UNWIND COLLECT {
  MATCH (c)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(x:Sector) WHERE x.id IN scope RETURN DISTINCT x
} AS x
WITH x, collect(CASE WHEN c.countryCode IN $left THEN c.id END) AS lefts,
  collect(CASE WHEN c.countryCode IN $right THEN c.id END) AS rights
WHERE size(lefts) > 0 AND size(rights) > 0
RETURN x {.*, labels: labels(x)} AS sector,
  CASE WHEN $perSide IS NULL THEN lefts ELSE lefts[..toInteger($perSide)] END AS left, size(lefts) AS leftClusters,
  CASE WHEN $perSide IS NULL THEN rights ELSE rights[..toInteger($perSide)] END AS right, size(rights) AS rightClusters,
  COLLECT {
    MATCH (x)-[:PART_OF*0..]->(ps:Sector)<-[:PRIORITY_SECTOR]-(k:Country)
    WHERE k.code IN $left + $right
    RETURN {prioritySector: ps.name, supercluster: null, country: k.name} AS p
    UNION
    MATCH (x)-[:PART_OF*0..]->(ps:Sector)<-[:ACTIVE_IN]-(sc:Cluster {kind: 'SUPERCLUSTER'})
    WHERE sc.countryCode IN $left + $right
    RETURN {prioritySector: ps.name, supercluster: sc.name,
      country: COLLECT { MATCH (k:Country {code: sc.countryCode}) RETURN k.name }[0]} AS p
  } AS priority`;

/**
 * What each cluster of $ids brings to a pair, computed once per cluster whatever the number of
 * sectors it is paired in: the clusters tied to it, its sectors (with their ancestors), its
 * places (with the regions containing them), its partnerships with the countries they target,
 * and its missions (its own, or its partnerships') with where they went and whom they met.
 */
export const GAP_EVIDENCE = `
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
RETURN c.id AS id, c.name AS name, c.kind AS kind, c.countryCode AS countryCode,
  COLLECT { MATCH (k:Country {code: c.countryCode}) RETURN k.name }[0] AS countryName,
  [o IN COLLECT {${tiedClusters('c', 'o')}
  } | o.id] AS tied,
  COLLECT {
    MATCH (c)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s:Sector)
    WITH DISTINCT s
    RETURN {id: s.id, name: s.name, ancestors: COLLECT { MATCH (s)-[:PART_OF*1..]->(a:Sector) RETURN DISTINCT a.id }}
  } AS sectors,
  COLLECT { MATCH (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(g:Region) RETURN DISTINCT g.id } AS regions,
  COLLECT {
    MATCH (c)-[:MEMBER_OF]->(p:Partnership)
    RETURN {id: p.id, name: coalesce(p.acronym, p.name), targets: COLLECT { MATCH (p)-[:TARGETS]->(t:Country) RETURN t.code }}
  } AS partnerships,
  COLLECT {
    CALL (c) {
      MATCH (c)-[:ORGANISED|JOINED]->(m:Mission) RETURN m, null AS through
      UNION
      MATCH (c)-[:MEMBER_OF]->(p:Partnership)-[:ORGANISED]->(m:Mission) RETURN m, coalesce(p.acronym, p.name) AS through
    }
    RETURN {
      id: m.id,
      name: m.name,
      through: through,
      visited: COLLECT { MATCH (m)-[:VISITED]->(g:Region) RETURN {id: g.id, name: g.name} },
      met: COLLECT { MATCH (m)-[:MET]->(o:Cluster) RETURN {id: o.id, name: o.name} }
    }
  } AS missions`;

/** The common partners of the candidates ($ids): name and degree (the number of clusters each is tied to), for Adamic–Adar. */
export const GAP_PARTNER_DEGREES = `
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
RETURN c.id AS id, c.name AS name, size(COLLECT {${tiedClusters('c', 'o')}
}) AS degree`;

/** The clusters of one page of candidates ($ids), as entities. */
export const GAP_CLUSTERS = `
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
RETURN c {.*, labels: labels(c)} AS node`;

/**
 * Checks a filter against the graph: $countries (upper-case codes named by either side) and
 * $sectors (ids or null). Returns the unknown ones and the codes of the EU bloc.
 */
export const CHECK_GAP_FILTER = `
RETURN [code IN $countries WHERE NOT EXISTS { MATCH (:Country {code: code}) }] AS unknownCountries,
  [id IN coalesce($sectors, []) WHERE NOT EXISTS { MATCH (:Sector {id: id}) }] AS unknownSectors,
  COLLECT { MATCH (k:Country) WHERE k.eu = true RETURN k.code ORDER BY k.code } AS euCountries`;

/** The clusters of a side active in sector s or below it (`side` is $left or $right). */
const presence = (side: '$left' | '$right') => `COUNT {
    MATCH (c:Cluster)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s)
    WHERE c.countryCode IN ${side} AND c.kind IN $kinds
    RETURN DISTINCT c
  }`;

/** One row per sector in scope that has clusters on a side: the clusters of each side active in it or below it. */
export const MATRIX_PRESENCE = `
WITH ${SCOPE} AS scope
MATCH (s:Sector) WHERE s.id IN scope
WITH s, ${presence('$left')} AS leftClusters, ${presence('$right')} AS rightClusters
WHERE leftClusters + rightClusters > 0
RETURN s {.*, labels: labels(s)} AS sector, leftClusters, rightClusters
ORDER BY s.name, s.id`;

/** The ids of the sectors cluster `c` is active in, with every sector above them. */
const SECTORS_OF_C = 'COLLECT { MATCH (c)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s:Sector) RETURN DISTINCT s.id }';

/**
 * Per sector in scope and kind (agreements, missions, partnerships): the instruments in the
 * sector (or below it) that join a cluster of each side both active in that sector, so that a
 * row counting ties always has clusters on both sides. Found from the right side's instruments
 * and computed once per instrument, not once per sector.
 */
export const MATRIX_TIES = `
WITH ${SCOPE} AS scope
CALL () {
  MATCH (r:Cluster)-[:PARTY_TO]->(v:Agreement) WHERE r.countryCode IN $right AND r.kind IN $kinds AND ${countsAsTie('v')}
  WITH DISTINCT v
  RETURN v, 'agreements' AS kind,
    COLLECT { MATCH (v)-[:COVERS]->(:Sector)-[:PART_OF*0..]->(s:Sector) RETURN DISTINCT s.id } AS covered,
    COLLECT { MATCH (v)<-[:PARTY_TO]-(c:Cluster) WHERE c.kind IN $kinds RETURN c } AS parties
  UNION
  MATCH (r:Cluster)-[:ORGANISED|JOINED|MET]-(v:Mission) WHERE r.countryCode IN $right AND r.kind IN $kinds
  WITH DISTINCT v
  RETURN v, 'missions' AS kind,
    COLLECT { MATCH (v)-[:FOCUSED_ON]->(:Sector)-[:PART_OF*0..]->(s:Sector) RETURN DISTINCT s.id } AS covered,
    COLLECT { MATCH (v)-[:ORGANISED|JOINED|MET]-(c:Cluster) WHERE c.kind IN $kinds RETURN DISTINCT c } AS parties
  UNION
  MATCH (r:Cluster)-[:MEMBER_OF]->(v:Partnership) WHERE r.countryCode IN $right AND r.kind IN $kinds
  WITH DISTINCT v
  RETURN v, 'partnerships' AS kind,
    COLLECT { MATCH (v)-[:IN_SECTOR]->(:Sector)-[:PART_OF*0..]->(s:Sector) RETURN DISTINCT s.id } AS covered,
    COLLECT { MATCH (v)<-[:MEMBER_OF]-(c:Cluster) WHERE c.kind IN $kinds RETURN c } AS parties
}
UNWIND parties AS c
WITH scope, v, kind, covered, c, CASE WHEN c.countryCode IN $left THEN 'left' WHEN c.countryCode IN $right THEN 'right' END AS side
WHERE side IS NOT NULL
UNWIND ${SECTORS_OF_C} AS sector
WITH scope, v, kind, covered, sector, collect(DISTINCT side) AS sides
WHERE size(sides) = 2 AND sector IN covered AND sector IN scope
RETURN sector, kind, count(v) AS n`;

/**
 * Per sector in scope, the pairs (a cluster of each side, both active in the sector or below it)
 * that are tied in any way, in any sector: the pairs that can never be gap candidates. Found
 * from the ties of the right side's clusters, so the work follows ties, not pairs.
 */
export const MATRIX_TIED_PAIRS = `
WITH ${SCOPE} AS scope
MATCH (r:Cluster) WHERE r.countryCode IN $right AND r.kind IN $kinds
CALL (r) {${tiedClusters('r', 'l')}
}
WITH scope, r, l WHERE l.countryCode IN $left AND l.kind IN $kinds
WITH scope, l, r,
  COLLECT { MATCH (r)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s:Sector) RETURN DISTINCT s.id } AS rightSectors
UNWIND COLLECT {
  MATCH (l)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s:Sector)
  WHERE s.id IN rightSectors AND s.id IN scope
  RETURN DISTINCT s.id
} AS sector
RETURN sector, count(*) AS tiedPairs`;

/**
 * The under-served: superclusters of either side (active in the scope) with no tie to any cluster
 * of the other side, and a side's priority sectors (named by the sources, or the sectors its
 * superclusters work in) in the scope that no agreement, mission or partnership joining both sides covers.
 */
export const UNDER_SERVED = `
WITH ${SCOPE} AS scope
CALL (scope) {
  MATCH (sc:Cluster {kind: 'SUPERCLUSTER'})
  WHERE (sc.countryCode IN $left OR sc.countryCode IN $right)
    AND EXISTS { MATCH (sc)-[:ACTIVE_IN]->(x:Sector) WHERE x.id IN scope }
  WITH sc, CASE WHEN sc.countryCode IN $left THEN $right ELSE $left END AS other
  WHERE NOT EXISTS {
    CALL (sc) {${tiedClusters('sc', 'o')}
    }
    WITH o WHERE o.countryCode IN other
    RETURN o
  }
  RETURN sc AS entity, 0 AS rank
  UNION
  MATCH (s:Sector)
  WHERE s.id IN scope
    AND (EXISTS { MATCH (k:Country)-[:PRIORITY_SECTOR]->(s) WHERE k.code IN $left OR k.code IN $right }
      OR EXISTS { MATCH (sc:Cluster {kind: 'SUPERCLUSTER'})-[:ACTIVE_IN]->(s) WHERE sc.countryCode IN $left OR sc.countryCode IN $right })
  WITH DISTINCT s
  WHERE NOT EXISTS {
    MATCH (v)-[:COVERS|FOCUSED_ON|IN_SECTOR]->(:Sector)-[:PART_OF*0..]->(s)
    WHERE (v:Agreement OR v:Mission OR v:Partnership) AND ${countsAsTie('v')}
      AND EXISTS { MATCH (v)-[:PARTY_TO|ORGANISED|JOINED|MET|MEMBER_OF]-(c:Cluster) WHERE c.countryCode IN $left AND c.kind IN $kinds }
      AND EXISTS { MATCH (v)-[:PARTY_TO|ORGANISED|JOINED|MET|MEMBER_OF]-(c:Cluster) WHERE c.countryCode IN $right AND c.kind IN $kinds }
  }
  RETURN s AS entity, 1 AS rank
}
RETURN entity {.*, labels: labels(entity)} AS node
ORDER BY rank, entity.name`;
