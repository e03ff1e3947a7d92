import { useState } from 'react';
import { formatCount } from '../../graph/format';
import { sectorTree, type Filters, type ShownCounts } from '../../graph/filters';
import { TIE_LABELS } from '../../graph/style';
import { TIE_KINDS, type CountryInfo, type SectorInfo, type TieKind } from '../../graph/types';
import { PlannedSwitch } from './PlannedSwitch';
import { SectorTree } from './SectorTree';

export interface FilterPanelProps {
  filters: Filters;
  countries: readonly CountryInfo[];
  sectors: readonly SectorInfo[];
  counts: ShownCounts;
  /** Set when the view draws the graph per group (the overview): its totals replace the counts of what is drawn. */
  aggregated?: { clusters: number; ties: number; per: 'country' | 'sector' };
  onChange: (filters: Filters) => void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function Count({ n }: { n: number | undefined }) {
  return <span className="count">{n ?? 0}</span>;
}

function YearInput({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: number | null;
  onCommit: (y: number | null) => void;
}) {
  const [text, setText] = useState(value == null ? '' : String(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(value == null ? '' : String(value));
  }
  // Commit only whole years, so typing "20" on the way to "2015" does not fire a query.
  const commit = (t: string) => {
    if (t === '') onCommit(null);
    else if (/^\d{4}$/.test(t)) onCommit(Number(t));
  };
  return (
    <label className="year">
      {label}
      <input
        type="number"
        inputMode="numeric"
        min={1950}
        max={2100}
        placeholder="any"
        value={text}
        data-testid={`year-${label.toLowerCase()}`}
        onChange={(e) => {
          setText(e.target.value);
          commit(e.target.value);
        }}
      />
    </label>
  );
}

export function FilterPanel(props: FilterPanelProps) {
  const { filters, countries, counts, aggregated, onChange } = props;
  const groups: [string, CountryInfo[]][] = [
    ['EU', countries.filter((c) => c.eu)],
    ['Outside the EU', countries.filter((c) => !c.eu)],
  ];
  const activeKinds: readonly TieKind[] = filters.tieKinds.length ? filters.tieKinds : TIE_KINDS;
  return (
    <section className="filters" aria-label="Filters" data-testid="filters">
      <p className="shown" aria-live="polite" data-testid="shown-counts">
        {aggregated ? (
          <>
            <strong>{formatCount(aggregated.clusters)}</strong> clusters ·{' '}
            <strong>{formatCount(aggregated.ties)}</strong> ties, drawn per {aggregated.per}
          </>
        ) : (
          <>
            <strong>{counts.clusters}</strong> clusters · <strong>{counts.ties}</strong> ties shown
          </>
        )}
      </p>

      <fieldset>
        <legend>Tie kinds</legend>
        {TIE_KINDS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={activeKinds.includes(k)}
              data-testid={`tie-${k.toLowerCase()}`}
              onChange={() => {
                const next = toggle(activeKinds, k);
                onChange({
                  ...filters,
                  tieKinds: next.length === TIE_KINDS.length ? [] : next,
                });
              }}
            />
            {TIE_LABELS[k]} {!aggregated && <Count n={counts.byTieKind.get(k)} />}
          </label>
        ))}
        <PlannedSwitch
          checked={filters.includePlanned}
          onChange={(includePlanned) => onChange({ ...filters, includePlanned })}
        />
      </fieldset>

      <fieldset className="years">
        <legend>Years</legend>
        <YearInput label="From" value={filters.fromYear} onCommit={(fromYear) => onChange({ ...filters, fromYear })} />
        <YearInput label="To" value={filters.toYear} onCommit={(toYear) => onChange({ ...filters, toYear })} />
      </fieldset>

      <details open>
        <summary>Countries {filters.countries.length > 0 && `(${filters.countries.length})`}</summary>
        {groups.map(([name, list]) => (
          <fieldset key={name}>
            <legend>{name}</legend>
            {list.map((c) => (
              <label key={c.code}>
                <input
                  type="checkbox"
                  checked={filters.countries.includes(c.code)}
                  data-testid={`country-${c.code}`}
                  onChange={() =>
                    onChange({
                      ...filters,
                      countries: toggle(filters.countries, c.code),
                    })
                  }
                />
                {c.name} {!aggregated && <Count n={counts.byCountry.get(c.code)} />}
              </label>
            ))}
          </fieldset>
        ))}
      </details>

      <details>
        <summary>Sectors {filters.sectors.length > 0 && `(${filters.sectors.length})`}</summary>
        <SectorTree
          roots={sectorTree(props.sectors)}
          selected={filters.sectors}
          counts={aggregated ? undefined : counts.bySector}
          onToggle={(id) => onChange({ ...filters, sectors: toggle(filters.sectors, id) })}
        />
      </details>
    </section>
  );
}
