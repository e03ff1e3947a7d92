import { graphql } from '../../gql';

/** The shortest chain of ties between two clusters: the Path view's answer, and the Gaps view's nearest connection. */
export const ShortestPathQuery = graphql(`
  query ShortestPath($from: ID!, $to: ID!, $kinds: [TieKind!], $includePlanned: Boolean) {
    shortestPath(from: $from, to: $to, kinds: $kinds, includePlanned: $includePlanned) {
      hops
      nodes {
        ...GraphNode
      }
      edges {
        ...GraphEdge
      }
    }
  }
`);
