import { dequal } from 'dequal';

/**
 * The fields of `next` whose values differ from `current` (by value), or null when none does.
 * Cytoscape restyles an element whenever its data is set, changed or not (about 0.25 ms each): the
 * canvas sets only what changed, so that a new element list with the same data (the answers
 * arriving one by one, a selection) restyles nothing.
 */
export function dataChanges(
  current: Readonly<Record<string, unknown>>,
  next: Readonly<Record<string, unknown>>,
): Record<string, unknown> | null {
  const changed = Object.entries(next).filter(([key, value]) => !dequal(current[key], value));
  return changed.length ? Object.fromEntries(changed) : null;
}
