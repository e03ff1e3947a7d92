import { graphql } from '../../gql';

export const TimelineQuery = graphql(`
  query Timeline {
    timeline {
      year
      kind
      status
      count
    }
  }
`);

export const TieChangesQuery = graphql(`
  query TieChanges($from: Int!, $to: Int!) {
    tieChanges(from: $from, to: $to) {
      appeared {
        via {
          id
          name
        }
        kind
        year
        parties {
          id
          name
        }
      }
      ended {
        via {
          id
          name
        }
        kind
        year
        parties {
          id
          name
        }
      }
      undated
    }
  }
`);
