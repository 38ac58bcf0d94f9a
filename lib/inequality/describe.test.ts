import { describe, expect, it } from 'vitest';
import { localizer } from '../i18n/localize';
import type { ConvergenceResponse } from '../indicators/api-types';
import { describeBeta, describeDispersion, describeRanks, describeTheil, estimatedYears, measure } from './describe';

const year = (y: number, cv: number, gini: number, estimates = 0) => ({
  year: y,
  n: 31,
  cv_weighted: cv,
  cv_unweighted: cv,
  sd_log: 0,
  gini,
  theil: { total: 0.1, between_regions: 0.06, within_regions: 0.04, between_coastal: 0.03, within_coastal: 0.07 },
  theil_groups: { regions: [], coastal: [] },
  coastal_inland_ratio: null,
  estimates,
});

const data = {
  from: 2005,
  to: 2024,
  years: [year(2005, 0.5473, 0.2665, 31), year(2006, 0.5, 0.25, 31), year(2024, 0.3881, 0.1996)],
  beta: { coefficient: -0.019259, intercept: 0.28, std_error: 0.003294, r2: 0.541, speed: 0.023979, half_life_years: 28.9066, n: 31, years: 19, points: [] },
  rank_mobility: { kendall_tau: 0.5742, moved_3_plus: 21, n: 31 },
} as unknown as ConvergenceResponse;
const gdppc = { label_en: 'GDP per capita', label_zh: '人均GDP' };

describe('the inequality view’s sentences', () => {
  it('say what the API’s numbers say, in English', () => {
    const en = localizer('en');
    expect(describeDispersion(en, gdppc, data)).toBe(
      'Weighted by population, the spread of GDP per capita across the 31 provinces fell from 0.547 in 2005 to 0.388 in 2024 (coefficient of variation); the Gini coefficient went from 0.267 to 0.200.',
    );
    expect(describeTheil(en, data, 'regions')).toBe(
      'In 2024 the Theil index was 0.100: 0.060 between the four economic regions and 0.040 within them (in 2005: 0.060 between, 0.040 within).',
    );
    expect(describeBeta(en, data)).toMatch(
      /slope of -0\.0193 \(standard error 0\.0033, R² 0\.54, 31 provinces\)\. At that pace half of the gap closes in about 29 years \(speed 2\.4% a year\)\. This describes/,
    );
    expect(describeRanks(en, data)).toBe(
      'Kendall’s τ between the 2005 and 2024 rankings is 0.57 (1 = the same order); 21 of 31 provinces moved three places or more.',
    );
    expect(estimatedYears(data)).toBe('2005, 2006');
  });

  it('and in Chinese; without convergence no speed is claimed', () => {
    const zh = localizer('zh');
    expect(describeDispersion(zh, gdppc, data)).toMatch(/^按人口加权，31个省份人均GDP的离散程度从2005年的 0\.547 下降至2024年的 0\.388/);
    const diverging = { ...data, beta: { ...data.beta!, coefficient: 0.004, speed: null, half_life_years: null } };
    expect(describeBeta(localizer('en'), diverging)).toMatch(
      /did not grow faster on average: .* slope of 0\.0040 .*no speed of convergence is implied\. This describes what happened over the period; it does not say why\.$/,
    );
    expect(describeBeta(zh, { ...data, beta: null })).toBeNull();
    expect(measure(zh, -0.01926, 4)).toBe('-0.0193');
  });
});
