import { graphql } from '../../gql';

export const ReviewCandidateFragment = graphql(`
  fragment ReviewCandidate on CandidateFact {
    id
    kind
    status
    name
    match {
      id
      name
      entityKind
    }
    parties {
      name
      match {
        id
        name
      }
    }
    agreementKind
    agreementStatus
    startsOn
    endsOn
    country
    places
    excerpt
    start
    end
    confidence
    reasons
    entity {
      id
      name
      entityKind
    }
    decidedBy
    decidedAt
    reason
  }
`);

export const DocumentReviewQuery = graphql(`
  query DocumentReview($id: ID!) {
    documentReview(id: $id) {
      id
      title
      text
      createdAt
      createdBy
      source {
        id
        title
      }
      candidates {
        ...ReviewCandidate
      }
    }
  }
`);

export const DocumentReviewsQuery = graphql(`
  query DocumentReviews {
    documentReviews(first: 20) {
      id
      title
      createdAt
      createdBy
    }
  }
`);

export const ProposeFactsMutation = graphql(`
  mutation ProposeFacts($document: DocumentInput!) {
    proposeFacts(document: $document) {
      id
    }
  }
`);

export const AcceptCandidateMutation = graphql(`
  mutation AcceptCandidate($id: ID!, $edit: CandidateEditInput) {
    acceptCandidate(id: $id, edit: $edit) {
      id
      name
      entityKind
    }
  }
`);

export const RejectCandidateMutation = graphql(`
  mutation RejectCandidate($id: ID!, $reason: String) {
    rejectCandidate(id: $id, reason: $reason) {
      id
      status
      reason
    }
  }
`);
