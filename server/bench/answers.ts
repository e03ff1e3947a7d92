/**
 * Whether the contenders answered the same question: a time ratio between two contenders means
 * something only when their answers' summaries (sizes) are equal. Computed from each run's answers,
 * never assumed.
 */

/** Contenders grouped by the summary they answered, in the order first seen. */
export function answerGroups(answers: ReadonlyMap<string, string>): { summary: string; who: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const [who, summary] of answers) groups.set(summary, [...(groups.get(summary) ?? []), who]);
  return [...groups].map(([summary, who]) => ({ summary, who }));
}

/** Both contenders answered, and alike. */
export const sameAnswer = (answers: ReadonlyMap<string, string>, a: string, b: string): boolean =>
  answers.has(a) && answers.get(a) === answers.get(b);

/** "raw Cypher and @neo4j/graphql: 358 nodes, 1141 edges; ours and ours HTTP: 358 nodes, 1077 edges". */
export const describeDisagreement = (answers: ReadonlyMap<string, string>): string =>
  answerGroups(answers)
    .map((g) => `${g.who.join(' and ')}: ${g.summary}`)
    .join('; ');
