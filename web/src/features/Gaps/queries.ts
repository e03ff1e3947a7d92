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
    gapRanking(filter: $filter, first: $first) {
      totalCount
      bounds {
        sector {
          id
          name
        }
        leftConsidered
        leftClusters
        rightConsidered
        rightClusters
      }
      candidates {
        ...GapCandidateItem
      }
    }
  }
`);

/** The clusters a matrix cell counts: one side's countries, the sector (sub-sectors included), the kinds the analysis counts. */
export const GapCellClustersQuery = graphql(`
  query GapCellClusters($filter: ClusterFilter, $first: Int) {
    clusters(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          country {
            code
            name
          }
        }
      }
    }
  }
`);
