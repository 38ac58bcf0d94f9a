import { describe, expect, it } from 'vitest';
import { observationAt } from './observation-at';

const series = [
  { year: 2020, value: 3 },
  { year: 2000, value: 1 },
  { year: 2010, value: 2 },
];

describe('observationAt', () => {
  it('finds the observation of the year, in any order', () => {
    expect(observationAt(series, 2010)).toBe(series[2]);
    expect(observationAt(series, 2020)?.value).toBe(3);
  });

  it('has nothing for a year without an observation, nor for a missing series', () => {
    expect(observationAt(series, 2015)).toBeUndefined();
    expect(observationAt([], 2010)).toBeUndefined();
    expect(observationAt(undefined, 2010)).toBeUndefined();
  });
});
