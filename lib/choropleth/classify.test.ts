import { describe, expect, it } from 'vitest';
import { classBreaks, classOf } from './classify';

const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100];

describe('classBreaks', () => {
  it('puts about equal counts in each quantile class', () => {
    const breaks = classBreaks(values, 'quantile', 4);
    expect(breaks).toHaveLength(3);
    const counts = [0, 0, 0, 0];
    for (const v of values) counts[classOf(v, breaks)]++;
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('spaces equal intervals evenly between min and max', () => {
    expect(classBreaks([0, 10, 20, 100], 'equal', 4)).toEqual([25, 50, 75]);
  });

  it('lets natural breaks isolate the outlier', () => {
    const breaks = classBreaks(values, 'ckmeans', 2);
    expect(breaks).toEqual([100]);
  });

  it('copes with fewer distinct values than classes, and with none', () => {
    expect(classBreaks([5, 5, 7], 'quantile', 5)).toEqual([7]);
    expect(classBreaks([3, 3], 'equal', 5)).toEqual([]);
    expect(classBreaks([], 'ckmeans', 5)).toEqual([]);
  });
});

describe('classOf', () => {
  it('counts a value on a break into the upper class', () => {
    expect(classOf(25, [25, 50])).toBe(1);
    expect(classOf(24.9, [25, 50])).toBe(0);
    expect(classOf(99, [25, 50])).toBe(2);
  });
});
