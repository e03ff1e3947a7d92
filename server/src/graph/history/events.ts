/**
 * "The graph changed": the write path announces every committed write (never a replayed retry),
 * and each listener hears about them debounced: one call per quiet period, with every change
 * since its last call. In-process only: a write made by another process (the import CLI, a reset)
 * is not heard here.
 */

export interface GraphChange {
  /** The Change ids the write recorded. */
  changeIds: string[];
  /** The entities the write created, changed or deleted. */
  entityIds: string[];
  /** The editor's name. */
  by: string;
}

export type GraphChangedListener = (changes: GraphChange[]) => void | Promise<void>;

interface Subscription {
  pending: GraphChange[];
  timer: NodeJS.Timeout | null;
  debounceMs: number;
  flush(): void;
}

const subscriptions = new Set<Subscription>();

/**
 * Calls `listener` once the graph has been quiet for `debounceMs` (default 500) after one or more
 * writes. A listener's failure goes to `onError` and never reaches the write. Returns the
 * unsubscribe function.
 */
export function onGraphChanged(
  listener: GraphChangedListener,
  options: { debounceMs?: number; onError?: (error: unknown) => void } = {},
): () => void {
  const subscription: Subscription = {
    pending: [],
    timer: null,
    debounceMs: options.debounceMs ?? 500,
    flush() {
      subscription.timer = null;
      const changes = subscription.pending;
      subscription.pending = [];
      Promise.resolve()
        .then(() => listener(changes))
        .catch(options.onError ?? (() => undefined));
    },
  };
  subscriptions.add(subscription);
  return () => {
    if (subscription.timer) clearTimeout(subscription.timer);
    subscriptions.delete(subscription);
  };
}

/** Announces a committed write to every listener (the write path calls this after commit). */
export function announceGraphChanged(change: GraphChange): void {
  for (const subscription of subscriptions) {
    subscription.pending.push(change);
    if (subscription.timer) clearTimeout(subscription.timer);
    subscription.timer = setTimeout(() => subscription.flush(), subscription.debounceMs);
  }
}
