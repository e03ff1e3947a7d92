import { countsAsTie } from '../network/tie-rule.js';

/**
 * Time: agreements, missions and partnerships by year and status, and the ties that appeared or
 * ended between two years. An agreement's year is the year it was signed (or is planned for), a
 * mission's the year it started; a fact without one is counted apart, never dropped.
 */

/** Facts per kind, status and year (null: undated); partnerships carry no date. */
export const TIMELINE = `
CALL () {
  MATCH (a:Agreement) RETURN 'AGREEMENT' AS kind, a.status AS status, a.year AS year
  UNION ALL
  MATCH (m:Mission) RETURN 'MISSION' AS kind, m.status AS status, m.year AS year
  UNION ALL
  MATCH (:Partnership) RETURN 'PARTNERSHIP' AS kind, null AS status, null AS year
}
RETURN kind, status, year, count(*) AS count
ORDER BY year, kind, status`;

/** The year part of a partial date property `d` (2017, 2017-06, 2017-06-30), or null. */
const yearOf = (d: string) => `CASE WHEN ${d} IS NULL THEN null ELSE toInteger(left(${d}, 4)) END`;

/**
 * Ties that appeared from $from to $to (both years included): agreements that count as ties,
 * signed in those years, and missions that started in them; ties that ended: agreements whose
 * end date falls in them. Each with its parties (clusters; at least two, or it ties nobody),
 * ordered by year then name.
 */
export const TIE_CHANGES = `
CALL () {
  MATCH (v:Agreement|Mission)
  WHERE ${countsAsTie('v', 'false')} AND v.year >= $from AND v.year <= $to
  RETURN 'APPEARED' AS change, v, v.year AS year
  UNION ALL
  MATCH (v:Agreement)
  WITH v, ${yearOf('v.endsOn')} AS ended
  WHERE ended >= $from AND ended <= $to
  RETURN 'ENDED' AS change, v, ended AS year
}
WITH change, v, year,
  COLLECT { MATCH (v)-[:PARTY_TO|ORGANISED|JOINED|MET]-(c:Cluster) RETURN DISTINCT c.id ORDER BY c.id } AS parties
WHERE size(parties) >= 2
RETURN change, v.id AS id, CASE WHEN v:Agreement THEN 'AGREEMENT' ELSE 'MISSION' END AS kind, year, parties
ORDER BY year, v.name`;

/** Agreements and missions without a year: they cannot be placed between two dates. */
export const UNDATED = `
RETURN COUNT { MATCH (v:Agreement|Mission) WHERE v.year IS NULL } AS undated`;

/**
 * The dated steps of every agreement's life, as its sources give them: signed (signedOn), updated
 * (by a later agreement that UPDATES it, on that one's signedOn: `by`) and ends (endsOn), each at
 * its own precision with its year; a step without a date is not returned. `$events`: the steps
 * wanted (SIGNED, UPDATED, ENDS), or null for all.
 */
export const AGREEMENT_EVENTS = `
MATCH (a:Agreement)
WITH a, [['SIGNED', a.signedOn, null], ['ENDS', a.endsOn, null]]
  + COLLECT { MATCH (a)<-[:UPDATES]-(u:Agreement) RETURN ['UPDATED', u.signedOn, u.id] } AS steps
UNWIND steps AS step
WITH a, step[0] AS event, step[1] AS on, step[2] AS by
WHERE on IS NOT NULL AND ($events IS NULL OR event IN $events)
RETURN a.id AS id, event, on, toInteger(left(on, 4)) AS year, by
ORDER BY on, a.id, event`;
