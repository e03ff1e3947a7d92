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

// Agreements' dated steps: the timeline marks the years agreements are updated and end, and asks
// for those steps only (MARKED_STEPS): every signing too was 1.2 MB at 10,000 clusters, 1–3 s of
// the server's time after every Explore page, in the way of the page's next question.
export const AgreementEventsQuery = graphql(`
  query AgreementEvents($events: [AgreementEventKind!]) {
    agreementEvents(events: $events) {
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
