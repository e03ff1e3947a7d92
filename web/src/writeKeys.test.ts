import { describe, expect, it } from 'vitest';
import { WriteKeys } from './writeKeys';

describe('the Idempotency-Key of a write', () => {
  const counting = () => {
    let n = 0;
    return () => `key-${++n}`;
  };

  it('is kept for the same write sent again until it is answered as saved, then a new one', () => {
    const keys = new WriteKeys(counting());
    expect(keys.keyFor(7)).toBe('key-1');
    keys.settled(7, false);
    expect(keys.keyFor(7)).toBe('key-1');
    keys.settled(7, true);
    expect(keys.keyFor(7)).toBe('key-2');
  });

  it('differs between different writes, also while the first is in flight', () => {
    const keys = new WriteKeys(counting());
    expect(keys.keyFor(1)).toBe('key-1');
    expect(keys.keyFor(2)).toBe('key-2');
    expect(keys.keyFor(1)).toBe('key-1');
  });

  it('keeps only the latest unsaved writes', () => {
    const keys = new WriteKeys(counting(), 2);
    keys.keyFor(1);
    keys.keyFor(2);
    keys.keyFor(3);
    expect(keys.keyFor(2)).toBe('key-2');
    expect(keys.keyFor(1)).toBe('key-4');
  });

  it('is 128 random bits by default', () => {
    const keys = new WriteKeys();
    const [a, b] = [keys.keyFor(1), keys.keyFor(2)];
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });
});
