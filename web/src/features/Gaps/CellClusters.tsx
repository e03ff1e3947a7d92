import { useQuery } from 'urql';
import { EntityLink } from '../../components/EntityLink';
import { ErrorState, Loading } from '../../components/Status';
import { GAP_CLUSTER_KINDS } from '../../graph/gaps';
import { GapCellClustersQuery } from './queries';

/** Clusters listed at most; the total says how many more there are. */
const SHOWN = 100;

export interface CellClustersProps {
  sector: { id: string; name: string };
  sideLabel: string;
  /** The side's country codes, the EU bloc expanded. */
  countries: readonly string[];
  onSelectCluster: (id: string) => void;
  onClose: () => void;
}

/** The clusters one matrix cell counts, each a link to the explorer. */
export function CellClusters({ sector, sideLabel, countries, onSelectCluster, onClose }: CellClustersProps) {
  const [result, refetch] = useQuery({
    query: GapCellClustersQuery,
    variables: {
      filter: { countries: [...countries], sectors: [sector.id], kinds: [...GAP_CLUSTER_KINDS] },
      first: SHOWN,
    },
  });
  const clusters = result.data?.clusters;
  return (
    <section className="panel cell-clusters" aria-label="Clusters counted" data-testid="gaps-cell-clusters">
      <div className="panel-bar">
        <h3>
          Clusters of {sideLabel} in {sector.name}
          {clusters ? ` (${clusters.totalCount})` : ''}
        </h3>
        <span className="spacer" />
        <button type="button" className="linkish" onClick={onClose}>
          Close
        </button>
      </div>
      {result.fetching && <Loading label="Loading the clusters…" />}
      {result.error && (
        <ErrorState
          what="the clusters"
          error={result.error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {clusters && !result.fetching && (
        <>
          <ul data-count={clusters.edges.length}>
            {clusters.edges.map(({ node }) => (
              <li key={node.id}>
                <EntityLink id={node.id} name={node.name} onSelect={onSelectCluster} />
                {node.country && <span className="muted"> ({node.country.name})</span>}
              </li>
            ))}
          </ul>
          {clusters.totalCount > clusters.edges.length && (
            <p className="muted">
              {clusters.totalCount - clusters.edges.length} more not listed: narrow the side to see them.
            </p>
          )}
        </>
      )}
    </section>
  );
}
