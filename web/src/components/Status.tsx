import type { ReactNode } from 'react';

export function Loading({ label }: { label: string }) {
  return (
    <div className="status status-loading" role="status" data-testid="loading">
      <progress aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="status status-empty" role="status" data-testid="empty-state">
      <strong>{title}</strong>
      {children}
    </div>
  );
}

/** What went wrong in words, and a way to try again. */
export function ErrorState({ what, error, onRetry }: { what: string; error: unknown; onRetry: () => void }) {
  const message = error instanceof Error ? error.message : String(error);
  const offline = /network|fetch|failed to fetch/i.test(message);
  return (
    <div className="status status-error" role="alert" data-testid="error-state">
      <strong>Could not load {what}.</strong>
      <span>{offline ? 'The server did not answer: check that it is running, then retry.' : message}</span>
      <button type="button" onClick={onRetry} data-testid="retry-button">
        Retry
      </button>
    </div>
  );
}
