import { useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { CitationValues } from './forms';
import { SourcesQuery } from './queries';

export interface SourceFieldsProps {
  value: CitationValues;
  problems: Record<string, string>;
  onChange: (value: CitationValues) => void;
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Where the written facts come from, asked with every write: a source of the atlas found by its
 * title or publisher, or a new one (title, publisher, date, URL); and the passage that states them.
 */
export function SourceFields({ value, problems, onChange }: SourceFieldsProps) {
  const id = useId();
  const [find, setFind] = useState('');
  const [sources] = useQuery({ query: SourcesQuery, requestPolicy: 'cache-and-network' });
  const matches = useMemo(() => {
    const wanted = fold(find.trim());
    if (!wanted) return [];
    return (sources.data?.sources ?? [])
      .filter((s) => fold(`${s.title} ${s.publisher ?? ''}`).includes(wanted))
      .slice(0, 8);
  }, [find, sources.data]);
  const set = (change: Partial<CitationValues>) => onChange({ ...value, ...change });
  const problem = (key: string) =>
    problems[key] ? (
      <p className="field-error" id={`${id}-problem-${key}`} data-testid={`problem-${key}`}>
        {problems[key]}
      </p>
    ) : null;
  const text = (key: 'title' | 'publisher' | 'publishedOn' | 'url', label: string, placeholder?: string) => (
    <div className="edit-field">
      <label htmlFor={`${id}-${key}-input`}>{label}</label>
      <input
        id={`${id}-${key}-input`}
        value={value[key]}
        placeholder={placeholder}
        aria-invalid={problems[`source.${key}`] !== undefined}
        aria-describedby={problems[`source.${key}`] ? `${id}-problem-source.${key}` : undefined}
        onChange={(e) => set({ [key]: e.target.value })}
        data-testid={`source-${key}`}
      />
      {problem(`source.${key}`)}
    </div>
  );
  return (
    <fieldset className="source-fields" data-testid="source-fields">
      <legend>Source of these facts *</legend>
      <div className="source-mode" role="radiogroup" aria-label="Which source">
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={value.mode === 'existing'}
            onChange={() => set({ mode: 'existing' })}
            data-testid="source-mode-existing"
          />{' '}
          A source in the atlas
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={value.mode === 'new'}
            onChange={() => set({ mode: 'new' })}
            data-testid="source-mode-new"
          />{' '}
          A new source
        </label>
      </div>
      {value.mode === 'existing' ? (
        <div className="edit-field">
          <label htmlFor={`${id}-find`}>Find a source by title or publisher</label>
          <input
            id={`${id}-find`}
            type="search"
            value={find}
            onChange={(e) => setFind(e.target.value)}
            data-testid="source-search"
          />
          {matches.length > 0 && (
            <ul className="source-matches">
              {matches.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="linkish"
                    aria-pressed={value.source?.id === s.id}
                    onClick={() => set({ source: { id: s.id, name: s.title } })}
                    data-testid="source-option"
                  >
                    {s.title}
                  </button>
                  {s.publisher && <span className="muted"> · {s.publisher}</span>}
                  {s.publishedOn && <span className="muted"> · {s.publishedOn}</span>}
                </li>
              ))}
            </ul>
          )}
          {find.trim() && matches.length === 0 && !sources.fetching && (
            <p className="hint">No source matches: add it as a new source.</p>
          )}
          <p className="hint" data-testid="source-chosen">
            {value.source ? `Citing “${value.source.name}”.` : 'No source chosen yet.'}
          </p>
        </div>
      ) : (
        <>
          {text('title', 'Title *')}
          {text('publisher', 'Publisher')}
          {text('publishedOn', 'Published on', '2024-06')}
          {text('url', 'URL *', 'https://…')}
        </>
      )}
      {problem('source')}
      <div className="edit-field">
        <label htmlFor={`${id}-excerpt`}>Excerpt: the passage that states these facts *</label>
        <textarea
          id={`${id}-excerpt`}
          rows={3}
          value={value.excerpt}
          aria-invalid={problems['excerpt'] !== undefined}
          aria-describedby={problems['excerpt'] ? `${id}-problem-excerpt` : undefined}
          onChange={(e) => set({ excerpt: e.target.value })}
          data-testid="excerpt"
        />
        {problem('excerpt')}
      </div>
    </fieldset>
  );
}
