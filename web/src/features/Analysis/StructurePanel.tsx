import { useEffect } from 'react';
import { useQuery, type UseQueryExecute } from 'urql';
import { ErrorState } from '../../components/Status';
import type { GapFilter } from '../../gql/graphql';
import { SeparatorsQuery, StructureQuery } from './queries';
import { AnalysisNote, BrokersList, SinglePointsList } from './StructureLists';

const COMPUTING = new Set(['PENDING', 'REFRESHING']);
const POLL_MS = 3000;

/** While the server computes the measures, asks again every few seconds, so the lists and their note catch up. */
function usePollWhileComputing(state: string | undefined, reexecute: UseQueryExecute): void {
  useEffect(() => {
    if (!state || !COMPUTING.has(state)) return undefined;
    const timer = window.setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => window.clearInterval(timer);
  }, [state, reexecute]);
}

/** Explore's structure lists: brokers and single points of failure of the whole network. */
export function StructurePanel({ onSelect }: { onSelect: (id: string) => void }) {
  const [result, retry] = useQuery({ query: StructureQuery, requestPolicy: 'cache-and-network' });
  usePollWhileComputing(result.data?.analysis.state, retry);
  if (result.error) {
    return (
      <ErrorState what="the brokers" error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />
    );
  }
  const data = result.data;
  if (!data) return <p className="hint">Loading brokers…</p>;
  return (
    <>
      <AnalysisNote status={data.analysis} />
      <BrokersList brokers={data.brokers} onSelect={onSelect} />
      <SinglePointsList
        cuts={data.singlePointsOfFailure}
        title="Single points of failure"
        explanation="Clusters and ties whose loss would leave others with no chain of ties to the rest of the network (marked with a double ring)."
        onSelect={onSelect}
        testId="single-points"
      />
    </>
  );
}

/** For Gaps: the clusters and ties that alone hold the two sides together. */
export function SeparatorsPanel({ between, onSelect }: { between: GapFilter; onSelect: (id: string) => void }) {
  const [result, reexecute] = useQuery({ query: SeparatorsQuery, variables: { between } });
  const data = result.data?.singlePointsOfFailure;
  usePollWhileComputing(data?.status.state, reexecute);
  if (result.error) return <p className="hint">The single points of failure could not be read.</p>;
  if (!data) return null;
  return (
    <>
      <AnalysisNote status={data.status} />
      <SinglePointsList
        cuts={data}
        title="Single points of failure between the sides"
        explanation="Clusters and ties whose loss would leave clusters of one side with no chain of ties to the other."
        onSelect={onSelect}
        testId="separators"
      />
    </>
  );
}
