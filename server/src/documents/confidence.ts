import type { OrganisationCue } from './types.js';

/**
 * How far a reviewer can trust a candidate, 0..1. The figures rank cues by how often they held
 * on the five seed documents (npm run extract:eval); they are not probabilities. A name the graph
 * already knows is near certain; a cue the text gives about the name itself (a country code, a
 * word such as "cluster") is strong; a cue borrowed from neighbours (a list, a sentence about an
 * agreement) is weaker.
 */
export const ORGANISATION_CONFIDENCE: Record<OrganisationCue, number> = {
  known: 0.95,
  'country-in-parentheses': 0.85,
  apposition: 0.8,
  'descriptor-before': 0.75,
  'cue-word': 0.7,
  'located-in-country': 0.65,
  'party-of-a-fact': 0.6,
  acts: 0.6,
  'listed-with-an-organisation': 0.55,
};

/**
 * A fact (agreement, mission, membership, event) starts from the keyword that states it and
 * loses trust for each thing the rules had to infer rather than read.
 */
export const FACT_CONFIDENCE = {
  base: 0.8,
  /** The text dates the fact without a year ("in May"): it is proposed undated. */
  yearNotStated: 0.1,
  /** The day or month took the year its sentence states earlier, not one written with it. */
  yearFromSentence: 0.05,
  /** Fewer parties than the fact needs (an agreement with one party, a mission with no place). */
  missingParties: 0.2,
  /** The parties or date came from a neighbouring sentence. */
  fromContext: 0.1,
  /** An unknown organisation among the parties: accepting creates it too. */
  newParty: 0.05,
} as const;

export function factConfidence(deductions: (keyof typeof FACT_CONFIDENCE)[]): number {
  let value: number = FACT_CONFIDENCE.base;
  for (const deduction of deductions) if (deduction !== 'base') value -= FACT_CONFIDENCE[deduction];
  return Math.max(0.1, Math.round(value * 100) / 100);
}
