import { useId, useState, type FormEvent, type ReactNode } from 'react';

export interface TokenDialogProps {
  title: string;
  children: ReactNode;
  label: string;
  submitLabel: string;
  /** Checks and keeps the token; a message to show under the field when it is refused. */
  onSubmit: (token: string) => Promise<string | null> | string | null;
  onCancel?: () => void;
  testId: string;
}

/**
 * A modal that asks for a token (the read token, an editor's token): a password field, kept by the
 * caller for this tab only, with the caller's reason for refusing it shown under the field.
 */
export function TokenDialog({ title, children, label, submitLabel, onSubmit, onCancel, testId }: TokenDialogProps) {
  const id = useId();
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token.trim()) return;
    setBusy(true);
    setProblem(await onSubmit(token.trim()));
    setBusy(false);
  };
  return (
    <div className="read-token-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} className="dialog-frame">
        <form
          className="read-token-dialog"
          onSubmit={(event) => void submit(event)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onCancel) onCancel();
          }}
          data-testid={testId}
        >
          <h2 id={`${id}-title`}>{title}</h2>
          {children}
          <label>
            {label}
            <input
              type="password"
              autoComplete="current-password"
              value={token}
              onChange={(event) => setToken(event.target.value)}
              autoFocus
              aria-invalid={problem !== null}
              aria-describedby={problem ? `${id}-problem` : undefined}
              data-testid={`${testId}-input`}
            />
          </label>
          {problem && (
            <p id={`${id}-problem`} className="field-error" role="alert">
              {problem}
            </p>
          )}
          <div className="dialog-actions">
            {onCancel && (
              <button type="button" onClick={onCancel}>
                Cancel
              </button>
            )}
            <button type="submit" disabled={busy} data-testid={`${testId}-submit`}>
              {submitLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
