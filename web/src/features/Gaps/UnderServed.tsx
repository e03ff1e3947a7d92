import { useState } from 'react';
import { EntityLink } from '../../components/EntityLink';
import type { GapMatrixFragment } from '../../gql/graphql';
import { formatCount } from '../../graph/format';

/** Clusters listed until asked for all: at 10,000 clusters the EU and Canada have 626 here (658 entries). */
const CLUSTERS_FIRST = 25;

/** Superclusters with no tie to the other side, and priority sectors no tie between the sides covers. */
export function UnderServed({
  entries,
  onSelectCluster,
  onSector,
}: {
  entries: GapMatrixFragment['underServed'];
  onSelectCluster: (id: string) => void;
  onSector: (id: string) => void;
}) {
  const [all, setAll] = useState(false);
  // The priority sectors (a few) first, always; then the clusters, the first of them until asked.
  const clusters = entries.filter((e) => e.__typename === 'Cluster');
  const others = entries.filter((e) => e.__typename !== 'Cluster');
  const shownClusters = all ? clusters : clusters.slice(0, CLUSTERS_FIRST);
  const shown = [...others, ...shownClusters];
  return (
    <section className="under-served" aria-label="Under-served" data-testid="gaps-under-served">
      <h3>Under-served</h3>
      <p className="hint">
        Superclusters with no tie to the other side, and priority sectors that no tie between the sides covers.
      </p>
      {entries.length === 0 ? (
        <p className="muted">None for these sides.</p>
      ) : (
        <ul>
          {shown.map((e) => (
            <li key={e.id}>
              {e.__typename === 'Cluster' ? (
                <>
                  <EntityLink id={e.id} name={e.name} onSelect={onSelectCluster} />
                  <span className="muted">
                    {' '}
                    · {e.clusterKind === 'SUPERCLUSTER' ? 'supercluster' : 'cluster'}
                    {e.country ? `, ${e.country.name}` : ''}
                  </span>
                </>
              ) : e.__typename === 'Sector' ? (
                <>
                  <button type="button" className="linkish" onClick={() => onSector(e.id)}>
                    {e.name}
                  </button>
                  <span className="muted"> · priority sector</span>
                </>
              ) : (
                <span>{e.name}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {shownClusters.length < clusters.length && (
        <p className="muted" data-testid="under-served-more">
          The first {shownClusters.length} of {formatCount(clusters.length)} clusters.{' '}
          <button type="button" className="linkish" onClick={() => setAll(true)}>
            Show all
          </button>
        </p>
      )}
    </section>
  );
}
