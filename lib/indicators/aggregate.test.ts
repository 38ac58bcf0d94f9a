import { describe, expect, it } from 'vitest';
import { aggregateGroup, type Lookup } from './aggregate';
import type { Indicator, Observation } from './schema';

const base = {
  label_en: 'x',
  label_zh: 'x',
  unit_en: 'u',
  unit_zh: 'u',
  category: 'economy' as const,
  higher_is_better: true,
  description: 'd',
  plausible: [0, 1e9] as [number, number],
  years: [2000, 2024] as [number, number],
};
const gdp: Indicator = { ...base, id: 'gdp', decimals: 1, aggregation: { method: 'sum' } };
const perCapita: Indicator = {
  ...base,
  id: 'gdp_per_capita',
  decimals: 0,
  aggregation: { method: 'ratio', numerator: 'gdp', denominator: 'population', scale: 10000 },
};
const urban: Indicator = { ...base, id: 'urbanization', decimals: 1, aggregation: { method: 'weighted', weight: 'population' } };

const data: Record<string, Record<string, number>> = {
  gdp: { A: 1000, B: 100 }, // 100 million yuan
  population: { A: 1000, B: 1000 }, // 10,000 persons
  gdp_per_capita: { A: 100000, B: 10000 },
  urbanization: { A: 80, B: 40 },
};
const lookup: Lookup = (id, code, year) =>
  data[id]?.[code] === undefined ? undefined : ({ year, value: data[id][code], sources: [`${id}-src`] } satisfies Observation);
const group = { id: 'g', name_en: 'G', name_zh: 'G', members: ['A', 'B'] };

describe('aggregateGroup', () => {
  it('sums totals', () => {
    expect(aggregateGroup(gdp, group, 2020, lookup)).toMatchObject({ value: 1100, computed: { method: 'sum of member values' } });
  });

  it('divides summed numerators by summed denominators, not averaging the ratios', () => {
    // (1000 + 100) / (1000 + 1000) × 10,000 = 5,500, whereas the mean of ratios would be 55,000
    const o = aggregateGroup(perCapita, group, 2020, lookup)!;
    expect(o.value).toBe(5500);
    expect(o.sources).toEqual(['gdp-src', 'population-src']);
  });

  it('divides by the average population (mean of this and the previous year-end) when the rule says so, as NBS does', () => {
    const meanPerCapita: Indicator = {
      ...perCapita,
      aggregation: { method: 'ratio', numerator: 'gdp', denominator: 'population', scale: 10000, mean_denominator: true },
    };
    // Previous year-end 900 for both members: average population 950 each, (1000 + 100) / 1900 × 10,000 = 5,789
    const growing: Lookup = (id, code, year) =>
      id === 'population' && year === 2019 ? { year, value: 900, sources: ['population-2019'] } : lookup(id, code, year);
    const o = aggregateGroup(meanPerCapita, group, 2020, growing)!;
    expect(o.value).toBe(5789);
    expect(o.sources).toEqual(['gdp-src', 'population-2019', 'population-src']);
    expect(o.computed!.method).toMatch(/average population \(mean of this and the previous year-end\)/);
    // Without a member's previous year-end there is no average population: the group stays empty (no second method).
    const noPrevious: Lookup = (id, code, year) => (year === 2019 && code === 'B' ? undefined : lookup(id, code, year));
    expect(aggregateGroup(meanPerCapita, group, 2020, noPrevious)).toBeNull();
  });

  it('weights rates by their base', () => {
    const uneven: Lookup = (id, code, year) => (id === 'population' ? { year, value: code === 'A' ? 3000 : 1000, sources: ['p'] } : lookup(id, code, year));
    expect(aggregateGroup(urban, group, 2020, uneven)!.value).toBe(70); // (80·3 + 40·1) / 4
  });

  it('leaves the group empty when any member is missing', () => {
    expect(aggregateGroup(gdp, { ...group, members: ['A', 'C'] }, 2020, lookup)).toBeNull();
  });
});
