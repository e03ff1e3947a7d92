import { useQuery } from 'urql';
import { answerTo, questionKey, type GapFilterInput } from '../../graph/gaps';
import { GapsCandidatesQuery, GapsMatrixQuery } from './queries';

/**
 * The matrix and the ranking for one question (sides and sectors), keyed by it: while the next
 * question loads, the previous answers are withheld, never shown under the new heading.
 */
export function useGapAnswers(options: { filter: GapFilterInput | null; runnable: boolean; first: number }) {
  const { filter, runnable, first } = options;
  const key = questionKey(filter);
  const [matrix, refetchMatrix] = useQuery({ query: GapsMatrixQuery, variables: { filter }, pause: !runnable });
  const [ranking, refetchRanking] = useQuery({
    query: GapsCandidatesQuery,
    variables: { filter, first },
    pause: !runnable,
  });
  const matrixData = runnable ? answerTo(matrix, key)?.cooperationMatrix : undefined;
  const rankingData = runnable ? answerTo(ranking, key)?.gapRanking : undefined;
  return {
    matrix: {
      data: matrixData,
      loading: runnable && !matrixData && !matrix.error,
      error: matrix.fetching ? undefined : matrix.error,
      retry: () => refetchMatrix({ requestPolicy: 'network-only' }),
    },
    ranking: {
      data: rankingData,
      loading: runnable && !rankingData && !ranking.error,
      /** More of the same question's candidates are on their way (a longer page). */
      fetching: ranking.fetching,
      error: ranking.fetching ? undefined : ranking.error,
      retry: () => refetchRanking({ requestPolicy: 'network-only' }),
    },
  };
}
