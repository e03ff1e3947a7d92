import { useQuery } from 'urql';
import { graphql } from '../../gql';

const LastChangeQuery = graphql(`
  query LastChange($id: ID!) {
    changes(entity: $id, first: 1) {
      edges {
        node {
          id
          at
          by
          operation
        }
      }
    }
  }
`);

/** "Last changed by Ada on 4 Dec 2026 (create)": the entity's latest Change from the history, when it has one. */
export function LastChange({ id }: { id: string }) {
  const [result] = useQuery({ query: LastChangeQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const change = result.data?.changes.edges[0]?.node;
  if (!change) return null;
  const when = new Date(change.at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <p className="muted last-change" data-testid="last-change">
      Last changed by <bdi>{change.by}</bdi> on <time dateTime={change.at}>{when}</time> (
      {change.operation.toLowerCase()})
    </p>
  );
}
