import { useQuery } from 'urql';
import { EntityLink } from '../../components/EntityLink';
import { ErrorState, Loading } from '../../components/Status';
import { tieKindLabel } from '../../graph/style';
import type { GraphEdge } from '../../graph/types';
import { DetailsQuery } from './DetailsPanel';
import { EntityDetails } from './EntityDetails';

/** One agreement, mission or partnership behind a tie, with its citations. */
function Via({ id, onSelect }: { id: string; onSelect: (id: string) => void }) {
  const [result, reexecute] = useQuery({ query: DetailsQuery, variables: { id } });
  const node = result.data?.node;
  if (result.fetching && !node) return <Loading label="Loading what the tie goes through…" />;
  if (result.error)
    return (
      <ErrorState
        what="what the tie goes through"
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  return node ? <EntityDetails entity={node} onSelect={onSelect} nested /> : null;
}

/** A tie opened from the canvas or the tie table: the two clusters, and each fact behind it with its sources. */
export function TieDetails({
  edge,
  nameOf,
  onSelect,
  onClose,
}: {
  edge: GraphEdge;
  nameOf: (id: string) => string;
  onSelect: (id: string) => void;
  onClose: () => void;
}) {
  const count = edge.via.length;
  return (
    <section className="panel details-panel" aria-labelledby="tie-title" data-testid="tie-panel">
      <div className="panel-bar">
        <button type="button" className="icon" onClick={onClose} aria-label="Close details" title="Close">
          ✕
        </button>
      </div>
      <header className="details">
        <h2 id="tie-title">
          <EntityLink id={edge.source} name={nameOf(edge.source)} onSelect={onSelect} /> –{' '}
          <EntityLink id={edge.target} name={nameOf(edge.target)} onSelect={onSelect} />
        </h2>
        <p className="meta">
          {edge.planned
            ? `${tieKindLabel(edge)}, not a tie yet: ${count} ${count === 1 ? 'fact' : 'facts'}`
            : `${tieKindLabel(edge)} tie through ${count} ${count === 1 ? 'fact' : 'facts'}`}
          {edge.years.length ? ` · ${edge.years.join(', ')}` : ' · undated'}
        </p>
      </header>
      {edge.via.map((id) => (
        <Via key={id} id={id} onSelect={onSelect} />
      ))}
    </section>
  );
}
