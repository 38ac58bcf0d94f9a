import { describe, expect, it } from 'vitest';
import { weightedGini } from './gini';
import { unweighted } from './units';
import { THREE } from './fixtures.testing';

describe('weightedGini', () => {
  it('matches the hand-computed fixture', () => {
    // fixtures.testing.ts: Σ p_i p_j |y_i − y_j| = 5/4, μ = 2 → 5/16.
    expect(weightedGini(THREE)).toBeCloseTo(5 / 16, 15);
  });

  it('is PySAL’s unweighted Gini with equal weights', () => {
    // 1, 2, 4 unweighted: 12 ÷ 42 = 2/7 (both of PySAL’s forms, worked in fixtures.testing.ts).
    expect(weightedGini(unweighted([1, 2, 4]))).toBeCloseTo(2 / 7, 15);
    // Order does not matter; one resident holding everything among n: (n − 1)/n.
    expect(weightedGini(unweighted([4, 1, 2]))).toBeCloseTo(2 / 7, 15);
    expect(weightedGini(unweighted([0, 0, 0, 8]))).toBeCloseTo(3 / 4, 15);
  });

  it('treats a unit of twice the population as two units of the same value', () => {
    // 1 (pop 2), 2, 4 = 1, 1, 2, 4 unweighted: Σ|diffs| over unordered pairs = 0+1+3+1+3+2 = 10, ordered 20; 20 ÷ (2·16·2) = 5/16.
    expect(weightedGini(unweighted([1, 1, 2, 4]))).toBeCloseTo(5 / 16, 15);
  });

  it('is zero for equal values and refuses negative ones', () => {
    expect(weightedGini(unweighted([3, 3, 3]))).toBe(0);
    expect(() => weightedGini(unweighted([-1, 2]))).toThrow(RangeError);
  });
});
