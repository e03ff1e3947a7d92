import { graphql } from '../../gql';

// The container's queries; the fragments they spread are declared by the components that
// render them (GapMatrix, CandidateList).

export const GapsMatrixQuery = graphql(`
  query GapsMatrix($filter: GapFilter) {
    cooperationMatrix(filter: $filter) {
      ...GapMatrix
    }
  }
`);

export const GapsCandidatesQuery = graphql(`
  query GapsCandidates($filter: GapFilter, $first: Int) {
    gaps(filter: $filter, first: $first) {
      ...GapCandidateItem
    }
  }
`);

/** The nearest connection of a chosen pair, through any kind of tie. */
export const GapPairPathQuery = graphql(`
  query GapPairPath($from: ID!, $to: ID!, $kinds: [TieKind!]) {
    shortestPath(from: $from, to: $to, kinds: $kinds) {
      hops
      nodes {
        id
        label
        entityKind
        country
        sectors
        degree
      }
      edges {
        id
        source
        target
        kind
        via
        years
        weight
      }
    }
  }
`);
