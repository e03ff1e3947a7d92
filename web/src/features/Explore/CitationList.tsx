import { SourceLink } from '../../components/SourceLink';
import { graphql } from '../../gql';
import type { CitationList_CitationFragment } from '../../gql/graphql';
import { safeUrl } from '../../safeUrl';

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
              <SourceLink id={c.source.id}>{c.source.title}</SourceLink>
              {href && (
                <>
                  {' · '}
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    online ↗
                  </a>
                </>
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
