/**
 * The "include planned" switch: a planned or initiated agreement states an intention, so it is no
 * tie unless the reader asks for it; then it is drawn in long dashes and labelled "planned".
 */
export function PlannedSwitch({
  checked,
  onChange,
  label = 'Include planned and initiated agreements',
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label?: string;
}) {
  return (
    <label title="A planned or initiated agreement states an intention: by default it is no tie">
      <input
        type="checkbox"
        checked={checked}
        data-testid="include-planned"
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}
