import { useState } from 'react';
import { useQuery } from 'urql';
import { TieChangesQuery } from './queries';

/** "Compare two dates": the ties that appeared and those that ended between two years. */
export function CompareDates({ onSelect }: { onSelect: (id: string) => void }) {
  const [from, setFrom] = useState(2013);
  const [to, setTo] = useState(2019);
  const [asked, setAsked] = useState<{ from: number; to: number } | null>(null);
  const [result] = useQuery({
    query: TieChangesQuery,
    variables: asked ?? { from: 0, to: 0 },
    pause: asked === null,
  });
  const changes = result.data?.tieChanges;
  const list = (items: NonNullable<typeof changes>['appeared'], testId: string) =>
    items.length === 0 ? (
      <p className="hint">None.</p>
    ) : (
      <ul data-testid={testId}>
        {items.map((c) => (
          <li key={`${c.via.id}-${c.year}`}>
            {c.year}{' '}
            <button type="button" className="linkish" onClick={() => onSelect(c.via.id)}>
              {c.via.name}
            </button>
            :{' '}
            {c.parties.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ', '}
                <button type="button" className="linkish" onClick={() => onSelect(p.id)}>
                  {p.name}
                </button>
              </span>
            ))}
          </li>
        ))}
      </ul>
    );
  return (
    <section className="panel structure" aria-labelledby="compare-title" data-testid="compare-dates">
      <h3 id="compare-title">Compare two dates</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setAsked({ from: Math.min(from, to), to: Math.max(from, to) });
        }}
      >
        <label>
          From{' '}
          <input
            type="number"
            value={from}
            onChange={(e) => setFrom(Number(e.target.value))}
            data-testid="compare-from"
          />
        </label>{' '}
        <label>
          to <input type="number" value={to} onChange={(e) => setTo(Number(e.target.value))} data-testid="compare-to" />
        </label>{' '}
        <button type="submit" data-testid="compare-button">
          Compare
        </button>
      </form>
      {result.error && <p className="hint">The comparison could not be read.</p>}
      {changes && asked && (
        <>
          <h4>
            Appeared {asked.from}–{asked.to} ({changes.appeared.length})
          </h4>
          {list(changes.appeared, 'compare-appeared')}
          <h4>
            Ended {asked.from}–{asked.to} ({changes.ended.length})
          </h4>
          {list(changes.ended, 'compare-ended')}
          <p className="muted">{changes.undated} agreements and missions have no date and cannot be placed.</p>
        </>
      )}
    </section>
  );
}
