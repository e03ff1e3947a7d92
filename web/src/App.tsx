import type { KeyboardEvent } from 'react';
import { EditorSession } from './features/Editing/EditorSession';
import { ReadTokenDialog } from './features/ReadToken/ReadTokenDialog';
import { useViewState } from './state/useViewState';
import { VIEWS, viewFor } from './views';

export function App() {
  const [state, update] = useViewState();
  const current = viewFor(state.view);
  const View = current.component;

  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects.
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    const next = VIEWS[(index + delta + VIEWS.length) % VIEWS.length];
    if (!next) return;
    update({ view: next.id }, { push: true });
    document.getElementById(`tab-${next.id}`)?.focus();
  };

  return (
    <div className="app">
      {current.skipTo && (
        <a className="skip-link" href={current.skipTo.href}>
          {current.skipTo.label}
        </a>
      )}
      <header className="app-header">
        <h1 className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◎
          </span>{' '}
          Cluster Atlas
        </h1>
        <nav className="tabs" role="tablist" aria-label="Views">
          {VIEWS.map((v, i) => (
            <button
              key={v.id}
              id={`tab-${v.id}`}
              type="button"
              role="tab"
              className="tab"
              aria-selected={v.id === current.id}
              aria-controls="view-panel"
              tabIndex={v.id === current.id ? 0 : -1}
              title={v.description}
              data-testid={`tab-${v.id}`}
              onClick={() => update({ view: v.id }, { push: true })}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {v.label}
            </button>
          ))}
        </nav>
        <EditorSession update={update} />
        <a className="playground-link" href="/graphql" data-testid="playground-link">
          GraphQL playground ↗
        </a>
      </header>
      <main className="view">
        {/* The tab panel inside the main landmark: a main with a tabpanel role would be no landmark. */}
        <div id="view-panel" className="view-panel" role="tabpanel" aria-labelledby={`tab-${current.id}`}>
          <View state={state} update={update} />
        </div>
      </main>
      <ReadTokenDialog />
    </div>
  );
}
