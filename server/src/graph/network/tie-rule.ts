import { PENDING_AGREEMENT_STATUSES } from '../../domain/vocabulary.js';

/**
 * THE tie rule, in one place for every query that asks "are these clusters tied?" (network,
 * neighbourhood, shortest path, a cluster's ties, stats, the cooperation matrix and the gaps).
 *
 * An agreement that is only planned or initiated states an intention, not cooperation: a policy
 * officer must not read it as a tie, nor have it hide a gap. It is one only when the caller asks
 * to include planned agreements. Missions and partnerships are ties whatever their status.
 */

/** The statuses as a Cypher list literal (constants of the vocabulary, never user input). */
const PENDING = `[${PENDING_AGREEMENT_STATUSES.map((status) => `'${status}'`).join(', ')}]`;

/**
 * A via node `v` (an Agreement, Mission or Partnership) counts as a tie. `includePlanned` is the
 * Cypher expression that says whether planned and initiated agreements count: the parameter
 * `$includePlanned` by default, or a literal where the caller has no such choice.
 */
export const countsAsTie = (v: string, includePlanned = '$includePlanned') =>
  `(${includePlanned} OR NOT (${v}:Agreement AND ${v}.status IN ${PENDING}))`;

/** Whether a via node `v` is a planned or initiated agreement (drawn as such when included). */
export const isPendingAgreement = (v: string) => `(${v}:Agreement AND ${v}.status IN ${PENDING})`;
