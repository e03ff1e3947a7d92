import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { checkReadAccess } from './graphql.js';

vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof crypto>();
  return { ...original, timingSafeEqual: vi.fn(original.timingSafeEqual) };
});

describe('the read token (issue 11 item 5)', () => {
  it('is compared in constant time, like the editor token, not with !== (which returns at the first differing character)', async () => {
    const compare = vi.mocked(crypto.timingSafeEqual);
    compare.mockClear();
    await expect(checkReadAccess({ header: 'Bearer r3ad', editorToken: 'e', readToken: 'r3ad' })).resolves.toBe(
      undefined,
    );
    expect(compare).toHaveBeenCalled();
    compare.mockClear();
    await expect(
      checkReadAccess({ header: 'Bearer wrong', editorToken: 'e', readToken: 'r3ad' }),
    ).rejects.toBeDefined();
    expect(compare).toHaveBeenCalled();
  });
});
