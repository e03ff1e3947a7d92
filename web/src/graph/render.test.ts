import { describe, expect, it } from 'vitest';
import { ELEMENT_BUDGET } from './overview';
import { rendererFor, WEBGL_THRESHOLD } from './render';

describe('renderer choice', () => {
  it('draws every view within the element budget on the 2D canvas (measured faster than software WebGL)', () => {
    expect(WEBGL_THRESHOLD).toBe(ELEMENT_BUDGET);
    expect(rendererFor(ELEMENT_BUDGET)).toBe('canvas');
  });
});
