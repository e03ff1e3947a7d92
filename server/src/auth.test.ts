import { describe, expect, it } from 'vitest';
import { requireEditor, type Editor } from './auth.js';
import { AtlasError } from './errors.js';

async function codeOf(work: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await work();
  } catch (error) {
    return error instanceof AtlasError ? error.code : 'not an AtlasError';
  }
  return undefined;
}

/** A directory of named editors with one member, Ada, whose token is "ada-token". */
const findNamed = (token: string): Promise<Editor | null> =>
  Promise.resolve(token === 'ada-token' ? { name: 'Ada' } : null);

describe('requireEditor', () => {
  const editorToken = 's3cret-token';

  it('accepts the configured token as a bearer token, as the editor named "editor"', async () => {
    await expect(requireEditor({ authorization: `Bearer ${editorToken}`, editorToken, findNamed })).resolves.toEqual({
      name: 'editor',
    });
    await expect(requireEditor({ authorization: `bearer   ${editorToken} `, editorToken, findNamed })).resolves.toEqual(
      { name: 'editor' },
    );
  });

  it("accepts a named editor's token, with or without the shortcut configured", async () => {
    await expect(requireEditor({ authorization: 'Bearer ada-token', editorToken, findNamed })).resolves.toEqual({
      name: 'Ada',
    });
    await expect(
      requireEditor({ authorization: 'Bearer ada-token', editorToken: undefined, findNamed }),
    ).resolves.toEqual({ name: 'Ada' });
  });

  it('refuses a request without a token as UNAUTHENTICATED', async () => {
    expect(await codeOf(() => requireEditor({ authorization: undefined, editorToken, findNamed }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await codeOf(() => requireEditor({ authorization: '', editorToken, findNamed }))).toBe('UNAUTHENTICATED');
    expect(await codeOf(() => requireEditor({ authorization: `Basic ${editorToken}`, editorToken, findNamed }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a wrong token, a prefix of it and a longer one as FORBIDDEN', async () => {
    for (const wrong of ['nope', editorToken.slice(0, -1), `${editorToken}x`]) {
      expect(await codeOf(() => requireEditor({ authorization: `Bearer ${wrong}`, editorToken, findNamed }))).toBe(
        'FORBIDDEN',
      );
    }
  });

  it('refuses every token when neither the shortcut nor a named editor matches, and says how to get one', async () => {
    await expect(
      requireEditor({ authorization: 'Bearer anything', editorToken: undefined, findNamed }),
    ).rejects.toThrow(/editor:add/);
  });
});
