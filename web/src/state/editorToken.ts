import { useSyncExternalStore } from 'react';

/**
 * The editor's token, for the writes (Authorization: Bearer …). Kept for the browser tab only
 * (sessionStorage): a token is a password, and closing the tab signs the editor out.
 */

const KEY = 'atlas-editor-token';
const listeners = new Set<() => void>();

export function editorToken(): string | null {
  return window.sessionStorage.getItem(KEY);
}

export function setEditorToken(token: string | null): void {
  if (token) window.sessionStorage.setItem(KEY, token);
  else window.sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

export function useEditorToken(): string | null {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, editorToken);
}
