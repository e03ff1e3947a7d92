/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AnalysisStatusFields on AnalysisStatus {\n    state\n    computedAt\n    message\n  }\n": typeof types.AnalysisStatusFieldsFragmentDoc,
    "\n  fragment CutFields on SinglePointsOfFailure {\n    status {\n      ...AnalysisStatusFields\n    }\n    clusters {\n      cluster {\n        id\n        name\n      }\n      cutOff {\n        id\n        name\n      }\n    }\n    ties {\n      source {\n        id\n        name\n      }\n      target {\n        id\n        name\n      }\n      cutOff {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CutFieldsFragmentDoc,
    "\n  query Structure {\n    analysis {\n      ...AnalysisStatusFields\n    }\n    brokers(first: 10) {\n      cluster {\n        id\n        name\n      }\n      metrics {\n        betweenness\n        degree\n      }\n      communities\n    }\n    singlePointsOfFailure(first: 10) {\n      ...CutFields\n    }\n  }\n": typeof types.StructureDocument,
    "\n  query Separators($between: GapFilter) {\n    singlePointsOfFailure(between: $between, first: 10) {\n      ...CutFields\n    }\n  }\n": typeof types.SeparatorsDocument,
    "\n  fragment CitationList_citation on Citation {\n    excerpt\n    source {\n      id\n      title\n      publisher\n      publishedOn\n      file\n      url\n    }\n  }\n": typeof types.CitationList_CitationFragmentDoc,
    "\n  fragment ClusterDetails_cluster on Cluster {\n    id\n    name\n    acronym\n    aliases\n    clusterKind\n    description\n    website\n    country {\n      id\n      code\n      name\n    }\n    region {\n      id\n      name\n    }\n    sectors {\n      id\n      name\n    }\n    agreements {\n      id\n      name\n      agreementKind\n      status\n      signedOn\n      endsOn\n      parties {\n        id\n        name\n      }\n      citations {\n        ...CitationList_citation\n      }\n    }\n    missions {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      organisers {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n      met {\n        id\n        name\n      }\n      citations {\n        ...CitationList_citation\n      }\n    }\n    partnerships {\n      id\n      name\n      acronym\n      programme\n      members {\n        id\n        name\n      }\n      citations {\n        ...CitationList_citation\n      }\n    }\n    citations {\n      ...CitationList_citation\n    }\n  }\n": typeof types.ClusterDetails_ClusterFragmentDoc,
    "\n  query EntityDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ...EntityDetails_entity\n      ... on Cluster {\n        ...ClusterDetails_cluster\n      }\n    }\n  }\n": typeof types.EntityDetailsDocument,
    "\n  fragment EntityDetails_entity on Entity {\n    __typename\n    id\n    name\n    entityKind\n    citations {\n      ...CitationList_citation\n    }\n    ... on Agreement {\n      agreementKind\n      status\n      signedOn\n      endsOn\n      summary\n      parties {\n        id\n        name\n      }\n    }\n    ... on Mission {\n      missionStatus: status\n      startsOn\n      endsOn\n      summary\n      organisers {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n      met {\n        id\n        name\n      }\n    }\n    ... on Partnership {\n      acronym\n      programme\n      members {\n        id\n        name\n      }\n    }\n    ... on Country {\n      code\n      eu\n      countryClusters: clusters {\n        id\n        name\n      }\n    }\n    ... on Region {\n      regionCountry: country {\n        id\n        name\n      }\n      regionClusters: clusters {\n        id\n        name\n      }\n    }\n    ... on Sector {\n      parent {\n        id\n        name\n      }\n      sectorClusters: clusters {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EntityDetails_EntityFragmentDoc,
    "\n  fragment GraphNode on NetworkNode {\n    id\n    label\n    entityKind\n    country\n    sectors\n    degree\n    metrics {\n      betweenness\n      community\n      articulationPoint\n    }\n  }\n": typeof types.GraphNodeFragmentDoc,
    "\n  fragment GraphEdge on NetworkEdge {\n    id\n    source\n    target\n    kind\n    via\n    years\n    weight\n  }\n": typeof types.GraphEdgeFragmentDoc,
    "\n  fragment NetworkGraph on Network {\n    nodes {\n      ...GraphNode\n    }\n    edges {\n      ...GraphEdge\n    }\n  }\n": typeof types.NetworkGraphFragmentDoc,
    "\n  query ExploreNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      ...NetworkGraph\n    }\n  }\n": typeof types.ExploreNetworkDocument,
    "\n  query ExploreNeighbourhood($id: ID!, $filter: NetworkFilter) {\n    neighbourhood(id: $id, depth: 1, filter: $filter) {\n      ...NetworkGraph\n    }\n  }\n": typeof types.ExploreNeighbourhoodDocument,
    "\n  query ReferenceData {\n    countries {\n      id\n      code\n      name\n      eu\n    }\n    sectors {\n      id\n      name\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.ReferenceDataDocument,
    "\n  fragment GapCandidateItem on GapCandidate {\n    left {\n      id\n      name\n      country {\n        code\n        name\n      }\n    }\n    right {\n      id\n      name\n      country {\n        code\n        name\n      }\n    }\n    sector {\n      id\n      name\n    }\n    score\n    reasons\n  }\n": typeof types.GapCandidateItemFragmentDoc,
    "\n  fragment GapMatrix on CooperationMatrix {\n    cells {\n      sector {\n        id\n        name\n        parent {\n          id\n          name\n        }\n      }\n      leftClusters\n      rightClusters\n      ties\n      gapIndex\n    }\n    underServed {\n      __typename\n      id\n      name\n      entityKind\n      ... on Cluster {\n        clusterKind\n        country {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.GapMatrixFragmentDoc,
    "\n  query GapsMatrix($filter: GapFilter) {\n    cooperationMatrix(filter: $filter) {\n      ...GapMatrix\n    }\n  }\n": typeof types.GapsMatrixDocument,
    "\n  query GapsCandidates($filter: GapFilter, $first: Int) {\n    gaps(filter: $filter, first: $first) {\n      ...GapCandidateItem\n    }\n  }\n": typeof types.GapsCandidatesDocument,
    "\n  query PathVia($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      name\n      entityKind\n      ... on Agreement {\n        agreementKind\n        signedOn\n      }\n      ... on Mission {\n        startsOn\n      }\n      ... on Partnership {\n        acronym\n      }\n    }\n  }\n": typeof types.PathViaDocument,
    "\n  query ShortestPath($from: ID!, $to: ID!, $kinds: [TieKind!]) {\n    shortestPath(from: $from, to: $to, kinds: $kinds) {\n      hops\n      nodes {\n        ...GraphNode\n      }\n      edges {\n        ...GraphEdge\n      }\n    }\n  }\n": typeof types.ShortestPathDocument,
    "\n  query SearchEntities($text: String!, $kinds: [EntityKind!]) {\n    search(text: $text, kinds: $kinds, first: 8) {\n      score\n      entity {\n        __typename\n        id\n        name\n        entityKind\n        ... on Cluster {\n          acronym\n          country {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchEntitiesDocument,
    "\n  query Timeline {\n    timeline {\n      year\n      kind\n      status\n      count\n    }\n  }\n": typeof types.TimelineDocument,
    "\n  query TieChanges($from: Int!, $to: Int!) {\n    tieChanges(from: $from, to: $to) {\n      appeared {\n        via {\n          id\n          name\n        }\n        kind\n        year\n        parties {\n          id\n          name\n        }\n      }\n      ended {\n        via {\n          id\n          name\n        }\n        kind\n        year\n        parties {\n          id\n          name\n        }\n      }\n      undated\n    }\n  }\n": typeof types.TieChangesDocument,
};
const documents: Documents = {
    "\n  fragment AnalysisStatusFields on AnalysisStatus {\n    state\n    computedAt\n    message\n  }\n": types.AnalysisStatusFieldsFragmentDoc,
    "\n  fragment CutFields on SinglePointsOfFailure {\n    status {\n      ...AnalysisStatusFields\n    }\n    clusters {\n      cluster {\n        id\n        name\n      }\n      cutOff {\n        id\n        name\n      }\n    }\n    ties {\n      source {\n        id\n        name\n      }\n      target {\n        id\n        name\n      }\n      cutOff {\n        id\n        name\n      }\n    }\n  }\n": types.CutFieldsFragmentDoc,
    "\n  query Structure {\n    analysis {\n      ...AnalysisStatusFields\n    }\n    brokers(first: 10) {\n      cluster {\n        id\n        name\n      }\n      metrics {\n        betweenness\n        degree\n      }\n      communities\n    }\n    singlePointsOfFailure(first: 10) {\n      ...CutFields\n    }\n  }\n": types.StructureDocument,
    "\n  query Separators($between: GapFilter) {\n    singlePointsOfFailure(between: $between, first: 10) {\n      ...CutFields\n    }\n  }\n": types.SeparatorsDocument,
    "\n  fragment CitationList_citation on Citation {\n    excerpt\n    source {\n      id\n      title\n      publisher\n      publishedOn\n      file\n      url\n    }\n  }\n": types.CitationList_CitationFragmentDoc,
    "\n  fragment ClusterDetails_cluster on Cluster {\n    id\n    name\n    acronym\n    aliases\n    clusterKind\n    description\n    website\n    country {\n      id\n      code\n      name\n    }\n    region {\n      id\n      name\n    }\n    sectors {\n      id\n      name\n    }\n    agreements {\n      id\n      name\n      agreementKind\n      status\n      signedOn\n      endsOn\n      parties {\n        id\n        name\n      }\n      citations {\n        ...CitationList_citation\n      }\n    }\n    missions {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      organisers {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n      met {\n        id\n        name\n      }\n      citations {\n        ...CitationList_citation\n      }\n    }\n    partnerships {\n      id\n      name\n      acronym\n      programme\n      members {\n        id\n        name\n      }\n      citations {\n        ...CitationList_citation\n      }\n    }\n    citations {\n      ...CitationList_citation\n    }\n  }\n": types.ClusterDetails_ClusterFragmentDoc,
    "\n  query EntityDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ...EntityDetails_entity\n      ... on Cluster {\n        ...ClusterDetails_cluster\n      }\n    }\n  }\n": types.EntityDetailsDocument,
    "\n  fragment EntityDetails_entity on Entity {\n    __typename\n    id\n    name\n    entityKind\n    citations {\n      ...CitationList_citation\n    }\n    ... on Agreement {\n      agreementKind\n      status\n      signedOn\n      endsOn\n      summary\n      parties {\n        id\n        name\n      }\n    }\n    ... on Mission {\n      missionStatus: status\n      startsOn\n      endsOn\n      summary\n      organisers {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n      met {\n        id\n        name\n      }\n    }\n    ... on Partnership {\n      acronym\n      programme\n      members {\n        id\n        name\n      }\n    }\n    ... on Country {\n      code\n      eu\n      countryClusters: clusters {\n        id\n        name\n      }\n    }\n    ... on Region {\n      regionCountry: country {\n        id\n        name\n      }\n      regionClusters: clusters {\n        id\n        name\n      }\n    }\n    ... on Sector {\n      parent {\n        id\n        name\n      }\n      sectorClusters: clusters {\n        id\n        name\n      }\n    }\n  }\n": types.EntityDetails_EntityFragmentDoc,
    "\n  fragment GraphNode on NetworkNode {\n    id\n    label\n    entityKind\n    country\n    sectors\n    degree\n    metrics {\n      betweenness\n      community\n      articulationPoint\n    }\n  }\n": types.GraphNodeFragmentDoc,
    "\n  fragment GraphEdge on NetworkEdge {\n    id\n    source\n    target\n    kind\n    via\n    years\n    weight\n  }\n": types.GraphEdgeFragmentDoc,
    "\n  fragment NetworkGraph on Network {\n    nodes {\n      ...GraphNode\n    }\n    edges {\n      ...GraphEdge\n    }\n  }\n": types.NetworkGraphFragmentDoc,
    "\n  query ExploreNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      ...NetworkGraph\n    }\n  }\n": types.ExploreNetworkDocument,
    "\n  query ExploreNeighbourhood($id: ID!, $filter: NetworkFilter) {\n    neighbourhood(id: $id, depth: 1, filter: $filter) {\n      ...NetworkGraph\n    }\n  }\n": types.ExploreNeighbourhoodDocument,
    "\n  query ReferenceData {\n    countries {\n      id\n      code\n      name\n      eu\n    }\n    sectors {\n      id\n      name\n      parent {\n        id\n      }\n    }\n  }\n": types.ReferenceDataDocument,
    "\n  fragment GapCandidateItem on GapCandidate {\n    left {\n      id\n      name\n      country {\n        code\n        name\n      }\n    }\n    right {\n      id\n      name\n      country {\n        code\n        name\n      }\n    }\n    sector {\n      id\n      name\n    }\n    score\n    reasons\n  }\n": types.GapCandidateItemFragmentDoc,
    "\n  fragment GapMatrix on CooperationMatrix {\n    cells {\n      sector {\n        id\n        name\n        parent {\n          id\n          name\n        }\n      }\n      leftClusters\n      rightClusters\n      ties\n      gapIndex\n    }\n    underServed {\n      __typename\n      id\n      name\n      entityKind\n      ... on Cluster {\n        clusterKind\n        country {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.GapMatrixFragmentDoc,
    "\n  query GapsMatrix($filter: GapFilter) {\n    cooperationMatrix(filter: $filter) {\n      ...GapMatrix\n    }\n  }\n": types.GapsMatrixDocument,
    "\n  query GapsCandidates($filter: GapFilter, $first: Int) {\n    gaps(filter: $filter, first: $first) {\n      ...GapCandidateItem\n    }\n  }\n": types.GapsCandidatesDocument,
    "\n  query PathVia($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      name\n      entityKind\n      ... on Agreement {\n        agreementKind\n        signedOn\n      }\n      ... on Mission {\n        startsOn\n      }\n      ... on Partnership {\n        acronym\n      }\n    }\n  }\n": types.PathViaDocument,
    "\n  query ShortestPath($from: ID!, $to: ID!, $kinds: [TieKind!]) {\n    shortestPath(from: $from, to: $to, kinds: $kinds) {\n      hops\n      nodes {\n        ...GraphNode\n      }\n      edges {\n        ...GraphEdge\n      }\n    }\n  }\n": types.ShortestPathDocument,
    "\n  query SearchEntities($text: String!, $kinds: [EntityKind!]) {\n    search(text: $text, kinds: $kinds, first: 8) {\n      score\n      entity {\n        __typename\n        id\n        name\n        entityKind\n        ... on Cluster {\n          acronym\n          country {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SearchEntitiesDocument,
    "\n  query Timeline {\n    timeline {\n      year\n      kind\n      status\n      count\n    }\n  }\n": types.TimelineDocument,
    "\n  query TieChanges($from: Int!, $to: Int!) {\n    tieChanges(from: $from, to: $to) {\n      appeared {\n        via {\n          id\n          name\n        }\n        kind\n        year\n        parties {\n          id\n          name\n        }\n      }\n      ended {\n        via {\n          id\n          name\n        }\n        kind\n        year\n        parties {\n          id\n          name\n        }\n      }\n      undated\n    }\n  }\n": types.TieChangesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalysisStatusFields on AnalysisStatus {\n    state\n    computedAt\n    message\n  }\n"): (typeof documents)["\n  fragment AnalysisStatusFields on AnalysisStatus {\n    state\n    computedAt\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CutFields on SinglePointsOfFailure {\n    status {\n      ...AnalysisStatusFields\n    }\n    clusters {\n      cluster {\n        id\n        name\n      }\n      cutOff {\n        id\n        name\n      }\n    }\n    ties {\n      source {\n        id\n        name\n      }\n      target {\n        id\n        name\n      }\n      cutOff {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CutFields on SinglePointsOfFailure {\n    status {\n      ...AnalysisStatusFields\n    }\n    clusters {\n      cluster {\n        id\n        name\n      }\n      cutOff {\n        id\n        name\n      }\n    }\n    ties {\n      source {\n        id\n        name\n      }\n      target {\n        id\n        name\n      }\n      cutOff {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Structure {\n    analysis {\n      ...AnalysisStatusFields\n    }\n    brokers(first: 10) {\n      cluster {\n        id\n        name\n      }\n      metrics {\n        betweenness\n        degree\n      }\n      communities\n    }\n    singlePointsOfFailure(first: 10) {\n      ...CutFields\n    }\n  }\n"): (typeof documents)["\n  query Structure {\n    analysis {\n      ...AnalysisStatusFields\n    }\n    brokers(first: 10) {\n      cluster {\n        id\n        name\n      }\n      metrics {\n        betweenness\n        degree\n      }\n      communities\n    }\n    singlePointsOfFailure(first: 10) {\n      ...CutFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Separators($between: GapFilter) {\n    singlePointsOfFailure(between: $between, first: 10) {\n      ...CutFields\n    }\n  }\n"): (typeof documents)["\n  query Separators($between: GapFilter) {\n    singlePointsOfFailure(between: $between, first: 10) {\n      ...CutFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationList_citation on Citation {\n    excerpt\n    source {\n      id\n      title\n      publisher\n      publishedOn\n      file\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment CitationList_citation on Citation {\n    excerpt\n    source {\n      id\n      title\n      publisher\n      publishedOn\n      file\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClusterDetails_cluster on Cluster {\n    id\n    name\n    acronym\n    aliases\n    clusterKind\n    description\n    website\n    country {\n      id\n      code\n      name\n    }\n    region {\n      id\n      name\n    }\n    sectors {\n      id\n      name\n    }\n    agreements {\n      id\n      name\n      agreementKind\n      status\n      signedOn\n      endsOn\n      parties {\n        id\n        name\n      }\n      citations {\n        ...CitationList_citation\n      }\n    }\n    missions {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      organisers {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n      met {\n        id\n        name\n      }\n      citations {\n        ...CitationList_citation\n      }\n    }\n    partnerships {\n      id\n      name\n      acronym\n      programme\n      members {\n        id\n        name\n      }\n      citations {\n        ...CitationList_citation\n      }\n    }\n    citations {\n      ...CitationList_citation\n    }\n  }\n"): (typeof documents)["\n  fragment ClusterDetails_cluster on Cluster {\n    id\n    name\n    acronym\n    aliases\n    clusterKind\n    description\n    website\n    country {\n      id\n      code\n      name\n    }\n    region {\n      id\n      name\n    }\n    sectors {\n      id\n      name\n    }\n    agreements {\n      id\n      name\n      agreementKind\n      status\n      signedOn\n      endsOn\n      parties {\n        id\n        name\n      }\n      citations {\n        ...CitationList_citation\n      }\n    }\n    missions {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      organisers {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n      met {\n        id\n        name\n      }\n      citations {\n        ...CitationList_citation\n      }\n    }\n    partnerships {\n      id\n      name\n      acronym\n      programme\n      members {\n        id\n        name\n      }\n      citations {\n        ...CitationList_citation\n      }\n    }\n    citations {\n      ...CitationList_citation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ...EntityDetails_entity\n      ... on Cluster {\n        ...ClusterDetails_cluster\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ...EntityDetails_entity\n      ... on Cluster {\n        ...ClusterDetails_cluster\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityDetails_entity on Entity {\n    __typename\n    id\n    name\n    entityKind\n    citations {\n      ...CitationList_citation\n    }\n    ... on Agreement {\n      agreementKind\n      status\n      signedOn\n      endsOn\n      summary\n      parties {\n        id\n        name\n      }\n    }\n    ... on Mission {\n      missionStatus: status\n      startsOn\n      endsOn\n      summary\n      organisers {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n      met {\n        id\n        name\n      }\n    }\n    ... on Partnership {\n      acronym\n      programme\n      members {\n        id\n        name\n      }\n    }\n    ... on Country {\n      code\n      eu\n      countryClusters: clusters {\n        id\n        name\n      }\n    }\n    ... on Region {\n      regionCountry: country {\n        id\n        name\n      }\n      regionClusters: clusters {\n        id\n        name\n      }\n    }\n    ... on Sector {\n      parent {\n        id\n        name\n      }\n      sectorClusters: clusters {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EntityDetails_entity on Entity {\n    __typename\n    id\n    name\n    entityKind\n    citations {\n      ...CitationList_citation\n    }\n    ... on Agreement {\n      agreementKind\n      status\n      signedOn\n      endsOn\n      summary\n      parties {\n        id\n        name\n      }\n    }\n    ... on Mission {\n      missionStatus: status\n      startsOn\n      endsOn\n      summary\n      organisers {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n      met {\n        id\n        name\n      }\n    }\n    ... on Partnership {\n      acronym\n      programme\n      members {\n        id\n        name\n      }\n    }\n    ... on Country {\n      code\n      eu\n      countryClusters: clusters {\n        id\n        name\n      }\n    }\n    ... on Region {\n      regionCountry: country {\n        id\n        name\n      }\n      regionClusters: clusters {\n        id\n        name\n      }\n    }\n    ... on Sector {\n      parent {\n        id\n        name\n      }\n      sectorClusters: clusters {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphNode on NetworkNode {\n    id\n    label\n    entityKind\n    country\n    sectors\n    degree\n    metrics {\n      betweenness\n      community\n      articulationPoint\n    }\n  }\n"): (typeof documents)["\n  fragment GraphNode on NetworkNode {\n    id\n    label\n    entityKind\n    country\n    sectors\n    degree\n    metrics {\n      betweenness\n      community\n      articulationPoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphEdge on NetworkEdge {\n    id\n    source\n    target\n    kind\n    via\n    years\n    weight\n  }\n"): (typeof documents)["\n  fragment GraphEdge on NetworkEdge {\n    id\n    source\n    target\n    kind\n    via\n    years\n    weight\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkGraph on Network {\n    nodes {\n      ...GraphNode\n    }\n    edges {\n      ...GraphEdge\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkGraph on Network {\n    nodes {\n      ...GraphNode\n    }\n    edges {\n      ...GraphEdge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      ...NetworkGraph\n    }\n  }\n"): (typeof documents)["\n  query ExploreNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      ...NetworkGraph\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreNeighbourhood($id: ID!, $filter: NetworkFilter) {\n    neighbourhood(id: $id, depth: 1, filter: $filter) {\n      ...NetworkGraph\n    }\n  }\n"): (typeof documents)["\n  query ExploreNeighbourhood($id: ID!, $filter: NetworkFilter) {\n    neighbourhood(id: $id, depth: 1, filter: $filter) {\n      ...NetworkGraph\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceData {\n    countries {\n      id\n      code\n      name\n      eu\n    }\n    sectors {\n      id\n      name\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferenceData {\n    countries {\n      id\n      code\n      name\n      eu\n    }\n    sectors {\n      id\n      name\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapCandidateItem on GapCandidate {\n    left {\n      id\n      name\n      country {\n        code\n        name\n      }\n    }\n    right {\n      id\n      name\n      country {\n        code\n        name\n      }\n    }\n    sector {\n      id\n      name\n    }\n    score\n    reasons\n  }\n"): (typeof documents)["\n  fragment GapCandidateItem on GapCandidate {\n    left {\n      id\n      name\n      country {\n        code\n        name\n      }\n    }\n    right {\n      id\n      name\n      country {\n        code\n        name\n      }\n    }\n    sector {\n      id\n      name\n    }\n    score\n    reasons\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapMatrix on CooperationMatrix {\n    cells {\n      sector {\n        id\n        name\n        parent {\n          id\n          name\n        }\n      }\n      leftClusters\n      rightClusters\n      ties\n      gapIndex\n    }\n    underServed {\n      __typename\n      id\n      name\n      entityKind\n      ... on Cluster {\n        clusterKind\n        country {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GapMatrix on CooperationMatrix {\n    cells {\n      sector {\n        id\n        name\n        parent {\n          id\n          name\n        }\n      }\n      leftClusters\n      rightClusters\n      ties\n      gapIndex\n    }\n    underServed {\n      __typename\n      id\n      name\n      entityKind\n      ... on Cluster {\n        clusterKind\n        country {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsMatrix($filter: GapFilter) {\n    cooperationMatrix(filter: $filter) {\n      ...GapMatrix\n    }\n  }\n"): (typeof documents)["\n  query GapsMatrix($filter: GapFilter) {\n    cooperationMatrix(filter: $filter) {\n      ...GapMatrix\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsCandidates($filter: GapFilter, $first: Int) {\n    gaps(filter: $filter, first: $first) {\n      ...GapCandidateItem\n    }\n  }\n"): (typeof documents)["\n  query GapsCandidates($filter: GapFilter, $first: Int) {\n    gaps(filter: $filter, first: $first) {\n      ...GapCandidateItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathVia($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      name\n      entityKind\n      ... on Agreement {\n        agreementKind\n        signedOn\n      }\n      ... on Mission {\n        startsOn\n      }\n      ... on Partnership {\n        acronym\n      }\n    }\n  }\n"): (typeof documents)["\n  query PathVia($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      name\n      entityKind\n      ... on Agreement {\n        agreementKind\n        signedOn\n      }\n      ... on Mission {\n        startsOn\n      }\n      ... on Partnership {\n        acronym\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortestPath($from: ID!, $to: ID!, $kinds: [TieKind!]) {\n    shortestPath(from: $from, to: $to, kinds: $kinds) {\n      hops\n      nodes {\n        ...GraphNode\n      }\n      edges {\n        ...GraphEdge\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShortestPath($from: ID!, $to: ID!, $kinds: [TieKind!]) {\n    shortestPath(from: $from, to: $to, kinds: $kinds) {\n      hops\n      nodes {\n        ...GraphNode\n      }\n      edges {\n        ...GraphEdge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchEntities($text: String!, $kinds: [EntityKind!]) {\n    search(text: $text, kinds: $kinds, first: 8) {\n      score\n      entity {\n        __typename\n        id\n        name\n        entityKind\n        ... on Cluster {\n          acronym\n          country {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchEntities($text: String!, $kinds: [EntityKind!]) {\n    search(text: $text, kinds: $kinds, first: 8) {\n      score\n      entity {\n        __typename\n        id\n        name\n        entityKind\n        ... on Cluster {\n          acronym\n          country {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline {\n    timeline {\n      year\n      kind\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query Timeline {\n    timeline {\n      year\n      kind\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TieChanges($from: Int!, $to: Int!) {\n    tieChanges(from: $from, to: $to) {\n      appeared {\n        via {\n          id\n          name\n        }\n        kind\n        year\n        parties {\n          id\n          name\n        }\n      }\n      ended {\n        via {\n          id\n          name\n        }\n        kind\n        year\n        parties {\n          id\n          name\n        }\n      }\n      undated\n    }\n  }\n"): (typeof documents)["\n  query TieChanges($from: Int!, $to: Int!) {\n    tieChanges(from: $from, to: $to) {\n      appeared {\n        via {\n          id\n          name\n        }\n        kind\n        year\n        parties {\n          id\n          name\n        }\n      }\n      ended {\n        via {\n          id\n          name\n        }\n        kind\n        year\n        parties {\n          id\n          name\n        }\n      }\n      undated\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;