import { useCallback, useEffect, useState } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './viewState';

export type ViewStateUpdate = Partial<ViewState> | ((s: ViewState) => Partial<ViewState>);

export interface UpdateOptions {
  /** Push a history entry (view switches, path choices) instead of replacing the current one. */
  push?: boolean;
}

/** View state lives in the URL: the back button and a pasted link both restore it. */
export function useViewState(): [ViewState, (update: ViewStateUpdate, options?: UpdateOptions) => void] {
  const [state, setState] = useState<ViewState>(() => parseViewState(window.location.search));

  useEffect(() => {
    const onPop = () => setState(parseViewState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((change: ViewStateUpdate, options: UpdateOptions = {}) => {
    setState((prev) => {
      const next = {
        ...prev,
        ...(typeof change === 'function' ? change(prev) : change),
      };
      const url = `${window.location.pathname}${serializeViewState(next)}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        window.history[options.push ? 'pushState' : 'replaceState'](null, '', url);
      }
      return next;
    });
  }, []);

  return [state, update];
}
