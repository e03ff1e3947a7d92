/**
 * The read token of a server started with ATLAS_READ_TOKEN: asked for once when the API refuses a
 * read, kept for this tab only (sessionStorage: gone when the tab closes, never shared with other
 * tabs or written to disk by us), and sent with every request.
 */

const KEY = 'atlas.readToken';

/** The codes with which the API refuses a read for want of the right token. */
const REFUSED = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

export function storedReadToken(storage: Pick<Storage, 'getItem'> = sessionStorage): string | null {
  return storage.getItem(KEY);
}

export function storeReadToken(token: string, storage: Pick<Storage, 'setItem'> = sessionStorage): void {
  storage.setItem(KEY, token.trim());
}

/** Headers for a request: the bearer token when one is kept. */
export function readTokenHeaders(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** True when a read was refused because this tab has no token, or a wrong one. */
export function refusedForToken(codes: readonly unknown[]): boolean {
  return codes.some((code) => typeof code === 'string' && REFUSED.has(code));
}

type Listener = () => void;
const listeners = new Set<Listener>();
let refused = false;

/** Tells the app that the API refused a read (the client calls this); the dialog listens. */
export function reportRefusedRead(): void {
  if (refused) return;
  refused = true;
  for (const listener of listeners) listener();
}

export const readTokenState = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  refused: () => refused,
};
