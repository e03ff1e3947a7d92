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

/** What one cluster `c` brings to a pair: its ties, sectors, places, partnerships and missions. */
const CLUSTER_EVIDENCE = `
    WITH c, COLLECT {${tiedClusters('c', 'o')}
    } AS tied
    RETURN collect({
      id: c.id,
      name: c.name,
      kind: c.kind,
      countryCode: c.countryCode,
      countryName: COLLECT { MATCH (k:Country {code: c.countryCode}) RETURN k.name }[0],
      node: c {.*, labels: labels(c)},
      neighbours: [o IN tied | {
        id: o.id,
        name: o.name,
        degree: size(COLLECT {${tiedClusters('o', 'p')}
        })
      }],
      sectors: COLLECT {
        MATCH (c)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s:Sector)
        WITH DISTINCT s
        RETURN {id: s.id, name: s.name, ancestors: COLLECT { MATCH (s)-[:PART_OF*1..]->(a:Sector) RETURN a.id }}
      },
      regions: COLLECT { MATCH (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(g:Region) RETURN DISTINCT g.id },
      partnerships: COLLECT {
        MATCH (c)-[:MEMBER_OF]->(p:Partnership)
        RETURN {id: p.id, name: coalesce(p.acronym, p.name), targets: COLLECT { MATCH (p)-[:TARGETS]->(t:Country) RETURN t.code }}
      },
      missions: COLLECT {
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
      }
    }) AS evidence`;

/** The clusters of one side active in sector x or below it, bounded: superclusters first, then the most active. */
const sideOf = (side: '$left' | '$right') => `
    MATCH (c:Cluster)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(x)
    WHERE c.countryCode IN ${side} AND c.kind IN $kinds
    WITH DISTINCT c
    ORDER BY c.kind = 'SUPERCLUSTER' DESC,
      COUNT { (c)-[:PARTY_TO|MEMBER_OF|ORGANISED|JOINED]->() } + COUNT { (c)<-[:MET]-() } DESC,
      c.id
    LIMIT toInteger($perSide)`;

/**
 * Ranked candidate pairs (left, right, sector) with no tie of any kind, each with its evidence and
 * score. A pair is kept once, under the deepest sector both are active in within the scope.
 * Extra parameters: $perSide (bound per sector and side), $weights (points per term, see
 * scoring.ts), $skip, $limit. Returns one row: total and the page.
 */
export const GAP_CANDIDATES = `
WITH ${SCOPE} AS scope,
  COLLECT {
    MATCH (k:Country)-[:PRIORITY_SECTOR]->(ps:Sector)<-[:PART_OF*0..]-(d:Sector)
    WHERE k.code IN $left + $right
    RETURN {sector: d.id, prioritySector: ps.name, supercluster: null, country: k.name}
  } + COLLECT {
    MATCH (sc:Cluster {kind: 'SUPERCLUSTER'})-[:ACTIVE_IN]->(ps:Sector)<-[:PART_OF*0..]-(d:Sector)
    WHERE sc.countryCode IN $left + $right
    RETURN {sector: d.id, prioritySector: ps.name, supercluster: sc.name,
      country: COLLECT { MATCH (k:Country {code: sc.countryCode}) RETURN k.name }[0]}
  } AS priorities
MATCH (x:Sector) WHERE x.id IN scope
CALL (x) {${sideOf('$left')}
  ${CLUSTER_EVIDENCE}
}
WITH scope, priorities, x, evidence AS lefts WHERE size(lefts) > 0
CALL (x) {${sideOf('$right')}
  ${CLUSTER_EVIDENCE}
}
WITH scope, priorities, x, lefts, evidence AS rights WHERE size(rights) > 0
UNWIND lefts AS l
UNWIND rights AS r
WITH scope, priorities, x, l, r, [n IN l.neighbours | n.id] AS leftTied, [n IN r.neighbours | n.id] AS rightTied
// A pair already tied is cooperation that exists, not a gap.
WHERE NOT r.id IN leftTied
WITH scope, priorities, x, l, r, leftTied, rightTied,
  [s IN l.sectors WHERE s.id IN [t IN r.sectors | t.id]] AS shared
WITH scope, priorities, x, l, r, leftTied, rightTied,
  [s IN shared WHERE none(t IN shared WHERE s.id IN t.ancestors)] AS sharedSectors
WITH priorities, x, l, r, leftTied, rightTied, sharedSectors,
  reduce(best = null, s IN [s IN sharedSectors WHERE s.id IN scope] |
    CASE WHEN best IS NULL OR size(s.ancestors) > size(best.ancestors)
      OR (size(s.ancestors) = size(best.ancestors) AND s.id < best.id) THEN s ELSE best END) AS chosen
// Each pair is generated under every shared sector of the scope; keep it under the deepest one only.
WHERE chosen.id = x.id
WITH priorities, x, l, r, leftTied, rightTied, sharedSectors,
  [n IN l.neighbours WHERE n.id IN rightTied] AS commonPartners
WITH priorities, x, l, r, leftTied, rightTied, sharedSectors, commonPartners, [n IN commonPartners | n.id] AS commonIds,
  [p IN l.partnerships WHERE r.countryCode IN p.targets | {partnership: p.name, member: l.name, country: r.countryName}]
  + [p IN r.partnerships WHERE l.countryCode IN p.targets | {partnership: p.name, member: r.name, country: l.countryName}] AS targeting
WITH priorities, x, l, r, sharedSectors, commonPartners, targeting,
  [m IN l.missions WHERE any(g IN m.visited WHERE g.id IN r.regions) |
    {mission: m.name, through: m.through, member: l.name, other: r.name, visited: [g IN m.visited WHERE g.id IN r.regions | g.name], met: []}]
  + [m IN r.missions WHERE any(g IN m.visited WHERE g.id IN l.regions) |
    {mission: m.name, through: m.through, member: r.name, other: l.name, visited: [g IN m.visited WHERE g.id IN l.regions | g.name], met: []}]
  + [m IN l.missions WHERE any(o IN m.met WHERE o.id IN rightTied AND NOT o.id IN commonIds) |
    {mission: m.name, through: m.through, member: l.name, other: r.name, visited: [], met: [o IN m.met WHERE o.id IN rightTied AND NOT o.id IN commonIds | o.name]}]
  + [m IN r.missions WHERE any(o IN m.met WHERE o.id IN leftTied AND NOT o.id IN commonIds) |
    {mission: m.name, through: m.through, member: r.name, other: l.name, visited: [], met: [o IN m.met WHERE o.id IN leftTied AND NOT o.id IN commonIds | o.name]}] AS missionContacts,
  [c IN [l, r] WHERE c.kind = 'SUPERCLUSTER' | c.name] AS superclusters,
  [p IN priorities WHERE p.sector = x.id] AS priority
WITH x, l, r, sharedSectors, commonPartners, targeting, missionContacts, superclusters, priority,
  reduce(a = 0.0, n IN commonPartners | a + 1.0 / log(n.degree)) AS adamicAdar
WITH x, l, r, sharedSectors, commonPartners, targeting, missionContacts, superclusters, priority, adamicAdar,
  $weights.SHARED_SECTORS * size(sharedSectors)
  + $weights.COMMON_PARTNERS * adamicAdar
  + $weights.TARGETING_PARTNERSHIP * CASE WHEN size(targeting) > 0 THEN 1 ELSE 0 END
  + $weights.MISSION_CONTACT * CASE WHEN size(missionContacts) > 0 THEN 1 ELSE 0 END
  + $weights.SUPERCLUSTER * CASE WHEN size(superclusters) > 0 THEN 1 ELSE 0 END
  + $weights.PRIORITY_SECTOR * CASE WHEN size(priority) > 0 THEN 1 ELSE 0 END AS score
ORDER BY score DESC, l.name, r.name, x.name, l.id, r.id, x.id
WITH collect({
  left: l.node,
  right: r.node,
  sector: x {.*, labels: labels(x)},
  score: score,
  adamicAdar: adamicAdar,
  sharedSectors: [s IN sharedSectors | {id: s.id, name: s.name}],
  commonPartners: [n IN commonPartners | {id: n.id, name: n.name, degree: n.degree,
    node: COLLECT { MATCH (k:Cluster {id: n.id}) RETURN k {.*, labels: labels(k)} }[0]}],
  targeting: targeting,
  missionContacts: missionContacts,
  superclusters: superclusters,
  priority: priority
}) AS candidates
RETURN size(candidates) AS total, candidates[toInteger($skip)..toInteger($skip + $limit)] AS page`;

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

/** Whether a tie-bearing node `v` joins clusters of both sides through the given relationship pattern. */
const joinsBothSides = (
  pattern: string,
) => `EXISTS { MATCH ${pattern} WHERE c.countryCode IN $left AND c.kind IN $kinds }
      AND EXISTS { MATCH ${pattern} WHERE c.countryCode IN $right AND c.kind IN $kinds }`;

/**
 * One row per sector in scope that has clusters on a side or a tie between the sides: clusters
 * per side and the agreements, missions and partnerships in it (or below it) that join both sides.
 */
export const COOPERATION_MATRIX = `
WITH ${SCOPE} AS scope
MATCH (s:Sector) WHERE s.id IN scope
WITH s, ${presence('$left')} AS leftClusters, ${presence('$right')} AS rightClusters,
  COUNT {
    MATCH (v:Agreement)-[:COVERS]->(:Sector)-[:PART_OF*0..]->(s)
    WITH DISTINCT v
    WHERE ${countsAsTie('v')} AND ${joinsBothSides('(v)<-[:PARTY_TO]-(c:Cluster)')}
    RETURN v
  } AS agreements,
  COUNT {
    MATCH (v:Mission)-[:FOCUSED_ON]->(:Sector)-[:PART_OF*0..]->(s)
    WITH DISTINCT v
    WHERE ${joinsBothSides('(v)-[:ORGANISED|JOINED|MET]-(c:Cluster)')}
    RETURN v
  } AS missions,
  COUNT {
    MATCH (v:Partnership)-[:IN_SECTOR]->(:Sector)-[:PART_OF*0..]->(s)
    WITH DISTINCT v
    WHERE ${joinsBothSides('(v)<-[:MEMBER_OF]-(c:Cluster)')}
    RETURN v
  } AS partnerships
WHERE leftClusters + rightClusters + agreements + missions + partnerships > 0
RETURN s {.*, labels: labels(s)} AS sector, leftClusters, rightClusters, agreements, missions, partnerships
ORDER BY s.name, s.id`;

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
