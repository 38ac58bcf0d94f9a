import { describe, expect, it } from 'vitest';
import { change } from './change';

describe('change', () => {
  it('computes absolute, percent and average annual growth by hand-checked numbers', () => {
    // 100 → 121 over two years: +21, +21 %, 10 % a year (1.1² = 1.21).
    const c = change(100, 121, 2);
    expect(c.abs).toBe(21);
    expect(c.pct).toBeCloseTo(21, 10);
    expect(c.cagr).toBeCloseTo(10, 10);
    // Hubei GDP per capita 2005 → 2024 at 11,554 → 101,621 (19 years): ×8.795, 12.12 % a year.
    const hubei = change(11554, 101621, 19);
    expect(hubei.pct).toBeCloseTo(779.53, 1);
    expect(hubei.cagr).toBeCloseTo(12.124, 3);
  });

  it('handles falls, zero starts and non-positive values without inventing numbers', () => {
    expect(change(50, 40, 4)).toMatchObject({ abs: -10, pct: -20 });
    expect(change(50, 40, 4).cagr).toBeCloseTo((0.8 ** 0.25 - 1) * 100, 10);
    expect(change(0, 10, 5)).toEqual({ abs: 10, pct: null, cagr: null });
    expect(change(-2, 3, 5)).toEqual({ abs: 5, pct: null, cagr: null });
    expect(change(10, 0, 5)).toEqual({ abs: -10, pct: -100, cagr: null });
    expect(change(10, 20, 0).cagr).toBeNull();
  });
});
