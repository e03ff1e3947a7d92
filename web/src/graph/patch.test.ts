import { describe, expect, it } from 'vitest';
import { dataChanges } from './patch';

describe('dataChanges', () => {
  it('is null when every field has the same value, arrays and positions compared by value', () => {
    const current = { id: 'a', label: 'A', sectors: ['s1', 's2'], placedAt: { x: 1, y: 2 }, betweenness: null };
    expect(dataChanges(current, { id: 'a', label: 'A', sectors: ['s1', 's2'], placedAt: { x: 1, y: 2 } })).toBeNull();
  });
  it('names only the fields that changed', () => {
    const current = { id: 'a', colour: '#111', sectors: ['s1'], placedAt: { x: 1, y: 2 } };
    expect(dataChanges(current, { id: 'a', colour: '#222', sectors: ['s1'], placedAt: null })).toEqual({
      colour: '#222',
      placedAt: null,
    });
    expect(dataChanges(current, { id: 'a', sectors: ['s1', 's2'] })).toEqual({ sectors: ['s1', 's2'] });
    expect(dataChanges({ id: 'a' }, { id: 'a', degree: 0 })).toEqual({ degree: 0 });
  });
});
