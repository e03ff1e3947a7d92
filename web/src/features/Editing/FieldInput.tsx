import { useId } from 'react';
import { useQuery } from 'urql';
import { SearchBox } from '../Search/SearchBox';
import { humaniseValue, type FieldSpec, type FieldValue, type Ref } from './forms';
import { CountriesQuery } from './queries';

export interface FieldInputProps {
  field: FieldSpec;
  value: FieldValue;
  problem: string | undefined;
  onChange: (value: FieldValue) => void;
}

/** One field of an editing form, with its hint and the API's message about it. */
export function FieldInput({ field, value, problem, onChange }: FieldInputProps) {
  const id = useId();
  const describedBy = [field.hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    'aria-invalid': problem !== undefined,
    'aria-describedby': describedBy || undefined,
    'data-testid': `field-${field.name}`,
  };
  const text = typeof value === 'string' ? value : '';
  const label = `${field.label}${field.required ? ' *' : ''}`;
  return (
    <div className="edit-field">
      {Array.isArray(value) ? (
        <RefsInput field={field} refs={value} label={label} onChange={onChange} />
      ) : (
        <>
          <label htmlFor={id}>{label}</label>
          {field.kind === 'textarea' || field.kind === 'lines' ? (
            <textarea
              {...common}
              rows={field.kind === 'lines' ? 2 : 3}
              value={text}
              onChange={(e) => onChange(e.target.value)}
            />
          ) : field.kind === 'select' ? (
            <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
              {(field.options ?? []).map((option) => (
                <option key={option} value={option}>
                  {humaniseValue(option)}
                </option>
              ))}
            </select>
          ) : field.kind === 'country' ? (
            <CountrySelect common={common} value={text} onChange={onChange} />
          ) : (
            <input
              {...common}
              type="text"
              inputMode={field.kind === 'number' ? 'numeric' : undefined}
              placeholder={field.kind === 'date' ? '2024-06' : undefined}
              value={text}
              onChange={(e) => onChange(e.target.value)}
            />
          )}
        </>
      )}
      {field.hint && (
        <p id={`${id}-hint`} className="hint">
          {field.hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="field-error" data-testid={`problem-${field.name}`}>
          {problem}
        </p>
      )}
    </div>
  );
}

function CountrySelect({
  common,
  value,
  onChange,
}: {
  common: Record<string, unknown>;
  value: string;
  onChange: (value: string) => void;
}) {
  const [result] = useQuery({ query: CountriesQuery });
  return (
    <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{result.fetching ? 'Loading the countries…' : 'Choose a country'}</option>
      {(result.data?.countries ?? []).map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </select>
  );
}

/** Entities picked with the search box: chips to remove, the box to add (one only for a `ref`). */
function RefsInput({
  field,
  refs,
  label,
  onChange,
}: {
  field: FieldSpec;
  refs: Ref[];
  label: string;
  onChange: (refs: Ref[]) => void;
}) {
  return (
    <>
      <SearchBox
        label={label}
        placeholder="Search by name…"
        testId={`field-${field.name}`}
        kinds={field.search}
        clearOnChoose
        onChoose={(choice) => {
          const ref = { id: choice.id, name: choice.name };
          if (field.kind === 'ref') onChange([ref]);
          else if (!refs.some((r) => r.id === ref.id)) onChange([...refs, ref]);
        }}
      />
      {refs.length > 0 && (
        <ul className="chips" aria-label={`${field.label} chosen`} data-testid={`chosen-${field.name}`}>
          {refs.map((ref) => (
            <li key={ref.id} className="chip">
              <span>{ref.name}</span>
              <button
                type="button"
                className="icon"
                aria-label={`Remove ${ref.name}`}
                onClick={() => onChange(refs.filter((r) => r.id !== ref.id))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
