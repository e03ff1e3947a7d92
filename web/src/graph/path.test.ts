import { describe, expect, it } from 'vitest';
import { positionsWithPath } from './path';

const context = [
  { id: 'a', x: 0, y: 0 },
  { id: 'd', x: 300, y: 0 },
];

describe('the path drawn over a context laid out ahead', () => {
  it('keeps the context positions and places the clusters it left out along the chain', () => {
    const placed = positionsWithPath(context, ['a', 'b', 'c', 'd']);
    expect(placed?.slice(0, 2)).toEqual(context);
    expect(placed?.slice(2)).toEqual([
      { id: 'b', x: 100, y: 0 },
      { id: 'c', x: 200, y: 0 },
    ]);
  });

  it('goes on a hop at a time past the last placed cluster, and before the first', () => {
    const placed = new Map(positionsWithPath(context, ['x', 'a', 'y', 'z'])?.map((p) => [p.id, p]));
    expect(placed.get('x')).toEqual({ id: 'x', x: -80, y: 80 });
    expect(placed.get('y')).toEqual({ id: 'y', x: 80, y: 80 });
    expect(placed.get('z')).toEqual({ id: 'z', x: 160, y: 80 });
  });

  it('draws a path wholly outside the context in a row below it', () => {
    const placed = positionsWithPath(context, ['p', 'q'])?.slice(2);
    expect(placed).toEqual([
      { id: 'p', x: 0, y: 160 },
      { id: 'q', x: 80, y: 160 },
    ]);
  });

  it('leaves a context without positions to the canvas to lay out', () => {
    expect(positionsWithPath(null, ['a', 'b'])).toBeNull();
    expect(positionsWithPath(undefined, ['a', 'b'])).toBeNull();
  });
});
