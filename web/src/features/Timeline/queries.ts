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

// Agreements' dated steps: the timeline marks the years agreements are updated and end.
export const AgreementEventsQuery = graphql(`
  query AgreementEvents {
    agreementEvents {
      event
      on
      year
      agreement {
        id
        name
      }
      by {
        id
        name
      }
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
