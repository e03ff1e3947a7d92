import { sectorTree, type SectorTreeNode } from '../../graph/filters';
import { sideCountries, sideLabel, type SideSelection } from '../../graph/gaps';
import type { CountryInfo, SectorInfo } from '../../graph/types';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export interface SidePickerProps {
  label: string;
  testId: string;
  side: SideSelection;
  /** The other side: its countries cannot be picked here, the API refuses overlapping sides. */
  other: SideSelection;
  countries: readonly CountryInfo[];
  onChange: (side: SideSelection) => void;
}

/** The EU bloc and/or countries, grouped EU / outside the EU like the explorer's filter. */
export function SidePicker({ label, testId, side, other, countries, onChange }: SidePickerProps) {
  const taken = sideCountries(other, countries);
  const groups: [string, CountryInfo[]][] = [
    ['EU', countries.filter((c) => c.eu)],
    ['Outside the EU', countries.filter((c) => !c.eu)],
  ];
  return (
    <fieldset className="side-picker" data-testid={testId}>
      <legend>
        {label}: <span data-testid={`${testId}-label`}>{sideLabel(side, countries)}</span>
      </legend>
      <label>
        <input
          type="checkbox"
          checked={side.eu}
          disabled={other.eu && !side.eu}
          data-testid={`${testId}-eu`}
          onChange={() =>
            onChange({
              eu: !side.eu,
              // The bloc already covers its members; keep only the countries outside it.
              countries: side.eu
                ? side.countries
                : side.countries.filter((code) => !countries.find((c) => c.code === code)?.eu),
            })
          }
        />
        The EU bloc (every member state)
      </label>
      <details>
        <summary>Countries{side.countries.length > 0 && ` (${side.countries.length})`}</summary>
        {groups.map(([name, list]) => (
          <fieldset key={name}>
            <legend>{name}</legend>
            {list.map((c) => {
              const inBloc = side.eu && c.eu;
              const onOther = taken.has(c.code);
              return (
                <label
                  key={c.code}
                  title={inBloc ? 'Included in the EU bloc' : onOther ? 'On the other side' : undefined}
                >
                  <input
                    type="checkbox"
                    checked={inBloc || side.countries.includes(c.code)}
                    disabled={inBloc || (onOther && !side.countries.includes(c.code))}
                    data-testid={`${testId}-country-${c.code}`}
                    onChange={() =>
                      onChange({
                        ...side,
                        countries: toggle(side.countries, c.code),
                      })
                    }
                  />
                  {c.name}
                  {onOther && !inBloc && <span className="count">other side</span>}
                </label>
              );
            })}
          </fieldset>
        ))}
      </details>
    </fieldset>
  );
}

function SectorItems({
  nodes,
  selected,
  onToggle,
}: {
  nodes: readonly SectorTreeNode[];
  selected: readonly string[];
  onToggle: (id: string) => void;
}) {
  return (
    <ul role="group">
      {nodes.map((s) => (
        <li
          key={s.id}
          role="treeitem"
          aria-selected={selected.includes(s.id)}
          aria-expanded={s.children.length ? true : undefined}
        >
          <label>
            <input type="checkbox" checked={selected.includes(s.id)} onChange={() => onToggle(s.id)} />
            {s.name}
          </label>
          {s.children.length > 0 && <SectorItems nodes={s.children} selected={selected} onToggle={onToggle} />}
        </li>
      ))}
    </ul>
  );
}

/** Sectors as a tree; none checked means every sector. A sector stands for its sub-sectors too. */
export function SectorPicker({
  sectors,
  selected,
  onChange,
}: {
  sectors: readonly SectorInfo[];
  selected: readonly string[];
  onChange: (sectors: string[]) => void;
}) {
  return (
    <details className="sector-picker" open={selected.length > 0}>
      <summary>Sectors: {selected.length ? `${selected.length} selected` : 'all'}</summary>
      {selected.length > 0 && (
        <button type="button" className="linkish" onClick={() => onChange([])}>
          All sectors
        </button>
      )}
      <div role="tree" aria-label="Sectors" aria-multiselectable="true" className="sector-tree">
        <SectorItems
          nodes={sectorTree(sectors)}
          selected={selected}
          onToggle={(id) => onChange(toggle(selected, id))}
        />
      </div>
    </details>
  );
}
