import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../regions/provinces';
import type { Dataset } from '../indicators/schema';
import { convergenceReport, inequalityYear, yearCoverage } from './report';

/**
 * 31 provinces, each of population 1 (so p = 1/31 each). In 2010 the 11 coastal provinces have 2 and
 * the 20 inland ones 1; by 2020 inland grew by e^0.5 (5% a year in logs) and coastal by e^0.3 (3%).
 * 2015 lacks Tibet. Worked by hand for 2010:
 *   μ = (11·2 + 20·1)/31 = 42/31
 *   CV_w: variance = p_c p_i (2 − 1)² = (11/31)(20/31) → CV = (√220/31) ÷ (42/31) = √220/42 = 0.35315…
 *   Gini = p_c p_i |2 − 1| ÷ μ = (220/961) ÷ (42/31) = 220/1302 = 0.16897…
 *   Theil by coastal/inland: within = 0 (every group has one value); between = total =
 *     S_c ln(S_c/P_c) + S_i ln(S_i/P_i) with S_c = 22/42, P_c = 11/31, S_i = 20/42, P_i = 20/31
 *   Beta 2010–2020: two points on a line, x = ln 1, ln 2; g = 0.05, 0.03 → b = −0.02/ln 2, R² = 1, SE = 0
 *   Ranks: coastal all rank 1, inland all rank 12, in both years: τ_b = 220 concordant ÷ √(220·220) = 1; nobody moved.
 */
function fixture(): Dataset {
  const series: Dataset['series'] = { x: {}, population: {} };
  for (const p of PROVINCES) {
    const obs = (year: number, value: number) => ({ year, value, sources: [`src-${year}`] });
    const base = p.coastal ? 2 : 1;
    const growth = p.coastal ? 0.03 : 0.05;
    series.x[p.code] = [obs(2010, base), ...(p.code === '540000' ? [] : [obs(2015, base)]), obs(2020, base * Math.exp(growth * 10))];
    series.population[p.code] = [2010, 2015, 2020].map((y) => ({ year: y, value: 1, sources: ['pop'] }));
  }
  return { indicators: [], citations: {}, series };
}

describe('yearCoverage', () => {
  it('separates complete years from years with gaps, naming the missing provinces', () => {
    expect(yearCoverage(fixture(), 'x')).toEqual({ complete: [2010, 2020], partial: [{ year: 2015, missing: ['540000'] }] });
  });
});

describe('inequalityYear', () => {
  it('matches the hand-computed year', () => {
    const y = inequalityYear(fixture(), 'x', 2010);
    expect(y.n).toBe(31);
    expect(y.cv_weighted).toBeCloseTo(Math.sqrt(220) / 42, 14);
    // Equal populations: the unweighted CV is the same number.
    expect(y.cv_unweighted).toBeCloseTo(Math.sqrt(220) / 42, 14);
    expect(y.gini).toBeCloseTo(220 / 1302, 14);
    const between = (22 / 42) * Math.log(22 / 42 / (11 / 31)) + (20 / 42) * Math.log(20 / 42 / (20 / 31));
    expect(y.theil.between_coastal).toBeCloseTo(between, 14);
    expect(y.theil.within_coastal).toBe(0);
    expect(y.theil.total).toBeCloseTo(between, 14);
    expect(y.theil.between_regions + y.theil.within_regions).toBeCloseTo(y.theil.total, 14);
    expect(y.theil_groups.coastal.map((g) => g.group).sort()).toEqual(['coastal', 'inland']);
    expect(y.theil_groups.regions.map((g) => g.group).sort()).toEqual(['central', 'east', 'northeast', 'west']);
    expect(() => inequalityYear(fixture(), 'x', 2015)).toThrow(/lacks 1 provinces/);
  });
});

describe('convergenceReport', () => {
  it('measures the complete years between from and to, with beta, sigma, Lorenz and rank mobility', () => {
    const r = convergenceReport(fixture(), 'x', 2010, 2020);
    expect(r.years.map((y) => y.year)).toEqual([2010, 2020]);
    expect(r.beta!.coefficient).toBeCloseTo(-0.02 / Math.LN2, 12);
    expect(r.beta!.r2).toBeCloseTo(1, 12);
    expect(r.beta!.std_error).toBeCloseTo(0, 12);
    expect(r.beta!.speed).toBeCloseTo(-Math.log(1 - (0.02 / Math.LN2) * 10) / 10, 12);
    expect(r.beta!.n).toBe(31);
    expect(r.rank_mobility).toMatchObject({ kendall_tau: 1, moved_3_plus: 0, n: 31, concordant: 220, discordant: 0 });
    const shanghai = r.rank_mobility.provinces.find((p) => p.code === '310000')!;
    expect(shanghai).toMatchObject({ rank_from: 1, rank_to: 1, change: 0, ranks: [1, 1] });
    expect(r.rank_mobility.provinces.find((p) => p.code === '420000')!.ranks).toEqual([12, 12]);
    // Inland grew faster: the spread fell.
    expect(r.sigma.cv_weighted!.direction).toBe('falling');
    expect(r.sigma.cv_weighted!.from).toBeCloseTo(Math.sqrt(220) / 42, 14);
    expect(r.lorenz.year).toBe(2020);
    expect(r.lorenz.points).toHaveLength(32);
    expect(r.lorenz.points.at(-1)).toMatchObject({ population: 1, share: 1 });
    expect(r.source_ids).toEqual({ values: ['src-2010', 'src-2020'], weights: ['pop'] });
  });

  it('refuses ranges that are not two complete years in order', () => {
    expect(() => convergenceReport(fixture(), 'x', 2015, 2020)).toThrow(RangeError);
    expect(() => convergenceReport(fixture(), 'x', 2020, 2010)).toThrow(RangeError);
  });
});
