import { graphql } from '../../gql';

// The editing feature's operations: who is signed in, what a form edits, the writes, the history.

export const CurrentEditorQuery = graphql(`
  query CurrentEditor {
    currentEditor {
      name
    }
  }
`);

/** Every field an editing form shows, for each kind it edits. */
export const EditableEntityQuery = graphql(`
  query EditableEntity($id: ID!) {
    node(id: $id) {
      __typename
      id
      name
      ... on Agreement {
        agreementKind
        status
        signedOn
        endsOn
        summary
        parties {
          id
          name
        }
        sectors {
          id
          name
        }
        partnership {
          id
          name
        }
        mission {
          id
          name
        }
      }
      ... on Mission {
        missionStatus: status
        startsOn
        endsOn
        smeCount
        summary
        organisers {
          id
          name
        }
        participants {
          id
          name
        }
        met {
          id
          name
        }
        visited {
          id
          name
        }
        sectors {
          id
          name
        }
      }
      ... on Partnership {
        acronym
        programme
        smeCount
        partnerCount
        targetCountries {
          id
          name
        }
        sectors {
          id
          name
        }
      }
      ... on Cluster {
        acronym
        aliases
        clusterKind
        description
        website
        foundedYear
        memberCount
        smeCount
        country {
          code
        }
        region {
          id
          name
        }
        sectors {
          id
          name
        }
      }
    }
  }
`);

export const CountriesQuery = graphql(`
  query EditingCountries {
    countries {
      code
      name
    }
  }
`);

export const SourcesQuery = graphql(`
  query EditingSources {
    sources {
      id
      title
      publisher
      publishedOn
    }
  }
`);

export const CreateAgreementMutation = graphql(`
  mutation EditCreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      agreement {
        id
      }
    }
  }
`);

export const UpdateAgreementMutation = graphql(`
  mutation EditUpdateAgreement($id: ID!, $input: UpdateAgreementInput!) {
    updateAgreement(id: $id, input: $input) {
      agreement {
        id
      }
    }
  }
`);

export const DeleteAgreementMutation = graphql(`
  mutation EditDeleteAgreement($id: ID!) {
    deleteAgreement(id: $id) {
      deletedId
    }
  }
`);

export const CreateMissionMutation = graphql(`
  mutation EditCreateMission($input: CreateMissionInput!) {
    createMission(input: $input) {
      mission {
        id
      }
    }
  }
`);

export const UpdateMissionMutation = graphql(`
  mutation EditUpdateMission($id: ID!, $input: UpdateMissionInput!) {
    updateMission(id: $id, input: $input) {
      mission {
        id
      }
    }
  }
`);

export const DeleteMissionMutation = graphql(`
  mutation EditDeleteMission($id: ID!) {
    deleteMission(id: $id) {
      deletedId
    }
  }
`);

export const DeleteClusterMutation = graphql(`
  mutation EditDeleteCluster($id: ID!) {
    deleteCluster(id: $id) {
      deletedId
    }
  }
`);

export const CreatePartnershipMutation = graphql(`
  mutation EditCreatePartnership($input: CreatePartnershipInput!) {
    createPartnership(input: $input) {
      partnership {
        id
      }
    }
  }
`);

export const UpdatePartnershipMutation = graphql(`
  mutation EditUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) {
    updatePartnership(id: $id, input: $input) {
      partnership {
        id
      }
    }
  }
`);

export const DeletePartnershipMutation = graphql(`
  mutation EditDeletePartnership($id: ID!) {
    deletePartnership(id: $id) {
      deletedId
    }
  }
`);

export const UpsertClusterMutation = graphql(`
  mutation EditUpsertCluster($input: UpsertClusterInput!) {
    upsertCluster(input: $input) {
      created
      cluster {
        id
      }
    }
  }
`);

export const AddCitationMutation = graphql(`
  mutation EditAddCitation($entityId: ID!, $source: SourceInput!, $excerpt: String!) {
    addCitation(entityId: $entityId, source: $source, excerpt: $excerpt) {
      sourceId
      entity {
        id
      }
    }
  }
`);

export const EntityHistoryQuery = graphql(`
  query EntityHistory($id: ID!, $after: String) {
    changes(entity: $id, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          by
          operation
          summary
          source {
            id
            title
          }
        }
      }
    }
  }
`);

export const RevertChangeMutation = graphql(`
  mutation EditRevertChange($id: ID!) {
    revertChange(id: $id) {
      change {
        id
        entityId
        operation
      }
    }
  }
`);
