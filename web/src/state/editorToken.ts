import { useSyncExternalStore } from 'react';

/**
 * The editor's token, for the writes (Authorization: Bearer …), and their name as the server gave
 * it at sign-in. Kept for the browser tab only (sessionStorage): a token is a password, and closing
 * the tab signs the editor out.
 */

const KEY = 'atlas-editor-token';
const NAME_KEY = 'atlas-editor-name';
const listeners = new Set<() => void>();

export function editorToken(): string | null {
  return window.sessionStorage.getItem(KEY);
}

export function editorName(): string | null {
  return window.sessionStorage.getItem(NAME_KEY);
}

export function setEditorToken(token: string | null, name: string | null = null): void {
  if (token) window.sessionStorage.setItem(KEY, token);
  else window.sessionStorage.removeItem(KEY);
  if (token && name) window.sessionStorage.setItem(NAME_KEY, name);
  else window.sessionStorage.removeItem(NAME_KEY);
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export function useEditorToken(): string | null {
  return useSyncExternalStore(subscribe, editorToken);
}

export function useEditorName(): string | null {
  return useSyncExternalStore(subscribe, editorName);
}
