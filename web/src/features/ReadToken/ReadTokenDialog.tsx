import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { readTokenState, storedReadToken, storeReadToken } from '../../readToken';

/**
 * Asks for the read token when the API refuses reads (a server started with ATLAS_READ_TOKEN),
 * keeps it for this tab and reloads: the view state is in the URL, so the same view comes back.
 */
export function ReadTokenDialog() {
  const refused = useSyncExternalStore(readTokenState.subscribe, readTokenState.refused);
  const [token, setToken] = useState('');
  if (!refused) return null;
  const hadToken = storedReadToken() !== null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!token.trim()) return;
    storeReadToken(token);
    window.location.reload();
  };
  return (
    <div className="read-token-backdrop">
      <form
        className="read-token-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="read-token-title"
        onSubmit={submit}
        data-testid="read-token-dialog"
      >
        <h2 id="read-token-title">This atlas needs a read token</h2>
        <p>
          {hadToken
            ? 'The token this tab sent was refused: check it with the operator of this server.'
            : 'The operator of this server set a read token. Enter it to open the atlas; it is kept for this tab only.'}
        </p>
        <label>
          Read token
          <input
            type="password"
            autoComplete="current-password"
            value={token}
            onChange={(event) => setToken(event.target.value)}
            autoFocus
            data-testid="read-token-input"
          />
        </label>
        <button type="submit">Open the atlas</button>
      </form>
    </div>
  );
}
