import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { EntityKind } from '../../gql/graphql';

const SearchQuery = graphql(`
  query SearchEntities($text: String!, $kinds: [EntityKind!]) {
    search(text: $text, kinds: $kinds, first: 8) {
      score
      entity {
        __typename
        id
        name
        entityKind
        ... on Cluster {
          acronym
          country {
            code
            name
          }
        }
      }
    }
  }
`);

export interface SearchChoice {
  id: string;
  name: string;
  entityKind: string;
}

export interface SearchBoxProps {
  label: string;
  placeholder?: string;
  testId?: string;
  /** Only clusters for the path view; anything for the explorer. */
  clustersOnly?: boolean;
  /** Only entities of these kinds (a form's field: places, sectors, partners); overrides clustersOnly. */
  kinds?: EntityKind[];
  /** Empties the box after a choice, for fields that collect several. */
  clearOnChoose?: boolean;
  /** Text shown when nothing is typed, e.g. the chosen endpoint's name. */
  value?: string;
  onChoose: (choice: SearchChoice) => void;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

/** A combobox (WAI-ARIA 1.2 pattern): suggestions while typing, arrows to move, Enter to choose. */
export function SearchBox({
  label,
  placeholder,
  testId = 'search-input',
  clustersOnly,
  kinds,
  clearOnChoose,
  value,
  onChoose,
}: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  const [open, setOpen] = useState(false);
  // -1: no option is active until the arrows move, so the first ↓ lands on the first option.
  const [active, setActive] = useState(-1);
  const query = useDebounced(text.trim(), 180);
  const [result] = useQuery({
    query: SearchQuery,
    variables: { text: query, kinds: kinds ?? (clustersOnly ? ['CLUSTER'] : null) },
    pause: query.length < 2,
  });
  const hits = query.length < 2 ? [] : (result.data?.search ?? []);

  useEffect(() => setText(value ?? ''), [value]);
  useEffect(() => setActive(-1), [query]);

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    onChoose({
      id: hit.entity.id,
      name: hit.entity.name,
      entityKind: hit.entity.entityKind,
    });
    setText(clearOnChoose ? '' : hit.entity.name);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(hits.length - 1, 0)));
    } else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    // Enter without moving takes the best hit.
    else if (e.key === 'Enter' && open && hits.length) choose(Math.max(active, 0));
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
  };

  const expanded = open && query.length >= 2;
  return (
    <div className="search">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && hits[active] ? `${id}-opt-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={`${label} suggestions`}
        className="suggestions"
        hidden={!expanded}
      >
        {result.fetching && !hits.length && <li className="muted">Searching…</li>}
        {!result.fetching && result.error && <li className="muted">Search failed: {result.error.message}</li>}
        {!result.fetching && !result.error && !hits.length && <li className="muted">No match for “{query}”</li>}
        {hits.map((h, i) => (
          <li
            key={h.entity.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            data-entity-id={h.entity.id}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(i)}
          >
            <span>{h.entity.name}</span>
            <span className="muted">
              {h.entity.__typename === 'Cluster' && h.entity.country
                ? h.entity.country.name
                : h.entity.entityKind.toLowerCase()}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
