/**
 * What a write makes stale: urql's document cache re-runs every query whose result held one of
 * these types, so the canvas, the details, the history and the gaps show the graph as it is now.
 */
export const WRITTEN = {
  additionalTypenames: [
    'Network',
    'NetworkNode',
    'NetworkEdge',
    'Cluster',
    'Agreement',
    'Mission',
    'Partnership',
    'Source',
    'Change',
    'ChangeConnection',
    'GapRanking',
    'GapCandidate',
    'CooperationMatrix',
    'Coverage',
  ],
};
