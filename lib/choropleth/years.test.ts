import { describe, expect, it } from 'vitest';
import { nearestYear } from './years';

describe('nearestYear', () => {
  it('keeps a year with data, else moves to the nearest (later on a tie), else the latest', () => {
    expect(nearestYear([2000, 2010, 2020], 2010)).toBe(2010);
    expect(nearestYear([2000, 2010, 2020], 2016)).toBe(2020);
    expect(nearestYear([2000, 2010, 2020], 2015)).toBe(2020);
    expect(nearestYear([2016, 2017], null)).toBe(2017);
    expect(nearestYear([], 2020)).toBeNull();
  });
});
