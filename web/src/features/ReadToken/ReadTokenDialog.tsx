import { useSyncExternalStore } from 'react';
import { TokenDialog } from '../../components/TokenDialog';
import { readTokenState, storedReadToken, storeReadToken } from '../../readToken';

/**
 * Asks for the read token when the API refuses reads (a server started with ATLAS_READ_TOKEN),
 * keeps it for this tab and reloads: the view state is in the URL, so the same view comes back.
 */
export function ReadTokenDialog() {
  const refused = useSyncExternalStore(readTokenState.subscribe, readTokenState.refused);
  if (!refused) return null;
  const hadToken = storedReadToken() !== null;
  return (
    <TokenDialog
      title="This atlas needs a read token"
      label="Read token"
      submitLabel="Open the atlas"
      testId="read-token-dialog"
      onSubmit={(token) => {
        storeReadToken(token);
        window.location.reload();
        return null;
      }}
    >
      <p>
        {hadToken
          ? 'The token this tab sent was refused: check it with the operator of this server.'
          : 'The operator of this server set a read token. Enter it to open the atlas; it is kept for this tab only.'}
      </p>
    </TokenDialog>
  );
}
