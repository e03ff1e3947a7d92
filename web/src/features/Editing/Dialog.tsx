import { useId, type FormEvent, type ReactNode } from 'react';

/** A modal form over the page: a title, the fields, Cancel and the submit button; Escape cancels. */
export function Dialog({
  title,
  children,
  submitLabel,
  busyLabel = 'Saving…',
  busy,
  onSubmit,
  onCancel,
  testId,
}: {
  title: string;
  children: ReactNode;
  submitLabel: string;
  /** What the submit button says while busy. */
  busyLabel?: string;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="read-token-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} className="dialog-frame">
        <form
          className="read-token-dialog edit-dialog"
          aria-busy={busy}
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            onSubmit();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              onCancel();
            }
          }}
          data-testid={testId}
        >
          <h2 id={`${id}-title`}>{title}</h2>
          {children}
          <div className="dialog-actions">
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
            <button type="submit" disabled={busy} data-testid={`${testId}-submit`}>
              {busy ? busyLabel : submitLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

/** The API's message about the whole write (not one field), read out when it appears. */
export function FormProblem({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="status status-error" role="alert" data-testid="form-problem">
      {message}
    </p>
  );
}
