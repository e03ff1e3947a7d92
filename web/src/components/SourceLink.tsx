import type { MouseEvent, ReactNode } from 'react';
import { DEFAULT_VIEW_STATE, serializeViewState } from '../state/viewState';

/** The address of a source's page (About the data, that document open). */
export function sourceHref(id: string): string {
  return serializeViewState({ ...DEFAULT_VIEW_STATE, view: 'about', source: id }) || '?';
}

/**
 * A real link to a source's page, usable from any component without the view state at hand: a
 * plain click pushes the address and tells useViewState through the popstate it listens to.
 */
export function SourceLink({ id, children }: { id: string; children: ReactNode }) {
  const href = sourceHref(id);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    window.history.pushState(null, '', href);
    window.dispatchEvent(new PopStateEvent('popstate'));
  };
  return (
    <a href={href} onClick={onClick} data-testid="source-link" data-source-id={id}>
      {children}
    </a>
  );
}
