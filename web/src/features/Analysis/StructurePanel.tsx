import { useEffect, useRef } from 'react';
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

/**
 * Calls back when a newer run's measures are in (not on the first answer): whatever was fetched
 * with the measures before it (the canvas's communities, sizes by betweenness) is stale.
 */
function useOnNewMeasures(
  status: { state: string; computedAt?: string | null } | undefined,
  onMeasured: (() => void) | undefined,
): void {
  const seen = useRef<string | null | undefined>(undefined);
  const latest = useRef(onMeasured);
  latest.current = onMeasured;
  const fresh = status === undefined ? undefined : status.state === 'FRESH' ? (status.computedAt ?? null) : null;
  useEffect(() => {
    if (fresh === undefined) return;
    const before = seen.current;
    seen.current = fresh;
    if (before !== undefined && fresh !== null && fresh !== before) latest.current?.();
  }, [fresh]);
}

/** Explore's structure lists: brokers and single points of failure of the whole network. */
export function StructurePanel({ onSelect, onMeasured }: { onSelect: (id: string) => void; onMeasured?: () => void }) {
  const [result, retry] = useQuery({ query: StructureQuery, requestPolicy: 'cache-and-network' });
  usePollWhileComputing(result.data?.analysis.state, retry);
  useOnNewMeasures(result.data?.analysis, onMeasured);
  if (result.error) {
    return (
      <ErrorState what="the brokers" error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />
    );
  }
  const data = result.data;
  if (!data) return <p className="hint">Loading brokers…</p>;
  const measured = data.analysis.computedAt != null;
  return (
    <>
      <AnalysisNote status={data.analysis} />
      <BrokersList brokers={data.brokers} measured={measured} onSelect={onSelect} />
      <SinglePointsList
        cuts={data.singlePointsOfFailure}
        measured={measured}
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
        measured={data.status.computedAt != null}
        title="Single points of failure between the sides"
        explanation="Clusters and ties whose loss would leave clusters of one side with no chain of ties to the other."
        onSelect={onSelect}
        testId="separators"
      />
    </>
  );
}
