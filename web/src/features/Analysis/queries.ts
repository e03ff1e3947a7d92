import { graphql } from '../../gql';

export const AnalysisStatusFragment = graphql(`
  fragment AnalysisStatusFields on AnalysisStatus {
    state
    computedAt
    graphVersion
    message
  }
`);

export const CutFieldsFragment = graphql(`
  fragment CutFields on SinglePointsOfFailure {
    status {
      ...AnalysisStatusFields
    }
    clusters {
      cluster {
        id
        name
      }
      cutOff {
        id
        name
      }
    }
    ties {
      source {
        id
        name
      }
      target {
        id
        name
      }
      cutOff {
        id
        name
      }
    }
  }
`);

export const StructureQuery = graphql(`
  query Structure {
    analysis {
      ...AnalysisStatusFields
    }
    brokers(first: 10) {
      cluster {
        id
        name
      }
      metrics {
        betweenness
        degree
      }
      communities
    }
    singlePointsOfFailure(first: 10) {
      ...CutFields
    }
  }
`);

export const SeparatorsQuery = graphql(`
  query Separators($between: GapFilter) {
    singlePointsOfFailure(between: $between, first: 10) {
      ...CutFields
    }
  }
`);
