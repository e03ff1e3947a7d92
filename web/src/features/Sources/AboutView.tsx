import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/Status';
import { formatCount } from '../../graph/format';
import { SourceLink } from '../../components/SourceLink';
import { safeUrl } from '../../safeUrl';
import type { ViewProps } from '../../views';
import { contributionText } from './labels';
import { AboutQuery } from './queries';
import { SourcePage } from './SourcePage';
import './sources.css';

/** About the data: what the graph covers, and each document with what it contributes; or one document's page. */
export function AboutView({ state, update }: ViewProps) {
  const [result, reexecute] = useQuery({ query: AboutQuery });
  const open = (source: string | null) => update({ source }, { push: true });
  const select = (id: string) => update({ view: 'explore', selected: id, source: null }, { push: true });
  if (state.source)
    return (
      <div className="about">
        <SourcePage id={state.source} onSelect={select} onBack={() => open(null)} />
      </div>
    );
  const data = result.data;
  const c = data?.coverage;
  return (
    <div className="about" data-testid="about-page">
      <h2>About the data</h2>
      {result.fetching && !data && <Loading label="Loading the sources…" />}
      {result.error && (
        <ErrorState
          what="the sources"
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {c && data && (
        <>
          <p>
            The graph holds {formatCount(c.clusters)} clusters in {c.countries.length} countries
            {c.withoutCountry > 0 && ` (and ${formatCount(c.withoutCountry)} bodies placed in no country)`}, drawn from{' '}
            {formatCount(data.sources.length)} documents. Every cluster, agreement, mission and partnership cites the
            words of a document that states it. The dated agreements and missions span{' '}
            {c.firstYear != null ? `${c.firstYear}–${c.lastYear}` : 'no year'}; {formatCount(c.undated)} have no date in
            their source and are left out when the views filter by year.
          </p>
          <p>
            <strong>Absence is not evidence.</strong> A country, sector or tie that these documents do not mention is
            not in the graph: Germany has {formatCount(c.countries.find((x) => x.country.code === 'DE')?.clusters ?? 0)}{' '}
            clusters here only because of what the documents name. Read the gaps and counts as &ldquo;according to these
            sources&rdquo;.
          </p>
          <h3>Sources</h3>
          <table className="data-table sources-table" data-testid="sources-table">
            <caption>{formatCount(data.sources.length)} documents</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Published</th>
                <th scope="col">What it contributes</th>
              </tr>
            </thead>
            <tbody>
              {data.sources.map((s) => {
                const href = safeUrl(s.url);
                return (
                  <tr key={s.id} data-id={s.id}>
                    <td>
                      <SourceLink id={s.id}>{s.title}</SourceLink>
                      <div className="muted">
                        {[s.publisher, s.file].filter(Boolean).join(' · ')}
                        {href && (
                          <>
                            {' · '}
                            <a href={href} target="_blank" rel="noopener noreferrer">
                              online ↗
                            </a>
                          </>
                        )}
                      </div>
                    </td>
                    <td>{s.publishedOn ?? 'not stated'}</td>
                    <td>{contributionText(s.contributes)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h3>Clusters per country</h3>
          <ul className="country-counts">
            {c.countries.map((x) => (
              <li key={x.country.code}>
                {x.country.name} <span className="count">{x.clusters}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
