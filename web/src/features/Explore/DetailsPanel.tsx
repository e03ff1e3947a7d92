import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import { EditActions } from '../Editing/EditActions';
import { ClusterDetails } from './ClusterDetails';
import { EntityDetails } from './EntityDetails';
import { LastChange } from './LastChange';

export const DetailsQuery = graphql(`
  query EntityDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      ...EntityDetails_entity
      ... on Cluster {
        ...ClusterDetails_cluster
      }
    }
  }
`);

export interface DetailsPanelProps {
  id: string;
  onSelect: (id: string) => void;
  onClose: () => void;
  actions?: React.ReactNode;
}

/** The container that owns the details query; the parts render their own fragments. */
export function DetailsPanel({ id, onSelect, onClose, actions }: DetailsPanelProps) {
  const [result, reexecute] = useQuery({
    query: DetailsQuery,
    variables: { id },
  });
  const node = result.data?.node;
  return (
    <section
      className="panel details-panel"
      aria-label="Details"
      data-testid="details-panel"
      aria-busy={result.fetching}
    >
      <div className="panel-bar">
        {actions}
        <button type="button" className="icon" onClick={onClose} aria-label="Close details" title="Close">
          ✕
        </button>
      </div>
      {result.fetching && !node && <Loading label="Loading details…" />}
      {result.error && (
        <ErrorState
          what="the details"
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {!result.fetching && !result.error && !node && <EmptyState title={`Nothing is known as “${id}”.`} />}
      {node?.__typename === 'Cluster' ? (
        <ClusterDetails cluster={node} onSelect={onSelect} />
      ) : (
        node && <EntityDetails entity={node} onSelect={onSelect} />
      )}
      {node && <LastChange id={node.id} />}
      {node && <EditActions id={node.id} name={node.name} typename={node.__typename} />}
    </section>
  );
}
