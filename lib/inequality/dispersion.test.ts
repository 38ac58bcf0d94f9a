import { describe, expect, it } from 'vitest';
import { sdOfLogs, weightedCv } from './dispersion';
import { unweighted } from './units';
import { THREE } from './fixtures.testing';

describe('weightedCv (Williamson)', () => {
  it('matches the hand-computed fixture', () => {
    // fixtures.testing.ts: μ = 2, variance 3/2 → √1.5 ÷ 2.
    expect(weightedCv(THREE)).toBeCloseTo(Math.sqrt(1.5) / 2, 14);
    expect(weightedCv(THREE)).toBeCloseTo(0.6123724356957945, 14);
  });

  it('is the population CV with equal weights, and scale-free in weights and values', () => {
    // 1, 2, 4: mean 7/3, variance ((4/3)² + (1/3)² + (5/3)²)/3 = 42/27 → CV = √(42/27) ÷ (7/3) = 0.534522483824849
    expect(weightedCv(unweighted([1, 2, 4]))).toBeCloseTo(Math.sqrt(42 / 27) / (7 / 3), 14);
    const scaled = THREE.map((u) => ({ value: u.value * 1000, weight: u.weight * 10_000 }));
    expect(weightedCv(scaled)).toBeCloseTo(weightedCv(THREE), 14);
    expect(weightedCv(unweighted([5, 5, 5]))).toBe(0);
  });

  it('refuses input it is not defined for', () => {
    expect(() => weightedCv([])).toThrow(RangeError);
    expect(() => weightedCv([{ value: 1, weight: 0 }])).toThrow(/weight/);
    expect(() => weightedCv([{ value: Number.NaN, weight: 1 }])).toThrow(/finite/);
    expect(() => weightedCv(unweighted([0, 0]))).toThrow(/mean is zero/);
  });
});

describe('sdOfLogs', () => {
  it('is the population standard deviation of ln y', () => {
    // ln 1, ln e, ln e³ = 0, 1, 3: mean 4/3, deviations −4/3, −1/3, 5/3 → variance (16 + 1 + 25)/27 = 42/27
    expect(sdOfLogs([1, Math.E, Math.E ** 3])).toBeCloseTo(Math.sqrt(42 / 27), 12);
    expect(sdOfLogs([7, 7])).toBe(0);
    expect(() => sdOfLogs([1, 0])).toThrow(RangeError);
  });
});
