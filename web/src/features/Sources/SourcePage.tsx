import { useMemo } from 'react';
import { useQuery } from 'urql';
import { EntityLink } from '../../components/EntityLink';
import { EmptyState, ErrorState, Loading } from '../../components/Status';
import type { SourcePageQuery } from '../../gql/graphql';
import { safeUrl } from '../../safeUrl';
import { humanise } from '../Explore/ClusterDetails';
import { SourceQuery } from './queries';
import { segmentText } from './segments';

type Source = NonNullable<SourcePageQuery['source']>;

/** The document's text, every cited excerpt marked and linked to its entry in the list of facts. */
function DocumentText({ source }: { source: Source }) {
  const segments = useMemo(() => segmentText(source.text ?? '', source.passages), [source]);
  return (
    <div className="document-text" data-testid="document-text">
      {segments.map((s) => {
        const anchors = s.starts.map((i) => <span key={i} id={`excerpt-${i}`} />);
        const first = s.passages[0];
        // Blank runs between two excerpts stay plain: a link needs words.
        if (first === undefined || !s.text.trim())
          return (
            <span key={s.start}>
              {anchors}
              {s.text}
            </span>
          );
        return (
          <mark key={s.start} className="excerpt" data-passages={s.passages.join(' ')} data-testid="excerpt-mark">
            {anchors}
            <a href={`#passage-${first}`}>{s.text}</a>
          </mark>
        );
      })}
    </div>
  );
}

/** A source opened as a page: what it is, its text with the excerpts highlighted, and the facts each supports. */
export function SourcePage({
  id,
  onSelect,
  onBack,
}: {
  id: string;
  onSelect: (entityId: string) => void;
  onBack: () => void;
}) {
  const [result, reexecute] = useQuery({ query: SourceQuery, variables: { id } });
  const source = result.data?.source;
  if (result.fetching && !source) return <Loading label="Loading the document…" />;
  if (result.error)
    return (
      <ErrorState
        what="the document"
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (!source)
    return (
      <EmptyState title={`No source is known as “${id}”.`}>
        <button type="button" onClick={onBack}>
          All sources
        </button>
      </EmptyState>
    );
  const href = safeUrl(source.url);
  const placed = source.passages.filter((p) => p.spans.length > 0).length;
  return (
    <article className="source-page" aria-labelledby="source-title" data-testid="source-page">
      <header>
        <button type="button" className="linkish" onClick={onBack}>
          ← All sources
        </button>
        <h2 id="source-title">{source.title}</h2>
        <p className="meta">
          {[source.publisher, source.publishedOn, source.file].filter(Boolean).join(' · ')}
          {href && (
            <>
              {' · '}
              <a href={href} target="_blank" rel="noopener noreferrer">
                Read online ↗
              </a>
            </>
          )}
        </p>
        <p className="muted">
          {source.passages.length} excerpts cited
          {source.text ? `, ${placed} marked in the text below` : ''}.
        </p>
      </header>
      <div className="source-columns">
        <section aria-label="Document text">
          <h3>The document</h3>
          {source.text ? (
            <DocumentText source={source} />
          ) : (
            <p className="muted">The graph does not hold this document&apos;s text; the excerpts are listed beside.</p>
          )}
        </section>
        <section aria-label="Facts cited from this document">
          <h3>Facts it supports</h3>
          <ol className="passages" data-testid="passages">
            {source.passages.map((p, i) => (
              <li key={i} id={`passage-${i}`} data-testid="passage">
                {p.excerpt && <blockquote>“{p.excerpt}”</blockquote>}
                <p>
                  {p.entities.map((e, j) => (
                    <span key={e.id}>
                      {j > 0 && ', '}
                      <EntityLink id={e.id} name={e.name} onSelect={onSelect} />{' '}
                      <span className="muted">({humanise(e.entityKind)})</span>
                    </span>
                  ))}
                  {p.spans.length > 0 && (
                    <>
                      {' · '}
                      <a href={`#excerpt-${i}`}>in the text ↑</a>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </article>
  );
}
