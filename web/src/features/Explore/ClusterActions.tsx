import type { ViewProps } from '../../views';

/** What a selected cluster on the canvas can do: expand its neighbourhood, focus on it, hide it. */
export function ClusterActions({
  id,
  state,
  update,
  onExpand,
}: ViewProps & { id: string; onExpand: (id: string) => void }) {
  const expanded = state.expanded.includes(id);
  return (
    <>
      <button
        type="button"
        onClick={() => onExpand(id)}
        disabled={expanded}
        data-testid="expand-button"
        title="Add the clusters tied to this one, with the tie kinds and years of the filters"
      >
        {expanded ? 'Expanded' : 'Expand'}
      </button>
      <select
        aria-label="Expand how many ties away"
        title="Expand how many ties away"
        value={state.expandDepth}
        data-testid="expand-depth"
        onChange={(e) => update({ expandDepth: Number(e.target.value) })}
      >
        {[1, 2, 3].map((d) => (
          <option key={d} value={d}>
            {d === 1 ? '1 tie' : `${d} ties`}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={() => update((s) => ({ focus: s.focus === id ? null : id }))}
        data-testid="focus-button"
      >
        {state.focus === id ? 'Unfocus' : 'Focus'}
      </button>
      <button
        type="button"
        onClick={() =>
          update((s) => ({
            hidden: [...s.hidden, id],
            selected: null,
            focus: s.focus === id ? null : s.focus,
          }))
        }
        data-testid="hide-button"
      >
        Hide
      </button>
    </>
  );
}
