import { describe, expect, it } from 'vitest';
import { reasons, scoreTerms, type GapEvidence } from './explain.js';
import { GAP_WEIGHTS } from './scoring.js';

const none: GapEvidence = {
  sharedSectors: [{ id: 'aerospace', name: 'Aerospace' }],
  commonPartners: [],
  adamicAdar: 0,
  targeting: [],
  missionContacts: [],
  superclusters: [],
  priority: [],
};

describe('reasons', () => {
  it('always names the shared sector', () => {
    expect(reasons(none)).toEqual(['both in Aerospace']);
  });

  it('names every piece of evidence', () => {
    const evidence: GapEvidence = {
      sharedSectors: [
        { id: 'aerospace', name: 'Aerospace' },
        { id: 'ocean', name: 'Ocean' },
      ],
      commonPartners: [
        { id: 'aero-montreal', name: 'Aéro Montréal', degree: 4 },
        { id: 'criaq', name: 'CRIAQ', degree: 2 },
      ],
      adamicAdar: 1 / Math.log(4) + 1 / Math.log(2),
      targeting: [{ partnership: 'LASER-GO', member: 'Optence', country: 'Canada' }],
      missionContacts: [
        {
          mission: 'Visit to Québec',
          through: 'LASER-GO',
          member: 'Optence',
          other: 'MEDTEQ',
          visited: ['Québec'],
          met: [],
        },
      ],
      superclusters: ['Blue Economy Supercluster'],
      priority: [{ prioritySector: 'Ocean', supercluster: 'Blue Economy Supercluster', country: 'Canada' }],
    };
    expect(reasons(evidence)).toEqual([
      'both in Aerospace and Ocean',
      '2 common partners: Aéro Montréal, CRIAQ',
      'LASER-GO (with Optence) targets Canada',
      `LASER-GO's mission "Visit to Québec" (Optence is a member) visited Québec, where MEDTEQ is`,
      'Blue Economy Supercluster is a supercluster',
      'Ocean is a priority sector of Canada (Blue Economy Supercluster)',
    ]);
    const terms = scoreTerms(evidence);
    // 2 shared sectors × 1; (1/ln 4 + 1/ln 2) × 1.5 = 3.246; then the four yes/no terms.
    expect(terms.map((t) => [t.term, t.points])).toEqual([
      ['SHARED_SECTORS', 2],
      ['COMMON_PARTNERS', 3.246],
      ['TARGETING_PARTNERSHIP', 1.5],
      ['MISSION_CONTACT', 1],
      ['SUPERCLUSTER', 0.5],
      ['PRIORITY_SECTOR', 0.5],
    ]);
  });

  it('says a priority sector once per side, however many routes name it', () => {
    const evidence: GapEvidence = {
      ...none,
      priority: [
        { prioritySector: 'Agri-food', supercluster: null, country: 'Canada' },
        { prioritySector: 'Agri-food', supercluster: 'Protein Industries Canada', country: 'Canada' },
        { prioritySector: 'Agri-food', supercluster: 'Protein Industries Canada', country: 'Canada' },
      ],
    };
    expect(reasons(evidence)).toEqual([
      'both in Aerospace',
      'Agri-food is a priority sector of Canada (Protein Industries Canada)',
    ]);
  });

  it('scores a pair with nothing but a shared sector at the sector weight', () => {
    const total = scoreTerms(none).reduce((sum, t) => sum + t.points, 0);
    expect(total).toBe(GAP_WEIGHTS.SHARED_SECTORS);
  });
});
