/**
 * The graph's closed vocabularies, as the contract's enums and the data model name them: one
 * definition for the seed format, the write inputs and the generators.
 */

/** Ids are lower-case slugs: "aero-montreal", "biovalley-france". */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const CLUSTER_KINDS = [
  'CLUSTER',
  'SUPERCLUSTER',
  'ASSOCIATION',
  'RESEARCH_CONSORTIUM',
  'PUBLIC_BODY',
  'NETWORK',
] as const;
export const REGION_KINDS = ['PROVINCE', 'REGION', 'METRO', 'CITY'] as const;
export const AGREEMENT_KINDS = [
  'MOU',
  'PARTNERSHIP_AGREEMENT',
  'COOPERATION_AGREEMENT',
  'COLLABORATION_AGREEMENT',
] as const;
export const AGREEMENT_STATUSES = ['SIGNED', 'PLANNED', 'INITIATED', 'ENDED'] as const;
/** Agreements not signed: an intention, not a tie unless the caller includes planned ones (graph/network/tie-rule.ts). */
export const PENDING_AGREEMENT_STATUSES = [
  'PLANNED',
  'INITIATED',
] as const satisfies readonly (typeof AGREEMENT_STATUSES)[number][];
export const MISSION_STATUSES = ['PLANNED', 'DONE'] as const;
export const MEMBER_ROLES = ['COORDINATOR', 'PARTNER'] as const;
