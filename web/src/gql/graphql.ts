/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A step in an agreement's life. */
export type AgreementEventKind =
  /** It ends, or ended (endsOn). */
  | 'ENDS'
  /** It was signed (signedOn). */
  | 'SIGNED'
  /** A later agreement updated it (on that agreement's signedOn; `by` names it). */
  | 'UPDATED';

/** The form of an agreement. */
export type AgreementKind =
  /** Collaboration agreement. */
  | 'COLLABORATION_AGREEMENT'
  /** Cooperation agreement. */
  | 'COOPERATION_AGREEMENT'
  /** Memorandum of understanding. */
  | 'MOU'
  /** Partnership agreement. */
  | 'PARTNERSHIP_AGREEMENT';

/** Where an agreement stands. */
export type AgreementStatus =
  /** Ended. */
  | 'ENDED'
  /** Begun (the source says initiated), not stated as signed. */
  | 'INITIATED'
  /** Announced or under negotiation, not signed. */
  | 'PLANNED'
  /** Signed and running. */
  | 'SIGNED';

/** Whether the structural measures are current. */
export type AnalysisState =
  /** The last run failed; it runs again after the next change. */
  | 'FAILED'
  /** Computed on the graph as it is. */
  | 'FRESH'
  /** Not computed yet (the server is starting). */
  | 'PENDING'
  /** The graph changed and the measures are being recomputed: what is shown is from before the change. */
  | 'REFRESHING'
  /** This database has no Graph Data Science: `message` says how to install it. */
  | 'UNAVAILABLE';

/** Corrections to a candidate before it is accepted; an absent field keeps the proposed value. */
export type CandidateEditInput = {
  /** Agreements: the kind, when the text does not say or says it wrongly. */
  agreementKind?: AgreementKind | null | undefined;
  /** Agreements: signed, initiated, planned or ended. */
  agreementStatus?: AgreementStatus | null | undefined;
  /** Organisations: the ISO 3166-1 alpha-2 code of the country, required for a new one. */
  country?: string | null | undefined;
  /** The end date. */
  endsOn?: string | null | undefined;
  /** The name or title to write. */
  name?: string | null | undefined;
  /** The parties, replacing the proposed ones: each an existing entity (`match`) or a new organisation's name. */
  parties?: Array<CandidatePartyInput> | null | undefined;
  /** The signing or start date, as precise as the document. */
  startsOn?: string | null | undefined;
};

/** Document to graph: facts proposed from a new document, each with its excerpt, for a person to accept or reject. */
export type CandidateKind =
  | 'AGREEMENT'
  | 'EVENT'
  | 'MISSION'
  | 'ORGANISATION'
  | 'PARTNERSHIP';

/** A party of a fact under review: an existing entity, or a new organisation by name. */
export type CandidatePartyInput = {
  /** The id of the existing entity it is; absent for a new organisation. */
  match?: string | number | null | undefined;
  /** The organisation's name. */
  name: string;
};

/** Where a person's decision on a candidate stands. */
export type CandidateStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

/** What changed in the graph, by whom and when: every write, import and revert leaves one. */
export type ChangeOperation =
  | 'CREATE'
  | 'DELETE'
  | 'IMPORT'
  | 'REVERT'
  | 'UPDATE';

/** One citation: the source of the facts written, and the passage of it that states them. */
export type CitationInput = {
  /** The passage of the source that supports the facts, quoted or closely paraphrased. */
  excerpt: string;
  /** The source cited. */
  source: SourceInput;
};

/** Which clusters to list; every given criterion must hold. */
export type ClusterFilter = {
  /** ISO 3166-1 alpha-2 codes (CA, FR); any of them. */
  countries?: Array<string> | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<ClusterKind> | null | undefined;
  /** Sector ids; a cluster active in a sub-sector of one of them matches too. */
  sectors?: Array<string | number> | null | undefined;
  /** Words in the name, acronym or aliases (accent- and case-insensitive, prefixes match). */
  text?: string | null | undefined;
};

/** The kind of body a cluster is. */
export type ClusterKind =
  /** An industry association. */
  | 'ASSOCIATION'
  /** An industrial or innovation cluster. */
  | 'CLUSTER'
  /** A network of clusters. */
  | 'NETWORK'
  /** A public body (government, agency, city) acting as a cluster-like actor. */
  | 'PUBLIC_BODY'
  /** A research consortium. */
  | 'RESEARCH_CONSORTIUM'
  /** A national supercluster (e.g. Canada's Global Innovation Clusters). */
  | 'SUPERCLUSTER';

/** A new agreement. */
export type CreateAgreementInput = {
  /** What kind of agreement it is. */
  agreementKind: AgreementKind;
  /** Where the facts come from: at least one citation. */
  citations: Array<CitationInput>;
  /** When it ends or ended; not before signedOn. */
  endsOn?: string | null | undefined;
  /** A slug id (lower-case letters, digits, hyphens); made from the name when absent. CONFLICT when taken. */
  id?: string | number | null | undefined;
  /** The id of the mission it resulted from. */
  mission?: string | number | null | undefined;
  /** The agreement's title. */
  name: string;
  /** The ids of the clusters party to it: at least two distinct ones. */
  parties: Array<string | number>;
  /** The id of the partnership it was signed on behalf of. */
  partnership?: string | number | null | undefined;
  /** The ids of the sectors it covers. */
  sectors?: Array<string | number> | null | undefined;
  /** When it was signed; its year is what the year filters use. */
  signedOn?: string | null | undefined;
  /** Whether it is signed, planned or ended. */
  status: AgreementStatus;
  /** A few sentences on what it covers. */
  summary?: string | null | undefined;
};

/** A new mission. */
export type CreateMissionInput = {
  /** Where the facts come from: at least one citation. */
  citations: Array<CitationInput>;
  /** When it ended; not before startsOn. */
  endsOn?: string | null | undefined;
  /** A slug id (lower-case letters, digits, hyphens); made from the name when absent. CONFLICT when taken. */
  id?: string | number | null | undefined;
  /** The ids of the clusters it met. */
  met?: Array<string | number> | null | undefined;
  /** The mission's title. */
  name: string;
  /** The ids of the clusters or partnerships that organised it. */
  organisers?: Array<string | number> | null | undefined;
  /** The ids of the clusters that joined it. */
  participants?: Array<string | number> | null | undefined;
  /** The ids of the sectors it focused on. */
  sectors?: Array<string | number> | null | undefined;
  /** How many SMEs took part. */
  smeCount?: number | null | undefined;
  /** When it started; its year is what the year filters use. */
  startsOn?: string | null | undefined;
  /** Whether it is planned or done. */
  status: MissionStatus;
  /** A few sentences on what it did. */
  summary?: string | null | undefined;
  /** The ids of the regions it visited. */
  visited?: Array<string | number> | null | undefined;
};

/** A new partnership. */
export type CreatePartnershipInput = {
  /** Its acronym. */
  acronym?: string | null | undefined;
  /** Where the facts come from: at least one citation. */
  citations: Array<CitationInput>;
  /** A slug id (lower-case letters, digits, hyphens); made from the name when absent. CONFLICT when taken. */
  id?: string | number | null | undefined;
  /** The partnership's name. */
  name: string;
  /** How many partners it has. */
  partnerCount?: number | null | undefined;
  /** The programme that funds it (e.g. ESCP-4i, COSME). */
  programme?: string | null | undefined;
  /** The ids of its sectors. */
  sectors?: Array<string | number> | null | undefined;
  /** How many SMEs it reaches. */
  smeCount?: number | null | undefined;
  /** The ids of the countries it targets (lower-case ISO codes, as the graph has them: fr, ca). */
  targets?: Array<string | number> | null | undefined;
};

/** What to record about a gap candidate. */
export type DecideGapInput = {
  /** One cluster of the pair. */
  left: string | number;
  /** A note: who is in contact, what happens next. */
  note?: string | null | undefined;
  /** Why the pair is dismissed: required for DISMISSED. */
  reason?: string | null | undefined;
  /** The other cluster. */
  right: string | number;
  /** Dismissed (give a reason) or in contact. */
  status: GapDecisionStatus;
};

/** How `DocumentInput.text` is to be read. */
export type DocumentFormat =
  /** An HTML page: its main text is read, without menus and footers. */
  | 'HTML'
  /** A PDF file, base64-encoded: its text layer is read. */
  | 'PDF'
  /** Plain text, pasted or from a .txt file. */
  | 'TEXT';

/** A document to read: its text (or file) and what is known of its source. */
export type DocumentInput = {
  /** How to read `text`: plain text (the default), an HTML page, or a base64-encoded PDF. */
  format?: DocumentFormat | null | undefined;
  /** When it was published; a mission dated after it is proposed as planned. It never gives a year to a date the text writes without one. */
  publishedOn?: string | null | undefined;
  /** Who published it. */
  publisher?: string | null | undefined;
  /** The document: plain text, an HTML page, or a base64-encoded PDF (see `format`); at most 16 MB. A document larger than the API's 256 KB request limit goes to POST /graphql/documents, which serves proposeFacts only. */
  text: string;
  /** The document's title; the Source it is stored as takes it. */
  title: string;
  /** Where the document can be read, if online. */
  url?: string | null | undefined;
};

/** What kind of domain entity a node is; one value per label of the graph. */
export type EntityKind =
  /** A cooperation agreement between clusters. */
  | 'AGREEMENT'
  /** An industrial cluster, supercluster, association or similar body. */
  | 'CLUSTER'
  /** A country (ISO 3166-1). */
  | 'COUNTRY'
  /** An event such as a fair or congress where missions took place. */
  | 'EVENT'
  /** A business or trade mission. */
  | 'MISSION'
  /** A funded partnership of clusters (ESCP-4i, COSME projects...). */
  | 'PARTNERSHIP'
  /** A province, region, metropolitan area or city. */
  | 'REGION'
  /** A sector of activity; sectors form a tree. */
  | 'SECTOR';

/** Which candidates a ranking keeps, by their decision. */
export type GapDecisionFilter =
  /** Every candidate, decided or not. */
  | 'ALL'
  /** Candidates dismissed. */
  | 'DISMISSED'
  /** Candidates marked in contact. */
  | 'IN_CONTACT'
  /** Candidates nobody has decided on yet. */
  | 'UNDECIDED';

/** What was decided about a gap candidate. */
export type GapDecisionStatus =
  /** Not a gap worth pursuing; the reason says why. */
  | 'DISMISSED'
  /** The two clusters are being put in contact. */
  | 'IN_CONTACT';

/** Default: left = the EU, right = Canada, all sectors. */
export type GapFilter = {
  /** Keeps the ranked candidates with this decision (the matrix ignores it); ALL when absent. */
  decision?: GapDecisionFilter | null | undefined;
  /** Count planned and initiated agreements as ties (they then hide gaps and count in the matrix); false by default. */
  includePlanned?: boolean | null | undefined;
  /** The left side; default the EU bloc. Must not share a country with the right side. */
  left?: Side | null | undefined;
  /** The right side; default Canada. */
  right?: Side | null | undefined;
  /** Sector ids; each stands for itself and its sub-sectors (a cluster in Space counts for Aerospace). Empty or absent: every sector. */
  sectors?: Array<string | number> | null | undefined;
};

/** An import file, as uploaded. */
export type ImportFileInput = {
  /** The file's text (UTF-8); at most 32 MB. */
  content: string;
  /** What the rows are; when absent, a CSV's name or a JSON or YAML file's `kind` says it. */
  kind?: ImportKind | null | undefined;
  /** The file's name: its extension (.csv, .json, .yaml, .yml) says how it is read; a CSV's name may say its kind (clusters.csv); problems name it. */
  name: string;
};

/** What the rows of an import file are (docs/import.md). */
export type ImportKind =
  | 'AGREEMENTS'
  | 'CITATIONS'
  | 'CLUSTERS'
  | 'MEMBERSHIPS'
  | 'MISSIONS'
  | 'PARTNERSHIPS';

/** Where an import stands. */
export type ImportStatus =
  /** Written: `result` says what. */
  | 'APPLIED'
  /** Batches are being written; `done` of `total` rows so far. */
  | 'APPLYING'
  /** The diff is ready (`check`); nothing is written until applyImport. */
  | 'CHECKED'
  /** The file is being validated and matched; nothing is written. */
  | 'CHECKING'
  /** Stopped: `error` says why and what to do. */
  | 'FAILED';

/** Where a mission stands. */
export type MissionStatus =
  /** Carried out. */
  | 'DONE'
  /** Announced, not yet carried out. */
  | 'PLANNED';

/**
 * Which clusters and ties to draw. A cluster passes when it is based in one of `countries` and
 * active in one of `sectors` (or a sub-sector); a tie is shown when both its clusters pass, its kind
 * is one of `tieKinds`, and, when a year range is given, its agreement or mission falls in it (ties
 * without a year, such as partnerships, are then left out). Planned and initiated agreements are
 * intentions, not ties, unless `includePlanned` is true.
 */
export type NetworkFilter = {
  /** ISO codes: both clusters of a tie are based in one of them. */
  countries?: Array<string> | null | undefined;
  /** Ties from this year on. */
  fromYear?: number | null | undefined;
  /** Count planned and initiated agreements as ties (drawn with `planned` true); false by default. */
  includePlanned?: boolean | null | undefined;
  /** Sector ids: both clusters of a tie are active in one of them or a sub-sector. */
  sectors?: Array<string | number> | null | undefined;
  /** Only ties of these kinds; all kinds when omitted. */
  tieKinds?: Array<TieKind> | null | undefined;
  /** Ties up to this year. */
  toYear?: number | null | undefined;
};

/** A source that is not in the graph yet: a document, page or article that states the facts. */
export type NewSourceInput = {
  /** A slug for the new source; made from the title (with a short suffix if taken) when absent. CONFLICT when taken. */
  id?: string | number | null | undefined;
  /** When it was published, as precisely as it says. */
  publishedOn?: string | null | undefined;
  /** Who published it. */
  publisher?: string | null | undefined;
  /** The document's title. */
  title: string;
  /** Where the document can be read: an http:// or https:// URL. */
  url: string;
};

/** What the overview groups clusters by. */
export type OverviewGrouping =
  /** The country a cluster is based in. */
  | 'COUNTRY'
  /** The region a cluster is located in. */
  | 'REGION'
  /** The top-level sectors a cluster is active in (a cluster may count in several). */
  | 'SECTOR';

/** One side of a comparison: a set of countries, the EU bloc, or both. */
export type Side = {
  /** ISO 3166-1 alpha-2 codes, any case (`CA`, `fr`). Unknown codes are refused. */
  countries?: Array<string> | null | undefined;
  /** True to include every EU member state (countries with `eu: true`). */
  eu?: boolean | null | undefined;
};

/** The source of a write: exactly one of `id` (an existing Source) or `new` (a Source created with the write). */
export type SourceInput = {
  /** The id of a Source already in the graph. */
  id?: string | number | null | undefined;
  /** A source to create in the same transaction. */
  new?: NewSourceInput | null | undefined;
};

/** Why two clusters are tied. */
export type TieKind =
  /** Both clusters are parties to the same agreement. */
  | 'AGREEMENT'
  /** Both clusters took part in the same mission, as organiser, participant or host met. */
  | 'MISSION'
  /** Both clusters are members of the same partnership. */
  | 'PARTNERSHIP';

/** Changes to an agreement. An absent field is kept; null clears an optional field; a list replaces the stored list. */
export type UpdateAgreementInput = {
  /** What kind of agreement it is (cannot be cleared). */
  agreementKind?: AgreementKind | null | undefined;
  /** Where the changed facts come from: at least one citation. */
  citations: Array<CitationInput>;
  /** When it ends or ended; not before signedOn (given or stored). */
  endsOn?: string | null | undefined;
  /** The id of the mission it resulted from. */
  mission?: string | number | null | undefined;
  /** The agreement's title (cannot be cleared). */
  name?: string | null | undefined;
  /** The ids of all its parties, replacing the stored ones: at least two distinct clusters. */
  parties?: Array<string | number> | null | undefined;
  /** The id of the partnership it was signed on behalf of. */
  partnership?: string | number | null | undefined;
  /** The ids of all the sectors it covers, replacing the stored ones. */
  sectors?: Array<string | number> | null | undefined;
  /** When it was signed; the stored year follows it. */
  signedOn?: string | null | undefined;
  /** Whether it is signed, planned or ended (cannot be cleared). */
  status?: AgreementStatus | null | undefined;
  /** A few sentences on what it covers. */
  summary?: string | null | undefined;
};

/** Changes to a mission. An absent field is kept; null clears an optional field; a list replaces the stored list. */
export type UpdateMissionInput = {
  /** Where the changed facts come from: at least one citation. */
  citations: Array<CitationInput>;
  /** When it ended; not before startsOn (given or stored). */
  endsOn?: string | null | undefined;
  /** The ids of all the clusters it met, replacing the stored ones. */
  met?: Array<string | number> | null | undefined;
  /** The mission's title (cannot be cleared). */
  name?: string | null | undefined;
  /** The ids of all its organisers (clusters or partnerships), replacing the stored ones. */
  organisers?: Array<string | number> | null | undefined;
  /** The ids of all its participating clusters, replacing the stored ones. */
  participants?: Array<string | number> | null | undefined;
  /** The ids of all the sectors it focused on, replacing the stored ones. */
  sectors?: Array<string | number> | null | undefined;
  /** How many SMEs took part. */
  smeCount?: number | null | undefined;
  /** When it started; the stored year follows it. */
  startsOn?: string | null | undefined;
  /** Whether it is planned or done (cannot be cleared). */
  status?: MissionStatus | null | undefined;
  /** A few sentences on what it did. */
  summary?: string | null | undefined;
  /** The ids of all the regions it visited, replacing the stored ones. */
  visited?: Array<string | number> | null | undefined;
};

/** Changes to a partnership. An absent field is kept; null clears an optional field; a list replaces the stored list. */
export type UpdatePartnershipInput = {
  /** Its acronym. */
  acronym?: string | null | undefined;
  /** Where the changed facts come from: at least one citation. */
  citations: Array<CitationInput>;
  /** The partnership's name (cannot be cleared). */
  name?: string | null | undefined;
  /** How many partners it has. */
  partnerCount?: number | null | undefined;
  /** The programme that funds it. */
  programme?: string | null | undefined;
  /** The ids of all its sectors, replacing the stored ones. */
  sectors?: Array<string | number> | null | undefined;
  /** How many SMEs it reaches. */
  smeCount?: number | null | undefined;
  /** The ids of all the countries it targets, replacing the stored ones. */
  targets?: Array<string | number> | null | undefined;
};

/**
 * A cluster to create or change. With the id of an existing cluster, only the given fields change
 * (null clears an optional field, a list replaces the stored list); otherwise a cluster is created,
 * and then name and countryCode are required.
 */
export type UpsertClusterInput = {
  /** Its acronym. */
  acronym?: string | null | undefined;
  /** Other names it goes by; search finds it by these too. */
  aliases?: Array<string> | null | undefined;
  /** Where the facts come from: at least one citation. */
  citations: Array<CitationInput>;
  /** What kind of body it is; CLUSTER when a new cluster does not say (cannot be cleared). */
  clusterKind?: ClusterKind | null | undefined;
  /** Its country, as an ISO 3166-1 alpha-2 code held by the graph (required to create; cannot be cleared). */
  countryCode?: string | null | undefined;
  /** A few sentences on what it does. */
  description?: string | null | undefined;
  /** The year it was founded. */
  foundedYear?: number | null | undefined;
  /** The cluster's id: an existing cluster's to change it; a new slug, or nothing (made from the name), to create one. */
  id?: string | number | null | undefined;
  /** How many members it has. */
  memberCount?: number | null | undefined;
  /** The cluster's name (required to create; cannot be cleared). */
  name?: string | null | undefined;
  /** The id of its region, which must be in its country; without one it sits in its country. */
  region?: string | number | null | undefined;
  /** The ids of the sectors it is active in. */
  sectors?: Array<string | number> | null | undefined;
  /** How many of its members are SMEs. */
  smeCount?: number | null | undefined;
  /** Its website: an http:// or https:// URL. */
  website?: string | null | undefined;
};

export type AnalysisStatusFieldsFragment = { state: AnalysisState, computedAt: string | null, graphVersion: string | null, message: string | null };

export type CutFieldsFragment = { status: { state: AnalysisState, computedAt: string | null, graphVersion: string | null, message: string | null }, clusters: Array<{ cluster: { id: string, name: string }, cutOff: Array<{ id: string, name: string }> }>, ties: Array<{ source: { id: string, name: string }, target: { id: string, name: string }, cutOff: Array<{ id: string, name: string }> }> };

export type StructureQueryVariables = Exact<{ [key: string]: never; }>;


export type StructureQuery = { analysis: { state: AnalysisState, computedAt: string | null, graphVersion: string | null, message: string | null }, brokers: Array<{ communities: number, cluster: { id: string, name: string }, metrics: { betweenness: number | null, degree: number } }>, singlePointsOfFailure: { status: { state: AnalysisState, computedAt: string | null, graphVersion: string | null, message: string | null }, clusters: Array<{ cluster: { id: string, name: string }, cutOff: Array<{ id: string, name: string }> }>, ties: Array<{ source: { id: string, name: string }, target: { id: string, name: string }, cutOff: Array<{ id: string, name: string }> }> } };

export type SeparatorsQueryVariables = Exact<{
  between?: GapFilter | null | undefined;
}>;


export type SeparatorsQuery = { singlePointsOfFailure: { status: { state: AnalysisState, computedAt: string | null, graphVersion: string | null, message: string | null }, clusters: Array<{ cluster: { id: string, name: string }, cutOff: Array<{ id: string, name: string }> }>, ties: Array<{ source: { id: string, name: string }, target: { id: string, name: string }, cutOff: Array<{ id: string, name: string }> }> } };

export type CurrentEditorQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentEditorQuery = { currentEditor: { name: string } };

export type EditableEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type EditableEntityQuery = { node:
    | { __typename: 'Agreement', agreementKind: AgreementKind, status: AgreementStatus, signedOn: string | null, endsOn: string | null, summary: string | null, id: string, name: string, parties: Array<{ id: string, name: string }>, sectors: Array<{ id: string, name: string }>, partnership: { id: string, name: string } | null, mission: { id: string, name: string } | null }
    | { __typename: 'Cluster', acronym: string | null, aliases: Array<string>, clusterKind: ClusterKind, description: string | null, website: string | null, foundedYear: number | null, memberCount: number | null, smeCount: number | null, id: string, name: string, country: { code: string } | null, region: { id: string, name: string } | null, sectors: Array<{ id: string, name: string }> }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Mission', startsOn: string | null, endsOn: string | null, smeCount: number | null, summary: string | null, id: string, name: string, missionStatus: MissionStatus, organisers: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, participants: Array<{ id: string, name: string }>, met: Array<{ id: string, name: string }>, visited: Array<{ id: string, name: string }>, sectors: Array<{ id: string, name: string }> }
    | { __typename: 'Partnership', acronym: string | null, programme: string | null, smeCount: number | null, partnerCount: number | null, id: string, name: string, targetCountries: Array<{ id: string, name: string }>, sectors: Array<{ id: string, name: string }> }
    | { __typename: 'Region', id: string, name: string }
    | { __typename: 'Sector', id: string, name: string }
   | null };

export type EditingCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type EditingCountriesQuery = { countries: Array<{ code: string, name: string }> };

export type EditingSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type EditingSourcesQuery = { sources: Array<{ id: string, title: string, publisher: string | null, publishedOn: string | null }> };

export type EditCreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type EditCreateAgreementMutation = { createAgreement: { agreement: { id: string } } };

export type EditUpdateAgreementMutationVariables = Exact<{
  id: string | number;
  input: UpdateAgreementInput;
}>;


export type EditUpdateAgreementMutation = { updateAgreement: { agreement: { id: string } } };

export type EditDeleteAgreementMutationVariables = Exact<{
  id: string | number;
}>;


export type EditDeleteAgreementMutation = { deleteAgreement: { deletedId: string } };

export type EditCreateMissionMutationVariables = Exact<{
  input: CreateMissionInput;
}>;


export type EditCreateMissionMutation = { createMission: { mission: { id: string } } };

export type EditUpdateMissionMutationVariables = Exact<{
  id: string | number;
  input: UpdateMissionInput;
}>;


export type EditUpdateMissionMutation = { updateMission: { mission: { id: string } } };

export type EditDeleteMissionMutationVariables = Exact<{
  id: string | number;
}>;


export type EditDeleteMissionMutation = { deleteMission: { deletedId: string } };

export type EditDeleteClusterMutationVariables = Exact<{
  id: string | number;
}>;


export type EditDeleteClusterMutation = { deleteCluster: { deletedId: string } };

export type EditCreatePartnershipMutationVariables = Exact<{
  input: CreatePartnershipInput;
}>;


export type EditCreatePartnershipMutation = { createPartnership: { partnership: { id: string } } };

export type EditUpdatePartnershipMutationVariables = Exact<{
  id: string | number;
  input: UpdatePartnershipInput;
}>;


export type EditUpdatePartnershipMutation = { updatePartnership: { partnership: { id: string } } };

export type EditDeletePartnershipMutationVariables = Exact<{
  id: string | number;
}>;


export type EditDeletePartnershipMutation = { deletePartnership: { deletedId: string } };

export type EditUpsertClusterMutationVariables = Exact<{
  input: UpsertClusterInput;
}>;


export type EditUpsertClusterMutation = { upsertCluster: { created: boolean, cluster: { id: string } } };

export type EditAddCitationMutationVariables = Exact<{
  entityId: string | number;
  source: SourceInput;
  excerpt: string;
}>;


export type EditAddCitationMutation = { addCitation: { sourceId: string, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type EntityHistoryQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type EntityHistoryQuery = { changes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, by: string, operation: ChangeOperation, summary: string, source: { id: string, title: string } | null } }> } };

export type EditRevertChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type EditRevertChangeMutation = { revertChange: { change: { id: string, entityId: string, operation: ChangeOperation } } };

export type CitationList_CitationFragment = { excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } };

export type ClusterDetails_ClusterFragment = { id: string, name: string, acronym: string | null, aliases: Array<string>, clusterKind: ClusterKind, description: string | null, website: string | null, country: { id: string, code: string, name: string } | null, region: { id: string, name: string } | null, sectors: Array<{ id: string, name: string }>, agreements: Array<{ id: string, name: string, agreementKind: AgreementKind, status: AgreementStatus, signedOn: string | null, endsOn: string | null, parties: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }>, missions: Array<{ id: string, name: string, status: MissionStatus, startsOn: string | null, endsOn: string | null, organisers: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    >, participants: Array<{ id: string, name: string }>, met: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }>, partnerships: Array<{ id: string, name: string, acronym: string | null, programme: string | null, members: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityDetailsQuery = { node:
    | { __typename: 'Agreement', id: string, agreementKind: AgreementKind, status: AgreementStatus, signedOn: string | null, endsOn: string | null, summary: string | null, name: string, entityKind: EntityKind, parties: Array<{ id: string, name: string }>, updates: { id: string, name: string, signedOn: string | null } | null, updatedBy: Array<{ id: string, name: string, signedOn: string | null }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }
    | { __typename: 'Cluster', id: string, name: string, acronym: string | null, aliases: Array<string>, clusterKind: ClusterKind, description: string | null, website: string | null, entityKind: EntityKind, country: { id: string, code: string, name: string } | null, region: { id: string, name: string } | null, sectors: Array<{ id: string, name: string }>, agreements: Array<{ id: string, name: string, agreementKind: AgreementKind, status: AgreementStatus, signedOn: string | null, endsOn: string | null, parties: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }>, missions: Array<{ id: string, name: string, status: MissionStatus, startsOn: string | null, endsOn: string | null, organisers: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        >, participants: Array<{ id: string, name: string }>, met: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }>, partnerships: Array<{ id: string, name: string, acronym: string | null, programme: string | null, members: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }
    | { __typename: 'Country', id: string, code: string, eu: boolean, name: string, entityKind: EntityKind, countryClusters: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }
    | { __typename: 'Event', id: string, eventKind: string | null, startsOn: string | null, endsOn: string | null, name: string, entityKind: EntityKind, region: { id: string, name: string } | null, organisers: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, missions: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }
    | { __typename: 'Mission', id: string, startsOn: string | null, endsOn: string | null, summary: string | null, name: string, entityKind: EntityKind, missionStatus: MissionStatus, organisers: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, participants: Array<{ id: string, name: string }>, met: Array<{ id: string, name: string }>, events: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }
    | { __typename: 'Partnership', id: string, acronym: string | null, programme: string | null, name: string, entityKind: EntityKind, members: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }
    | { __typename: 'Region', id: string, name: string, entityKind: EntityKind, regionCountry: { id: string, name: string }, regionClusters: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }
    | { __typename: 'Sector', id: string, name: string, entityKind: EntityKind, parent: { id: string, name: string } | null, sectorClusters: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> }
   | null };

type EntityDetails_Entity_Agreement_Fragment = { __typename: 'Agreement', agreementKind: AgreementKind, status: AgreementStatus, signedOn: string | null, endsOn: string | null, summary: string | null, id: string, name: string, entityKind: EntityKind, parties: Array<{ id: string, name: string }>, updates: { id: string, name: string, signedOn: string | null } | null, updatedBy: Array<{ id: string, name: string, signedOn: string | null }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> };

type EntityDetails_Entity_Cluster_Fragment = { __typename: 'Cluster', id: string, name: string, entityKind: EntityKind, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> };

type EntityDetails_Entity_Country_Fragment = { __typename: 'Country', code: string, eu: boolean, id: string, name: string, entityKind: EntityKind, countryClusters: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> };

type EntityDetails_Entity_Event_Fragment = { __typename: 'Event', eventKind: string | null, startsOn: string | null, endsOn: string | null, id: string, name: string, entityKind: EntityKind, region: { id: string, name: string } | null, organisers: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  >, missions: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> };

type EntityDetails_Entity_Mission_Fragment = { __typename: 'Mission', startsOn: string | null, endsOn: string | null, summary: string | null, id: string, name: string, entityKind: EntityKind, missionStatus: MissionStatus, organisers: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  >, participants: Array<{ id: string, name: string }>, met: Array<{ id: string, name: string }>, events: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> };

type EntityDetails_Entity_Partnership_Fragment = { __typename: 'Partnership', acronym: string | null, programme: string | null, id: string, name: string, entityKind: EntityKind, members: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> };

type EntityDetails_Entity_Region_Fragment = { __typename: 'Region', id: string, name: string, entityKind: EntityKind, regionCountry: { id: string, name: string }, regionClusters: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> };

type EntityDetails_Entity_Sector_Fragment = { __typename: 'Sector', id: string, name: string, entityKind: EntityKind, parent: { id: string, name: string } | null, sectorClusters: Array<{ id: string, name: string }>, citations: Array<{ excerpt: string | null, source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null } }> };

export type EntityDetails_EntityFragment =
  | EntityDetails_Entity_Agreement_Fragment
  | EntityDetails_Entity_Cluster_Fragment
  | EntityDetails_Entity_Country_Fragment
  | EntityDetails_Entity_Event_Fragment
  | EntityDetails_Entity_Mission_Fragment
  | EntityDetails_Entity_Partnership_Fragment
  | EntityDetails_Entity_Region_Fragment
  | EntityDetails_Entity_Sector_Fragment
;

export type LastChangeQueryVariables = Exact<{
  id: string | number;
}>;


export type LastChangeQuery = { changes: { edges: Array<{ node: { id: string, at: string, by: string, operation: ChangeOperation } }> } };

export type GraphNodeFragment = { id: string, label: string, entityKind: EntityKind, country: string | null, sectors: Array<string>, degree: number, metrics: { betweenness: number | null, community: number | null, articulationPoint: boolean | null } | null };

export type GraphEdgeFragment = { id: string, source: string, target: string, kind: TieKind, via: Array<string>, years: Array<number>, weight: number, planned: boolean };

export type NetworkGraphFragment = { nodes: Array<{ id: string, label: string, entityKind: EntityKind, country: string | null, sectors: Array<string>, degree: number, metrics: { betweenness: number | null, community: number | null, articulationPoint: boolean | null } | null }>, edges: Array<{ id: string, source: string, target: string, kind: TieKind, via: Array<string>, years: Array<number>, weight: number, planned: boolean }> };

export type ExploreNetworkQueryVariables = Exact<{
  filter?: NetworkFilter | null | undefined;
  budget?: number | null | undefined;
}>;


export type ExploreNetworkQuery = { network: { omittedClusters: number, omittedTies: number, positions: Array<{ id: string, x: number, y: number }> | null, nodes: Array<{ id: string, label: string, entityKind: EntityKind, country: string | null, sectors: Array<string>, degree: number, metrics: { betweenness: number | null, community: number | null, articulationPoint: boolean | null } | null }>, edges: Array<{ id: string, source: string, target: string, kind: TieKind, via: Array<string>, years: Array<number>, weight: number, planned: boolean }> } };

export type ExploreOverviewQueryVariables = Exact<{
  filter?: NetworkFilter | null | undefined;
  groupBy?: OverviewGrouping | null | undefined;
}>;


export type ExploreOverviewQuery = { networkOverview: { clusters: number, ties: number, groups: Array<{ id: string, label: string, clusters: number, ties: number }>, links: Array<{ id: string, source: string, target: string, ties: number }> } };

export type ExploreNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  filter?: NetworkFilter | null | undefined;
}>;


export type ExploreNeighbourhoodQuery = { neighbourhood: { nodes: Array<{ id: string, label: string, entityKind: EntityKind, country: string | null, sectors: Array<string>, degree: number, metrics: { betweenness: number | null, community: number | null, articulationPoint: boolean | null } | null }>, edges: Array<{ id: string, source: string, target: string, kind: TieKind, via: Array<string>, years: Array<number>, weight: number, planned: boolean }> } };

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataQuery = { countries: Array<{ id: string, code: string, name: string, eu: boolean }>, sectors: Array<{ id: string, name: string, parent: { id: string } | null }> };

export type ExportFactsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExportFactsQuery = { entities: Array<
    | { id: string, name: string, entityKind: EntityKind, citations: Array<{ excerpt: string | null, source: { id: string, title: string, file: string | null, url: string | null } }> }
    | { id: string, name: string, entityKind: EntityKind, citations: Array<{ excerpt: string | null, source: { id: string, title: string, file: string | null, url: string | null } }> }
    | { id: string, name: string, entityKind: EntityKind, citations: Array<{ excerpt: string | null, source: { id: string, title: string, file: string | null, url: string | null } }> }
    | { id: string, name: string, entityKind: EntityKind, citations: Array<{ excerpt: string | null, source: { id: string, title: string, file: string | null, url: string | null } }> }
    | { id: string, name: string, entityKind: EntityKind, citations: Array<{ excerpt: string | null, source: { id: string, title: string, file: string | null, url: string | null } }> }
    | { id: string, name: string, entityKind: EntityKind, citations: Array<{ excerpt: string | null, source: { id: string, title: string, file: string | null, url: string | null } }> }
    | { id: string, name: string, entityKind: EntityKind, citations: Array<{ excerpt: string | null, source: { id: string, title: string, file: string | null, url: string | null } }> }
    | { id: string, name: string, entityKind: EntityKind, citations: Array<{ excerpt: string | null, source: { id: string, title: string, file: string | null, url: string | null } }> }
   | null> };

export type GapCandidateItemFragment = { score: number, reasons: Array<string>, left: { id: string, name: string, country: { code: string, name: string } | null }, right: { id: string, name: string, country: { code: string, name: string } | null }, sector: { id: string, name: string }, decision: { id: string, status: GapDecisionStatus, reason: string | null, note: string | null, by: string, at: string } | null };

export type DecideGapMutationVariables = Exact<{
  input: DecideGapInput;
}>;


export type DecideGapMutation = { decideGap: { decision: { id: string, status: GapDecisionStatus, reason: string | null, note: string | null, by: string, at: string } } };

export type GapMatrixFragment = { cells: Array<{ leftClusters: number, rightClusters: number, ties: number, possiblePairs: number, tiedPairs: number, missingPairs: number, gapShare: number | null, sector: { id: string, name: string, parent: { id: string, name: string } | null } }>, underServed: Array<
    | { __typename: 'Agreement', id: string, name: string, entityKind: EntityKind }
    | { __typename: 'Cluster', clusterKind: ClusterKind, id: string, name: string, entityKind: EntityKind, country: { code: string, name: string } | null }
    | { __typename: 'Country', id: string, name: string, entityKind: EntityKind }
    | { __typename: 'Event', id: string, name: string, entityKind: EntityKind }
    | { __typename: 'Mission', id: string, name: string, entityKind: EntityKind }
    | { __typename: 'Partnership', id: string, name: string, entityKind: EntityKind }
    | { __typename: 'Region', id: string, name: string, entityKind: EntityKind }
    | { __typename: 'Sector', id: string, name: string, entityKind: EntityKind }
  > };

export type GapsMatrixQueryVariables = Exact<{
  filter?: GapFilter | null | undefined;
}>;


export type GapsMatrixQuery = { cooperationMatrix: { cells: Array<{ leftClusters: number, rightClusters: number, ties: number, possiblePairs: number, tiedPairs: number, missingPairs: number, gapShare: number | null, sector: { id: string, name: string, parent: { id: string, name: string } | null } }>, underServed: Array<
      | { __typename: 'Agreement', id: string, name: string, entityKind: EntityKind }
      | { __typename: 'Cluster', clusterKind: ClusterKind, id: string, name: string, entityKind: EntityKind, country: { code: string, name: string } | null }
      | { __typename: 'Country', id: string, name: string, entityKind: EntityKind }
      | { __typename: 'Event', id: string, name: string, entityKind: EntityKind }
      | { __typename: 'Mission', id: string, name: string, entityKind: EntityKind }
      | { __typename: 'Partnership', id: string, name: string, entityKind: EntityKind }
      | { __typename: 'Region', id: string, name: string, entityKind: EntityKind }
      | { __typename: 'Sector', id: string, name: string, entityKind: EntityKind }
    > } };

export type GapsCandidatesQueryVariables = Exact<{
  filter?: GapFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type GapsCandidatesQuery = { gapRanking: { totalCount: number, bounds: Array<{ leftConsidered: number, leftClusters: number, rightConsidered: number, rightClusters: number, sector: { id: string, name: string } }>, candidates: Array<{ score: number, reasons: Array<string>, left: { id: string, name: string, country: { code: string, name: string } | null }, right: { id: string, name: string, country: { code: string, name: string } | null }, sector: { id: string, name: string }, decision: { id: string, status: GapDecisionStatus, reason: string | null, note: string | null, by: string, at: string } | null }> } };

export type GapCellClustersQueryVariables = Exact<{
  filter?: ClusterFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type GapCellClustersQuery = { clusters: { totalCount: number, edges: Array<{ node: { id: string, name: string, country: { code: string, name: string } | null } }> } };

export type ImportProblemFieldsFragment = { file: string, line: number, column: string | null, message: string, row: string };

export type ImportReportFieldsFragment = { rows: number, createdCount: number, updatedCount: number, unchangedCount: number, created: Array<string>, updated: Array<string>, rejectedCount: number, duplicatesCount: number, newSources: Array<string>, rejected: Array<{ file: string, line: number, column: string | null, message: string, row: string }>, duplicates: Array<{ line: number, name: string, matches: Array<string> }> };

export type ImportJobFieldsFragment = { id: string, fileName: string, kind: ImportKind, status: ImportStatus, done: number, total: number, error: string | null, check: { rows: number, createdCount: number, updatedCount: number, unchangedCount: number, created: Array<string>, updated: Array<string>, rejectedCount: number, duplicatesCount: number, newSources: Array<string>, rejected: Array<{ file: string, line: number, column: string | null, message: string, row: string }>, duplicates: Array<{ line: number, name: string, matches: Array<string> }> } | null, result: { rows: number, createdCount: number, updatedCount: number, unchangedCount: number, created: Array<string>, updated: Array<string>, rejectedCount: number, duplicatesCount: number, newSources: Array<string>, rejected: Array<{ file: string, line: number, column: string | null, message: string, row: string }>, duplicates: Array<{ line: number, name: string, matches: Array<string> }> } | null };

export type CheckImportMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type CheckImportMutation = { checkImport: { id: string, fileName: string, kind: ImportKind, status: ImportStatus, done: number, total: number, error: string | null, check: { rows: number, createdCount: number, updatedCount: number, unchangedCount: number, created: Array<string>, updated: Array<string>, rejectedCount: number, duplicatesCount: number, newSources: Array<string>, rejected: Array<{ file: string, line: number, column: string | null, message: string, row: string }>, duplicates: Array<{ line: number, name: string, matches: Array<string> }> } | null, result: { rows: number, createdCount: number, updatedCount: number, unchangedCount: number, created: Array<string>, updated: Array<string>, rejectedCount: number, duplicatesCount: number, newSources: Array<string>, rejected: Array<{ file: string, line: number, column: string | null, message: string, row: string }>, duplicates: Array<{ line: number, name: string, matches: Array<string> }> } | null } };

export type ApplyImportMutationVariables = Exact<{
  id: string | number;
}>;


export type ApplyImportMutation = { applyImport: { id: string, fileName: string, kind: ImportKind, status: ImportStatus, done: number, total: number, error: string | null, check: { rows: number, createdCount: number, updatedCount: number, unchangedCount: number, created: Array<string>, updated: Array<string>, rejectedCount: number, duplicatesCount: number, newSources: Array<string>, rejected: Array<{ file: string, line: number, column: string | null, message: string, row: string }>, duplicates: Array<{ line: number, name: string, matches: Array<string> }> } | null, result: { rows: number, createdCount: number, updatedCount: number, unchangedCount: number, created: Array<string>, updated: Array<string>, rejectedCount: number, duplicatesCount: number, newSources: Array<string>, rejected: Array<{ file: string, line: number, column: string | null, message: string, row: string }>, duplicates: Array<{ line: number, name: string, matches: Array<string> }> } | null } };

export type ImportRejectedQueryVariables = Exact<{
  id: string | number;
  first: number;
  offset: number;
}>;


export type ImportRejectedQuery = { importJob: { id: string, check: { rejected: Array<{ file: string, line: number, column: string | null, message: string, row: string }> } | null, result: { rejected: Array<{ file: string, line: number, column: string | null, message: string, row: string }> } | null } | null };

export type ImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobQuery = { importJob: { id: string, fileName: string, kind: ImportKind, status: ImportStatus, done: number, total: number, error: string | null, check: { rows: number, createdCount: number, updatedCount: number, unchangedCount: number, created: Array<string>, updated: Array<string>, rejectedCount: number, duplicatesCount: number, newSources: Array<string>, rejected: Array<{ file: string, line: number, column: string | null, message: string, row: string }>, duplicates: Array<{ line: number, name: string, matches: Array<string> }> } | null, result: { rows: number, createdCount: number, updatedCount: number, unchangedCount: number, created: Array<string>, updated: Array<string>, rejectedCount: number, duplicatesCount: number, newSources: Array<string>, rejected: Array<{ file: string, line: number, column: string | null, message: string, row: string }>, duplicates: Array<{ line: number, name: string, matches: Array<string> }> } | null } | null };

export type MapClusterPlacesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MapClusterPlacesQuery = { clusterPlaces: Array<{ clusterId: string, country: string | null, region: string | null, unplacedBecause: string | null, point: { name: string, lat: number, lon: number } | null }>, gazetteer: { name: string, licence: string, url: string } };

export type PathViaQueryVariables = Exact<{
  id: string | number;
}>;


export type PathViaQuery = { node:
    | { __typename: 'Agreement', agreementKind: AgreementKind, signedOn: string | null, id: string, name: string, entityKind: EntityKind }
    | { __typename: 'Cluster', id: string, name: string, entityKind: EntityKind }
    | { __typename: 'Country', id: string, name: string, entityKind: EntityKind }
    | { __typename: 'Event', id: string, name: string, entityKind: EntityKind }
    | { __typename: 'Mission', startsOn: string | null, id: string, name: string, entityKind: EntityKind }
    | { __typename: 'Partnership', acronym: string | null, id: string, name: string, entityKind: EntityKind }
    | { __typename: 'Region', id: string, name: string, entityKind: EntityKind }
    | { __typename: 'Sector', id: string, name: string, entityKind: EntityKind }
   | null };

export type ShortestPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  kinds?: Array<TieKind> | TieKind | null | undefined;
  includePlanned?: boolean | null | undefined;
}>;


export type ShortestPathQuery = { shortestPath: { hops: number, nodes: Array<{ id: string, label: string, entityKind: EntityKind, country: string | null, sectors: Array<string>, degree: number, metrics: { betweenness: number | null, community: number | null, articulationPoint: boolean | null } | null }>, edges: Array<{ id: string, source: string, target: string, kind: TieKind, via: Array<string>, years: Array<number>, weight: number, planned: boolean }> } | null };

export type ReviewCandidateFragment = { id: string, kind: CandidateKind, status: CandidateStatus, name: string, agreementKind: AgreementKind | null, agreementStatus: AgreementStatus | null, startsOn: string | null, endsOn: string | null, country: string | null, places: Array<string>, excerpt: string, start: number, end: number, confidence: number, reasons: Array<string>, decidedBy: string | null, decidedAt: string | null, reason: string | null, match:
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
   | null, parties: Array<{ name: string, match:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null }>, entity:
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
   | null };

export type DocumentReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentReviewQuery = { documentReview: { id: string, title: string, text: string, createdAt: string, createdBy: string, source: { id: string, title: string }, candidates: Array<{ id: string, kind: CandidateKind, status: CandidateStatus, name: string, agreementKind: AgreementKind | null, agreementStatus: AgreementStatus | null, startsOn: string | null, endsOn: string | null, country: string | null, places: Array<string>, excerpt: string, start: number, end: number, confidence: number, reasons: Array<string>, decidedBy: string | null, decidedAt: string | null, reason: string | null, match:
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
       | null, parties: Array<{ name: string, match:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null }>, entity:
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
       | null }> } | null };

export type DocumentReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentReviewsQuery = { documentReviews: Array<{ id: string, title: string, createdAt: string, createdBy: string }> };

export type ProposeFactsMutationVariables = Exact<{
  document: DocumentInput;
}>;


export type ProposeFactsMutation = { proposeFacts: { id: string } };

export type AcceptCandidateMutationVariables = Exact<{
  id: string | number;
  edit?: CandidateEditInput | null | undefined;
}>;


export type AcceptCandidateMutation = { acceptCandidate:
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
    | { id: string, name: string, entityKind: EntityKind }
   };

export type RejectCandidateMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type RejectCandidateMutation = { rejectCandidate: { id: string, status: CandidateStatus, reason: string | null } };

export type SearchEntitiesQueryVariables = Exact<{
  text: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
}>;


export type SearchEntitiesQuery = { search: Array<{ score: number, entity:
      | { __typename: 'Agreement', id: string, name: string, entityKind: EntityKind }
      | { __typename: 'Cluster', acronym: string | null, id: string, name: string, entityKind: EntityKind, country: { code: string, name: string } | null }
      | { __typename: 'Country', id: string, name: string, entityKind: EntityKind }
      | { __typename: 'Event', id: string, name: string, entityKind: EntityKind }
      | { __typename: 'Mission', id: string, name: string, entityKind: EntityKind }
      | { __typename: 'Partnership', id: string, name: string, entityKind: EntityKind }
      | { __typename: 'Region', id: string, name: string, entityKind: EntityKind }
      | { __typename: 'Sector', id: string, name: string, entityKind: EntityKind }
     }> };

export type AboutTheDataQueryVariables = Exact<{ [key: string]: never; }>;


export type AboutTheDataQuery = { coverage: { clusters: number, withoutCountry: number, firstYear: number | null, lastYear: number | null, undated: number, sources: Array<{ id: string }>, countries: Array<{ clusters: number, country: { code: string, name: string, eu: boolean } }> }, sources: Array<{ id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null, contributes: Array<{ label: string, count: number }> }> };

export type SourcePageQueryVariables = Exact<{
  id: string | number;
}>;


export type SourcePageQuery = { source: { id: string, title: string, publisher: string | null, publishedOn: string | null, file: string | null, url: string | null, text: string | null, passages: Array<{ excerpt: string | null, spans: Array<{ start: number, end: number }>, entities: Array<
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
        | { id: string, name: string, entityKind: EntityKind }
      > }> } | null };

export type CoverageQueryVariables = Exact<{
  sides?: Array<Side> | Side | null | undefined;
}>;


export type CoverageQuery = { coverage: { clusters: number, withoutCountry: number, firstYear: number | null, lastYear: number | null, undated: number, sides: Array<{ clusters: number, countries: number }>, sources: Array<{ id: string }>, countries: Array<{ clusters: number, country: { code: string, name: string, eu: boolean } }> } };

export type CoverageNote_CoverageFragment = { clusters: number, withoutCountry: number, firstYear: number | null, lastYear: number | null, undated: number, sources: Array<{ id: string }>, countries: Array<{ clusters: number, country: { code: string, name: string, eu: boolean } }> };

export type TimelineQueryVariables = Exact<{ [key: string]: never; }>;


export type TimelineQuery = { timeline: Array<{ year: number | null, kind: TieKind, status: string | null, count: number }> };

export type AgreementEventsQueryVariables = Exact<{
  events?: Array<AgreementEventKind> | AgreementEventKind | null | undefined;
}>;


export type AgreementEventsQuery = { agreementEvents: Array<{ event: AgreementEventKind, on: string, year: number, agreement: { id: string, name: string }, by: { id: string, name: string } | null }> };

export type TieChangesQueryVariables = Exact<{
  from: number;
  to: number;
}>;


export type TieChangesQuery = { tieChanges: { undated: number, appeared: Array<{ kind: TieKind, year: number, via:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , parties: Array<{ id: string, name: string }> }>, ended: Array<{ kind: TieKind, year: number, via:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , parties: Array<{ id: string, name: string }> }> } };

export const AnalysisStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graphVersion"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AnalysisStatusFieldsFragment, unknown>;
export const CutFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SinglePointsOfFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalysisStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graphVersion"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CutFieldsFragment, unknown>;
export const CitationList_CitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationList_citation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CitationList_CitationFragment, unknown>;
export const ClusterDetails_ClusterFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterDetails_cluster"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"clusterKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agreementKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationList_citation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"met"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationList_citation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationList_citation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationList_citation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationList_citation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ClusterDetails_ClusterFragment, unknown>;
export const EntityDetails_EntityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityDetails_entity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationList_citation"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"missionStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"met"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"eu"}},{"kind":"Field","alias":{"kind":"Name","value":"countryClusters"},"name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"regionCountry"},"name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"regionClusters"},"name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sectorClusters"},"name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationList_citation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<EntityDetails_EntityFragment, unknown>;
export const GraphNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"articulationPoint"}}]}}]}}]} as unknown as DocumentNode<GraphNodeFragment, unknown>;
export const GraphEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}}]}}]} as unknown as DocumentNode<GraphEdgeFragment, unknown>;
export const NetworkGraphFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkGraph"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdge"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"articulationPoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}}]}}]} as unknown as DocumentNode<NetworkGraphFragment, unknown>;
export const GapCandidateItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapCandidateItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GapCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"left"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"right"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<GapCandidateItemFragment, unknown>;
export const GapMatrixFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapMatrix"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationMatrix"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leftClusters"}},{"kind":"Field","name":{"kind":"Name","value":"rightClusters"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}},{"kind":"Field","name":{"kind":"Name","value":"possiblePairs"}},{"kind":"Field","name":{"kind":"Name","value":"tiedPairs"}},{"kind":"Field","name":{"kind":"Name","value":"missingPairs"}},{"kind":"Field","name":{"kind":"Name","value":"gapShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"underServed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterKind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GapMatrixFragment, unknown>;
export const ImportProblemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]} as unknown as DocumentNode<ImportProblemFieldsFragment, unknown>;
export const ImportReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"duplicatesCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportProblemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newSources"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]} as unknown as DocumentNode<ImportReportFieldsFragment, unknown>;
export const ImportJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"duplicatesCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportProblemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newSources"}}]}}]} as unknown as DocumentNode<ImportJobFieldsFragment, unknown>;
export const ReviewCandidateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewCandidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateFact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementKind"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<ReviewCandidateFragment, unknown>;
export const CoverageNote_CoverageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageNote_coverage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"withoutCountry"}},{"kind":"Field","name":{"kind":"Name","value":"firstYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}}]}}]}}]} as unknown as DocumentNode<CoverageNote_CoverageFragment, unknown>;
export const StructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Structure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalysisStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"singlePointsOfFailure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CutFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graphVersion"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SinglePointsOfFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalysisStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StructureQuery, StructureQueryVariables>;
export const SeparatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Separators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"between"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GapFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singlePointsOfFailure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"between"},"value":{"kind":"Variable","name":{"kind":"Name","value":"between"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CutFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalysisStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graphVersion"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SinglePointsOfFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalysisStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SeparatorsQuery, SeparatorsQueryVariables>;
export const CurrentEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentEditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentEditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CurrentEditorQuery, CurrentEditorQueryVariables>;
export const EditableEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditableEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"missionStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"smeCount"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"met"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"smeCount"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCount"}},{"kind":"Field","name":{"kind":"Name","value":"targetCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"clusterKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"smeCount"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditableEntityQuery, EditableEntityQueryVariables>;
export const EditingCountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditingCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EditingCountriesQuery, EditingCountriesQueryVariables>;
export const EditingSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditingSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]} as unknown as DocumentNode<EditingSourcesQuery, EditingSourcesQueryVariables>;
export const EditCreateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditCreateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditCreateAgreementMutation, EditCreateAgreementMutationVariables>;
export const EditUpdateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditUpdateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditUpdateAgreementMutation, EditUpdateAgreementMutationVariables>;
export const EditDeleteAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditDeleteAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<EditDeleteAgreementMutation, EditDeleteAgreementMutationVariables>;
export const EditCreateMissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditCreateMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditCreateMissionMutation, EditCreateMissionMutationVariables>;
export const EditUpdateMissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditUpdateMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditUpdateMissionMutation, EditUpdateMissionMutationVariables>;
export const EditDeleteMissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditDeleteMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<EditDeleteMissionMutation, EditDeleteMissionMutationVariables>;
export const EditDeleteClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditDeleteCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<EditDeleteClusterMutation, EditDeleteClusterMutationVariables>;
export const EditCreatePartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditCreatePartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditCreatePartnershipMutation, EditCreatePartnershipMutationVariables>;
export const EditUpdatePartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditUpdatePartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditUpdatePartnershipMutation, EditUpdatePartnershipMutationVariables>;
export const EditDeletePartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditDeletePartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<EditDeletePartnershipMutation, EditDeletePartnershipMutationVariables>;
export const EditUpsertClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditUpsertCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertClusterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditUpsertClusterMutation, EditUpsertClusterMutationVariables>;
export const EditAddCitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditAddCitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excerpt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"excerpt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excerpt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditAddCitationMutation, EditAddCitationMutationVariables>;
export const EntityHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityHistoryQuery, EntityHistoryQueryVariables>;
export const EditRevertChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditRevertChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revertChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}}]}}]}}]} as unknown as DocumentNode<EditRevertChangeMutation, EditRevertChangeMutationVariables>;
export const EntityDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityDetails_entity"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterDetails_cluster"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationList_citation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityDetails_entity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationList_citation"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"missionStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"met"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"eu"}},{"kind":"Field","alias":{"kind":"Name","value":"countryClusters"},"name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"regionCountry"},"name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"regionClusters"},"name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sectorClusters"},"name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterDetails_cluster"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"clusterKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agreementKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationList_citation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"met"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationList_citation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationList_citation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationList_citation"}}]}}]}}]} as unknown as DocumentNode<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const LastChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LastChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LastChangeQuery, LastChangeQueryVariables>;
export const ExploreNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"budget"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"budget"},"value":{"kind":"Variable","name":{"kind":"Name","value":"budget"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkGraph"}},{"kind":"Field","name":{"kind":"Name","value":"omittedClusters"}},{"kind":"Field","name":{"kind":"Name","value":"omittedTies"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"articulationPoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkGraph"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdge"}}]}}]}}]} as unknown as DocumentNode<ExploreNetworkQuery, ExploreNetworkQueryVariables>;
export const ExploreOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OverviewGrouping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}}]}}]}}]}}]} as unknown as DocumentNode<ExploreOverviewQuery, ExploreOverviewQueryVariables>;
export const ExploreNeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreNeighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkGraph"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"articulationPoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkGraph"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdge"}}]}}]}}]} as unknown as DocumentNode<ExploreNeighbourhoodQuery, ExploreNeighbourhoodQueryVariables>;
export const ReferenceDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReferenceDataQuery, ReferenceDataQueryVariables>;
export const ExportFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportFactsQuery, ExportFactsQueryVariables>;
export const DecideGapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideGap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideGapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideGap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<DecideGapMutation, DecideGapMutationVariables>;
export const GapsMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapsMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GapFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapMatrix"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapMatrix"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationMatrix"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leftClusters"}},{"kind":"Field","name":{"kind":"Name","value":"rightClusters"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}},{"kind":"Field","name":{"kind":"Name","value":"possiblePairs"}},{"kind":"Field","name":{"kind":"Name","value":"tiedPairs"}},{"kind":"Field","name":{"kind":"Name","value":"missingPairs"}},{"kind":"Field","name":{"kind":"Name","value":"gapShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"underServed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterKind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GapsMatrixQuery, GapsMatrixQueryVariables>;
export const GapsCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapsCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GapFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gapRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"bounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leftConsidered"}},{"kind":"Field","name":{"kind":"Name","value":"leftClusters"}},{"kind":"Field","name":{"kind":"Name","value":"rightConsidered"}},{"kind":"Field","name":{"kind":"Name","value":"rightClusters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapCandidateItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapCandidateItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GapCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"left"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"right"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<GapsCandidatesQuery, GapsCandidatesQueryVariables>;
export const GapCellClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapCellClusters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GapCellClustersQuery, GapCellClustersQueryVariables>;
export const CheckImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"duplicatesCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportProblemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newSources"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}}]}}]} as unknown as DocumentNode<CheckImportMutation, CheckImportMutationVariables>;
export const ApplyImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"duplicatesCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportProblemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newSources"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}}]}}]} as unknown as DocumentNode<ApplyImportMutation, ApplyImportMutationVariables>;
export const ImportRejectedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportRejected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportProblemFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportProblemFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]} as unknown as DocumentNode<ImportRejectedQuery, ImportRejectedQueryVariables>;
export const ImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedCount"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"duplicatesCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportProblemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newSources"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}}]}}]} as unknown as DocumentNode<ImportJobQuery, ImportJobQueryVariables>;
export const MapClusterPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapClusterPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterPlaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplacedBecause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gazetteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<MapClusterPlacesQuery, MapClusterPlacesQueryVariables>;
export const PathViaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathVia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementKind"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]} as unknown as DocumentNode<PathViaQuery, PathViaQueryVariables>;
export const ShortestPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TieKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includePlanned"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"includePlanned"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includePlanned"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"articulationPoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}}]}}]} as unknown as DocumentNode<ShortestPathQuery, ShortestPathQueryVariables>;
export const DocumentReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCandidate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewCandidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateFact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementKind"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<DocumentReviewQuery, DocumentReviewQueryVariables>;
export const DocumentReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]} as unknown as DocumentNode<DocumentReviewsQuery, DocumentReviewsQueryVariables>;
export const ProposeFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProposeFactsMutation, ProposeFactsMutationVariables>;
export const AcceptCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateEditInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"edit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}}]}}]}}]} as unknown as DocumentNode<AcceptCandidateMutation, AcceptCandidateMutationVariables>;
export const RejectCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RejectCandidateMutation, RejectCandidateMutationVariables>;
export const SearchEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
export const AboutTheDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AboutTheData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageNote_coverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageNote_coverage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"withoutCountry"}},{"kind":"Field","name":{"kind":"Name","value":"firstYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}}]}}]}}]} as unknown as DocumentNode<AboutTheDataQuery, AboutTheDataQueryVariables>;
export const SourcePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourcePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"passages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entityKind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourcePageQuery, SourcePageQueryVariables>;
export const CoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sides"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Side"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sides"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sides"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageNote_coverage"}},{"kind":"Field","name":{"kind":"Name","value":"sides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageNote_coverage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"withoutCountry"}},{"kind":"Field","name":{"kind":"Name","value":"firstYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}}]}}]}}]} as unknown as DocumentNode<CoverageQuery, CoverageQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const AgreementEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementEventKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementEventsQuery, AgreementEventsQueryVariables>;
export const TieChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TieChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tieChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"undated"}}]}}]}}]} as unknown as DocumentNode<TieChangesQuery, TieChangesQueryVariables>;