import type { ViewProps } from '../../views';

/** Expand, focus on or hide the selected cluster: view-state changes only. */
export function ClusterActions({
  id,
  state,
  update,
  onExpand,
}: ViewProps & { id: string; onExpand: (id: string) => void }) {
  return (
    <>
      <button
        type="button"
        onClick={() => onExpand(id)}
        disabled={state.expanded.includes(id)}
        data-testid="expand-button"
      >
        {state.expanded.includes(id) ? 'Expanded' : 'Expand'}
      </button>
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
          update((s) => ({ hidden: [...s.hidden, id], selected: null, focus: s.focus === id ? null : s.focus }))
        }
        data-testid="hide-button"
      >
        Hide
      </button>
    </>
  );
}
