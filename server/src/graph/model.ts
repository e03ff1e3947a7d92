/**
 * The domain records the API works with: node properties as the executor returns them (plain
 * values), plus the entity kind. Resolver parents are these types (codegen `mappers`).
 */

import type { ClusterMetricsRecord } from './analysis/repo.js';

export type EntityKind =
  'CLUSTER' | 'REGION' | 'COUNTRY' | 'SECTOR' | 'AGREEMENT' | 'MISSION' | 'PARTNERSHIP' | 'EVENT';
export type TieKind = 'AGREEMENT' | 'MISSION' | 'PARTNERSHIP';
export type ClusterKind =
  'CLUSTER' | 'SUPERCLUSTER' | 'ASSOCIATION' | 'RESEARCH_CONSORTIUM' | 'PUBLIC_BODY' | 'NETWORK';
export type AgreementKind = 'MOU' | 'PARTNERSHIP_AGREEMENT' | 'COOPERATION_AGREEMENT' | 'COLLABORATION_AGREEMENT';
export type AgreementStatus = 'SIGNED' | 'PLANNED' | 'INITIATED' | 'ENDED';
export type MissionStatus = 'PLANNED' | 'DONE';

interface EntityBase {
  id: string;
  name: string;
}

export interface ClusterRecord extends EntityBase {
  entityKind: 'CLUSTER';
  acronym: string | null;
  aliases: string[];
  kind: ClusterKind;
  description: string | null;
  website: string | null;
  foundedYear: number | null;
  memberCount: number | null;
  smeCount: number | null;
  countryCode: string | null;
}

export interface RegionRecord extends EntityBase {
  entityKind: 'REGION';
  kind: string | null;
  countryCode: string | null;
}

export interface CountryRecord extends EntityBase {
  entityKind: 'COUNTRY';
  code: string;
  eu: boolean;
}

export interface SectorRecord extends EntityBase {
  entityKind: 'SECTOR';
}

export interface AgreementRecord extends EntityBase {
  entityKind: 'AGREEMENT';
  kind: AgreementKind;
  status: AgreementStatus;
  signedOn: string | null;
  endsOn: string | null;
  summary: string | null;
}

export interface MissionRecord extends EntityBase {
  entityKind: 'MISSION';
  status: MissionStatus;
  startsOn: string | null;
  endsOn: string | null;
  smeCount: number | null;
  summary: string | null;
}

export interface PartnershipRecord extends EntityBase {
  entityKind: 'PARTNERSHIP';
  acronym: string | null;
  programme: string | null;
  smeCount: number | null;
  partnerCount: number | null;
}

export interface EventRecord extends EntityBase {
  entityKind: 'EVENT';
  startsOn: string | null;
  endsOn: string | null;
  kind: string | null;
  audience: string | null;
}

export type EntityRecord =
  | ClusterRecord
  | RegionRecord
  | CountryRecord
  | SectorRecord
  | AgreementRecord
  | MissionRecord
  | PartnershipRecord
  | EventRecord;

export interface SourceRecord {
  /** The document's full text; absent when the query did not read it (lists never do). */
  text?: string | null;
  id: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  file: string | null;
  url: string | null;
}

export interface CitationRecord {
  source: SourceRecord;
  excerpt: string | null;
}

/** One tie seen from a cluster: the other cluster and what they share. */
export interface TieRecord {
  clusterId: string;
  kind: TieKind;
  viaId: string;
  year: number | null;
}

/** A network as the API returns it: plain objects in the exact GraphQL shape, no field resolvers. */
export interface NetworkNodeRecord {
  id: string;
  label: string;
  entityKind: 'CLUSTER';
  country: string | null;
  sectors: string[];
  degree: number;
  /** The measures, when read with the node (null: not computed); absent, `metrics` reads them through the loader. */
  metrics?: ClusterMetricsRecord | null;
}
export interface NetworkEdgeRecord {
  id: string;
  source: string;
  target: string;
  kind: TieKind;
  via: string[];
  years: number[];
  weight: number;
  /** Every agreement behind it is planned or initiated (only drawn when the caller includes them). */
  planned: boolean;
}
export interface GraphRecord {
  nodes: NetworkNodeRecord[];
  edges: NetworkEdgeRecord[];
}
/** A network, and what a budget left out of it (0 and 0 when it is whole). */
export interface NetworkRecord extends GraphRecord {
  omittedClusters: number;
  omittedTies: number;
}
export interface PathRecord extends GraphRecord {
  hops: number;
}

/** The network aggregated into groups (countries, regions or sectors), in the GraphQL shape. */
export interface NetworkOverviewRecord {
  groupBy: 'COUNTRY' | 'REGION' | 'SECTOR';
  clusters: number;
  ties: number;
  groups: { id: string; label: string; clusters: number; ties: number }[];
  links: { id: string; source: string; target: string; ties: number }[];
}

/** A Relay connection page, already in the GraphQL shape. */
export interface PageRecord<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}
