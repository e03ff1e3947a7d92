import { graphql } from '../../gql';
import type { CitationList_CitationFragment } from '../../gql/graphql';

export const CitationListFragment = graphql(`
  fragment CitationList_citation on Citation {
    excerpt
    source {
      id
      title
      publisher
      publishedOn
      file
      url
    }
  }
`);

/** Only web links are clickable: a javascript: or data: URL from the data must never run. */
function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function CitationList({ citations }: { citations: readonly CitationList_CitationFragment[] }) {
  if (!citations.length) return null;
  return (
    <ul className="citations" aria-label="Sources">
      {citations.map((c, i) => {
        const href = safeUrl(c.source.url);
        return (
          <li key={`${c.source.id}-${i}`} className="citation" data-testid="citation">
            {c.excerpt && <blockquote>“{c.excerpt}”</blockquote>}
            <cite>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {c.source.title}
                </a>
              ) : (
                c.source.title
              )}
              {c.source.publisher && <> · {c.source.publisher}</>}
              {c.source.publishedOn && <> · {c.source.publishedOn}</>}
              {c.source.file && <span className="file"> · {c.source.file}</span>}
            </cite>
          </li>
        );
      })}
    </ul>
  );
}
