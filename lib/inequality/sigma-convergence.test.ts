import { describe, expect, it } from 'vitest';
import { sigmaTrend } from './sigma-convergence';

describe('sigmaTrend', () => {
  it('reports the start, end, change and least-squares trend', () => {
    // Years 2000–2002, values 0.5, 0.4, 0.45: x̄ = 2001, ȳ = 0.45; Sxy = (−1)(0.05) + 0 + (1)(0) = −0.05; Sxx = 2 → −0.025 a year.
    // Fitted 0.475, 0.45, 0.425 → SSR = 0.025² + 0.05² + 0.025² = 0.00375; SST = 0.05² + 0.05² + 0 = 0.005 → R² = 0.25.
    const trend = sigmaTrend([
      { year: 2002, value: 0.45 },
      { year: 2000, value: 0.5 },
      { year: 2001, value: 0.4 },
    ])!;
    expect(trend.from).toBe(0.5);
    expect(trend.to).toBe(0.45);
    expect(trend.change).toBeCloseTo(-0.05, 15);
    expect(trend.slope_per_year).toBeCloseTo(-0.025, 12);
    expect(trend.r2).toBeCloseTo(0.25, 12);
    expect(trend.direction).toBe('falling');
  });

  it('uses the two-point slope with two years, and says when dispersion rose', () => {
    const trend = sigmaTrend([
      { year: 2010, value: 0.3 },
      { year: 2014, value: 0.5 },
    ])!;
    expect(trend.slope_per_year).toBeCloseTo(0.05, 15);
    expect(trend).toMatchObject({ r2: null, direction: 'rising' });
    expect(sigmaTrend([{ year: 2010, value: 0.3 }])).toBeNull();
  });
});
