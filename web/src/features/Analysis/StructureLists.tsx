import type { AnalysisStatusFieldsFragment, CutFieldsFragment } from '../../gql/graphql';

/**
 * Why the lists may be empty or behind the graph: said, never shown as if current; and which run
 * they come from (when, and of which graph version), current or not.
 */
export function AnalysisNote({ status }: { status: AnalysisStatusFieldsFragment }) {
  const text =
    status.state === 'FRESH'
      ? null
      : status.state === 'REFRESHING'
        ? 'Updating after a change; the lists below are from before it.'
        : status.state === 'PENDING'
          ? 'Computing the measures…'
          : (status.message ?? 'The analysis is not available.');
  const when = status.computedAt
    ? new Date(status.computedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
    : null;
  return (
    <>
      {text && (
        <p className="banner" role="status" data-testid="analysis-note">
          {text}
        </p>
      )}
      {when && (
        <p className="hint" data-testid="analysis-run">
          Measures computed <time dateTime={status.computedAt ?? undefined}>{when}</time> on graph version{' '}
          {status.graphVersion ?? 'unknown'}
          {status.state === 'FRESH' ? ', the graph as it is now.' : '.'}
        </p>
      )}
    </>
  );
}

interface Named {
  id: string;
  name: string;
}

export interface BrokerItem {
  cluster: Named;
  metrics: { betweenness?: number | null; degree: number };
  communities: number;
}

/** A share to a tenth of a percent; a broker is on some chains, so a share that rounds to 0 is "under 0.1%". */
const percent = (value: number | null | undefined) => {
  const tenths = Math.round((value ?? 0) * 1000) / 10;
  return tenths === 0 && (value ?? 0) > 0 ? 'under 0.1%' : `${tenths}%`;
};

/** What a list says before any run of the measures: not "none", which would be a finding. */
function NotMeasured() {
  return (
    <p className="hint" data-testid="not-measured">
      Listed once the measures are computed.
    </p>
  );
}

export function BrokersList({
  brokers,
  measured,
  onSelect,
}: {
  brokers: readonly BrokerItem[];
  /** Whether any run of the measures is in: before one, an empty list says nothing. */
  measured: boolean;
  onSelect: (id: string) => void;
}) {
  return (
    <section className="panel structure" aria-labelledby="brokers-title" data-testid="brokers">
      <h3 id="brokers-title">Brokers</h3>
      <p className="hint">
        The clusters on the largest share of shortest chains of ties between two others: without them, partners would be
        further apart or not connected at all.
      </p>
      {!measured ? (
        <NotMeasured />
      ) : brokers.length === 0 ? (
        <p className="hint">No cluster lies between two others.</p>
      ) : (
        <ol>
          {brokers.map((b) => (
            <li key={b.cluster.id}>
              <button type="button" className="linkish" onClick={() => onSelect(b.cluster.id)}>
                {b.cluster.name}
              </button>{' '}
              <span className="muted">
                on {percent(b.metrics.betweenness)} of chains · {b.metrics.degree} partners
                {b.communities > 1 ? ` in ${b.communities} communities` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const cutText = (cutOff: readonly Named[]) =>
  `cuts off ${cutOff.length}: ${cutOff
    .slice(0, 4)
    .map((c) => c.name)
    .join(', ')}${cutOff.length > 4 ? '…' : ''}`;

export function SinglePointsList({
  cuts,
  measured,
  title,
  explanation,
  onSelect,
  testId,
}: {
  cuts: CutFieldsFragment;
  /** Whether any run of the measures is in: before one, an empty list says nothing. */
  measured: boolean;
  title: string;
  explanation: string;
  onSelect: (id: string) => void;
  testId: string;
}) {
  const titleId = `${testId}-title`;
  return (
    <section className="panel structure" aria-labelledby={titleId} data-testid={testId}>
      <h3 id={titleId}>{title}</h3>
      <p className="hint">{explanation}</p>
      {!measured ? (
        <NotMeasured />
      ) : cuts.clusters.length === 0 && cuts.ties.length === 0 ? (
        <p className="hint">None: every cluster here has more than one chain of ties.</p>
      ) : (
        <ul>
          {cuts.clusters.map((c) => (
            <li key={c.cluster.id}>
              <button type="button" className="linkish" onClick={() => onSelect(c.cluster.id)}>
                {c.cluster.name}
              </button>{' '}
              <span className="muted">{cutText(c.cutOff)}</span>
            </li>
          ))}
          {cuts.ties.map((t) => (
            <li key={`${t.source.id}|${t.target.id}`}>
              Tie{' '}
              <button type="button" className="linkish" onClick={() => onSelect(t.source.id)}>
                {t.source.name}
              </button>{' '}
              –{' '}
              <button type="button" className="linkish" onClick={() => onSelect(t.target.id)}>
                {t.target.name}
              </button>{' '}
              <span className="muted">{cutText(t.cutOff)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
