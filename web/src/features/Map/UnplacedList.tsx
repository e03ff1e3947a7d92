import type { UnplacedCluster } from '../../graph/geo';

/** The clusters the map cannot place, each with why: listed, never put at a made-up point. */
export function UnplacedList({
  withoutCity,
  unplaced,
  undrawnTies,
  onSelect,
}: {
  withoutCity: readonly UnplacedCluster[];
  unplaced: readonly UnplacedCluster[];
  undrawnTies: number;
  onSelect: (id: string) => void;
}) {
  if (withoutCity.length === 0 && unplaced.length === 0 && undrawnTies === 0) return null;
  return (
    <section className="panel unplaced" aria-labelledby="unplaced-title" data-testid="unplaced">
      <h2 id="unplaced-title" className="sidebar-title">
        Without a city ({withoutCity.length + unplaced.length})
      </h2>
      <p className="hint">
        A cluster is placed only at a city the gazetteer knows. These are drawn in one dashed circle per country
        {unplaced.length > 0 && `, or not at all (${unplaced.length} with no country on the map)`}.
        {undrawnTies > 0 &&
          ` ${undrawnTies} of the ties shown join two clusters at one point, or one not on the map: listed, not drawn.`}
      </p>
      <ByReason title="In their country’s circle" clusters={withoutCity} onSelect={onSelect} />
      <ByReason title="Not on the map" clusters={unplaced} onSelect={onSelect} />
    </section>
  );
}

/** Grouped by reason: on a large graph most share one, and the list stays readable. */
function ByReason({
  title,
  clusters,
  onSelect,
}: {
  title: string;
  clusters: readonly UnplacedCluster[];
  onSelect: (id: string) => void;
}) {
  if (clusters.length === 0) return null;
  const byReason = new Map<string, UnplacedCluster[]>();
  for (const c of clusters) byReason.set(c.reason, [...(byReason.get(c.reason) ?? []), c]);
  return (
    <>
      <h3 className="unplaced-kind">
        {title} ({clusters.length})
      </h3>
      {[...byReason].map(([reason, list]) => (
        <details key={reason}>
          <summary>
            {reason} ({list.length})
          </summary>
          <ul>
            {list.map((c) => (
              <li key={c.id}>
                <button type="button" className="linkish" onClick={() => onSelect(c.id)}>
                  {c.label}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}
