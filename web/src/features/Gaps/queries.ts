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
