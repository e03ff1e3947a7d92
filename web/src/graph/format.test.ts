import { describe, expect, it } from 'vitest';
import { formatCount } from './format';

describe('formatCount', () => {
  it('writes counts as toLocaleString("en") does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 901, 50028, 1234567, -4200])
      expect(formatCount(n)).toBe(n.toLocaleString('en'));
  });
});
