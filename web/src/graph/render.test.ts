import { describe, expect, it } from 'vitest';
import { ELEMENT_BUDGET } from './overview';
import { LINE_STYLES_UP_TO, lineStylesDrawn, rendererFor, rendererStyle, WEBGL_THRESHOLD } from './render';

describe('renderer choice', () => {
  it('draws every view within the element budget on the 2D canvas (measured faster than software WebGL)', () => {
    expect(WEBGL_THRESHOLD).toBe(ELEMENT_BUDGET);
    expect(rendererFor(ELEMENT_BUDGET)).toBe('canvas');
  });

  it('draws the ties of large networks straight and solid on either renderer, small ones curved on the canvas', () => {
    const curve = (rules: ReturnType<typeof rendererStyle>) =>
      rules.flatMap((r) => ('style' in r && 'curve-style' in r.style ? [r.style['curve-style']] : []));
    const large = lineStylesDrawn(LINE_STYLES_UP_TO + 1);
    expect(curve(rendererStyle('canvas', large))).toEqual(['haystack']);
    expect(curve(rendererStyle('webgl', large))).toEqual(['haystack']);
    expect(curve(rendererStyle('canvas', lineStylesDrawn(LINE_STYLES_UP_TO)))).toEqual([]);
  });
});
