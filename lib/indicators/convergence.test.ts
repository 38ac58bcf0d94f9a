import { describe, expect, it } from 'vitest';
import { convergence } from './convergence';
import { PROVINCE_CODES } from '../regions/provinces';
import type { Dataset } from './schema';

const obs = (year: number, value: number, estimate = false) => ({ year, value, sources: ['s'], ...(estimate ? { estimate: { method: 'm' } } : {}) });

describe('convergence', () => {
  it('computes the coefficient of variation and the coastal/inland ratio for complete years only', () => {
    const series: Dataset['series'][string] = Object.fromEntries(
      PROVINCE_CODES.map((c, i) => [c, [obs(2020, i % 2 === 0 ? 100 : 300), ...(i === 0 ? [] : [obs(2021, 200, i === 1)])]]),
    );
    series.coastal = [obs(2020, 300)];
    series.inland = [obs(2020, 150)];
    const points = convergence({ indicators: [], citations: {}, series: { x: series } }, 'x');
    expect(points).toHaveLength(1); // 2021 lacks the first province
    const [p] = points;
    expect(p.year).toBe(2020);
    // 16 values of 100 and 15 of 300: mean 196.8, sd 99.9 → cv ≈ 0.508
    expect(p.cv).toBeCloseTo(0.508, 2);
    expect(p.coastal_inland_ratio).toBe(2);
    expect(p.estimates).toBe(0);
  });
});
