import { describe, expect, it } from 'vitest';
import { brushRange, markedSteps, yearStacks } from './timeline';

describe('the timeline', () => {
  const counts = [
    { year: 2013, kind: 'AGREEMENT', status: 'SIGNED', count: 2 },
    { year: 2015, kind: 'MISSION', status: 'DONE', count: 1 },
    { year: 2015, kind: 'AGREEMENT', status: 'PLANNED', count: 1 },
    { year: null, kind: 'PARTNERSHIP', status: null, count: 4 },
    { year: null, kind: 'AGREEMENT', status: 'SIGNED', count: 1 },
  ];

  it('stacks each year, empty years included, and counts the undated apart', () => {
    const { stacks, undated } = yearStacks(counts);
    expect(stacks.map((s) => [s.year, s.total])).toEqual([
      [2013, 2],
      [2014, 0],
      [2015, 2],
    ]);
    expect(stacks[2]?.parts.map((p) => p.key)).toEqual(['DONE', 'PLANNED']);
    expect(undated).toBe(5);
  });

  it('turns a brush either way into an ordered range within the years drawn', () => {
    const { stacks } = yearStacks(counts);
    expect(brushRange(2015, 2010, stacks)).toEqual({ from: 2013, to: 2015 });
    expect(brushRange(2014, 2014, stacks)).toEqual({ from: 2014, to: 2014 });
    expect(brushRange(1, 2, [])).toBeNull();
  });
});

describe('the steps of agreements the timeline marks', () => {
  it('groups updates and ends by year, leaving signing to the bars', () => {
    const marks = markedSteps([
      { event: 'SIGNED', on: '2007', year: 2007, agreement: { name: 'MoU A' } },
      { event: 'UPDATED', on: '2013', year: 2013, agreement: { name: 'MoU A' }, by: { name: 'MoU B' } },
      { event: 'ENDS', on: '2020-06', year: 2020, agreement: { name: 'MoU C' }, by: null },
      { event: 'ENDS', on: '2020', year: 2020, agreement: { name: 'MoU D' } },
    ]);
    expect(Object.fromEntries(marks.get('UPDATED')!)).toEqual({ 2013: ['MoU A (2013, by MoU B)'] });
    expect(Object.fromEntries(marks.get('ENDS')!)).toEqual({ 2020: ['MoU C (2020-06)', 'MoU D (2020)'] });
    expect([...marks.keys()]).toEqual(['UPDATED', 'ENDS']);
  });
});
