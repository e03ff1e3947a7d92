import { describe, expect, it } from 'vitest';
import { requireEditor } from './auth.js';
import { AtlasError } from './errors.js';

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof AtlasError ? error.code : 'not an AtlasError';
  }
  return undefined;
}

describe('requireEditor', () => {
  const editorToken = 's3cret-token';

  it('accepts the configured token as a bearer token', () => {
    expect(requireEditor({ authorization: `Bearer ${editorToken}`, editorToken })).toEqual({ label: 'editor' });
    expect(requireEditor({ authorization: `bearer   ${editorToken} `, editorToken })).toEqual({ label: 'editor' });
  });

  it('refuses a request without a token as UNAUTHENTICATED', () => {
    expect(codeOf(() => requireEditor({ authorization: undefined, editorToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireEditor({ authorization: '', editorToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireEditor({ authorization: `Basic ${editorToken}`, editorToken }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong token, a prefix of it and a longer one as FORBIDDEN', () => {
    for (const wrong of ['nope', editorToken.slice(0, -1), `${editorToken}x`]) {
      expect(codeOf(() => requireEditor({ authorization: `Bearer ${wrong}`, editorToken }))).toBe('FORBIDDEN');
    }
  });

  it('disables writes when no token is configured, and says how to enable them', () => {
    expect(() => requireEditor({ authorization: 'Bearer anything', editorToken: undefined })).toThrow(
      /set ATLAS_EDITOR_TOKEN/,
    );
    expect(codeOf(() => requireEditor({ authorization: undefined, editorToken: '' }))).toBe('FORBIDDEN');
  });
});
