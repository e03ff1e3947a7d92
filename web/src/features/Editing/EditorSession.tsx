import { useState } from 'react';
import { TokenDialog } from '../../components/TokenDialog';
import { setEditorToken, useEditorName, useEditorToken } from '../../state/editorToken';
import type { ViewProps } from '../../views';
import { ImportDialog } from '../Import/ImportDialog';
import { EntityFormDialog } from './EntityFormDialog';
import { EDITABLE_KINDS, type EditableKind } from './forms';
import './editing.css';

/**
 * The editor's corner of the header: sign in with an editor token (checked with the server, kept
 * for this tab), the "New…" menu (an entity, or an import of a file), sign out. What is created opens in Explore's details panel.
 */
export function EditorSession({ update }: Pick<ViewProps, 'update'>) {
  const token = useEditorToken();
  const name = useEditorName();
  const [signingIn, setSigningIn] = useState(false);
  const [menu, setMenu] = useState(false);
  const [creating, setCreating] = useState<EditableKind | null>(null);
  const [importing, setImporting] = useState(false);

  if (!token) {
    return (
      <div className="editor-session">
        <button type="button" onClick={() => setSigningIn(true)} data-testid="editor-sign-in">
          Sign in to edit
        </button>
        {signingIn && (
          <TokenDialog
            title="Sign in as an editor"
            label="Editor token"
            submitLabel="Sign in"
            testId="editor-token-dialog"
            onCancel={() => setSigningIn(false)}
            onSubmit={async (candidate) => {
              const checked = await checkEditorToken(candidate);
              if ('problem' in checked) return checked.problem;
              setEditorToken(candidate, checked.name);
              setSigningIn(false);
              return null;
            }}
          >
            <p>
              Writes need your editor token (from <code>npm run editor:add -- NAME</code> on the server). It is kept for
              this tab only: closing the tab signs you out.
            </p>
          </TokenDialog>
        )}
      </div>
    );
  }

  return (
    <div className="editor-session">
      <span className="editor-name" data-testid="editor-name">
        ✎ {name ?? 'Editor'}
      </span>
      <div className="new-menu">
        <button
          type="button"
          aria-haspopup="true"
          aria-expanded={menu}
          aria-controls="new-menu-items"
          onClick={() => setMenu((m) => !m)}
          data-testid="new-menu"
        >
          New…
        </button>
        {menu && (
          <ul id="new-menu-items" className="new-menu-items">
            {EDITABLE_KINDS.map((kind) => (
              <li key={kind}>
                <button
                  type="button"
                  onClick={() => {
                    setMenu(false);
                    setCreating(kind);
                  }}
                  data-testid={`new-${kind.toLowerCase()}`}
                >
                  {kind}
                </button>
              </li>
            ))}
            <li>
              <button
                type="button"
                onClick={() => {
                  setMenu(false);
                  setImporting(true);
                }}
                data-testid="new-import"
              >
                Import a file…
              </button>
            </li>
          </ul>
        )}
      </div>
      <button type="button" className="linkish" onClick={() => setEditorToken(null)} data-testid="editor-sign-out">
        Sign out
      </button>
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
      {creating && (
        <EntityFormDialog
          kind={creating}
          id={null}
          onClose={() => setCreating(null)}
          onSaved={(id) => {
            setCreating(null);
            update({ view: 'explore', selected: id }, { push: true });
          }}
        />
      )}
    </div>
  );
}

/**
 * Asks the server whose token this is. By fetch, not the app's client: a refused token must not
 * pass for a refused read (which opens the read-token prompt).
 */
async function checkEditorToken(token: string): Promise<{ name: string } | { problem: string }> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ currentEditor { name } }' }),
    });
    const body = (await response.json()) as {
      data?: { currentEditor?: { name: string } | null } | null;
      errors?: { message: string }[];
    };
    const editor = body.data?.currentEditor;
    if (editor) return { name: editor.name };
    return { problem: body.errors?.[0]?.message ?? 'The server did not accept this token.' };
  } catch {
    return { problem: 'The server did not answer: check that it is running, then try again.' };
  }
}
