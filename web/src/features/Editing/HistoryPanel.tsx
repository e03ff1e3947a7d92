import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/Status';
import { EntityHistoryQuery, RevertChangeMutation } from './queries';
import { WRITTEN } from './written';

/**
 * An entity's history, newest first: who changed what, when, citing which source. A signed-in
 * editor reverts the newest change (the API reverts only an entity's newest: older ones wait
 * until the newer are undone); a revert is a change too, and shows here.
 */
export function HistoryPanel({ id, canRevert }: { id: string; canRevert: boolean }) {
  const [result, refetch] = useQuery({ query: EntityHistoryQuery, variables: { id }, requestPolicy: 'network-only' });
  const [reverting, revert] = useMutation(RevertChangeMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const changes = result.data?.changes.edges.map((edge) => edge.node) ?? [];
  const undo = async (changeId: string) => {
    setProblem(null);
    const reply = await revert({ id: changeId }, WRITTEN);
    if (reply.error) setProblem(reply.error.graphQLErrors[0]?.message ?? reply.error.message);
    else refetch({ requestPolicy: 'network-only' });
  };
  return (
    <section className="history-panel" aria-label="History" data-testid="history-panel">
      <h3>History</h3>
      {result.fetching && !result.data && <Loading label="Reading the history…" />}
      {result.error && (
        <ErrorState
          what="the history"
          error={result.error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {result.data && changes.length === 0 && (
        <p className="muted">No change recorded: this is as the seed documents have it.</p>
      )}
      {problem && (
        <p className="status status-error" role="alert">
          {problem}
        </p>
      )}
      <ol className="history-list">
        {changes.map((change, index) => (
          <li key={change.id} data-testid="history-item" data-operation={change.operation}>
            <bdi>{change.summary}</bdi>
            <span className="muted">
              {' '}
              — <bdi>{change.by}</bdi>,{' '}
              <time dateTime={change.at}>
                {new Date(change.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
              {change.source && (
                <>
                  {' '}
                  · cites “<bdi>{change.source.title}</bdi>”
                </>
              )}
            </span>
            {canRevert && index === 0 && (
              <button
                type="button"
                disabled={reverting.fetching}
                onClick={() => void undo(change.id)}
                data-testid="revert-button"
              >
                Revert
              </button>
            )}
          </li>
        ))}
      </ol>
      {result.data && result.data.changes.totalCount > changes.length && (
        <p className="muted">
          The {changes.length} newest of {result.data.changes.totalCount} changes.
        </p>
      )}
    </section>
  );
}
