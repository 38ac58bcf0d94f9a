import { describe, expect, it } from 'vitest';
import { coverageOf, formatYearRuns } from './coverage';
import type { Dataset, Indicator } from './schema';

const indicator: Indicator = {
  id: 'tertiary_education',
  label_en: 'x',
  label_zh: 'x',
  unit_en: 'u',
  unit_zh: 'u',
  decimals: 0,
  category: 'education',
  higher_is_better: true,
  description: 'd',
  aggregation: null,
  plausible: [0, 1e5],
  years: [2000, 2020],
  census_years: [2000, 2010, 2020],
};

describe('coverageOf', () => {
  it('counts census years only, and lists each province gap', () => {
    const dataset: Dataset = {
      indicators: [indicator],
      citations: {},
      series: { tertiary_education: { '420000': [{ year: 2020, value: 1, sources: ['s'] }], '100000': [{ year: 2020, value: 1, sources: ['s'] }] } },
    };
    const c = coverageOf(dataset, indicator);
    expect(c).toMatchObject({ expected: 93, filled: 1, estimated: 0, percent: 1.1, nationalYears: 1 });
    expect(c.gaps.Hubei).toEqual([2000, 2010]);
    expect(c.gaps.Beijing).toEqual([2000, 2010, 2020]);
  });
});

describe('coverageOf over promised years, with estimates', () => {
  const annual: Indicator = { ...indicator, id: 'urbanization', census_years: undefined, years: [2000, 2024], coverage_years: [2020, 2024] };
  const est = { method: 'by us' };

  it('counts only the promised years, and estimates (national ones too) apart from published values', () => {
    const dataset: Dataset = {
      indicators: [annual],
      citations: {},
      series: {
        urbanization: {
          '420000': [
            { year: 2001, value: 1, sources: ['s'] },
            { year: 2020, value: 1, sources: ['s'] },
            { year: 2021, value: 1, sources: ['s'], estimate: est },
          ],
          '100000': [
            { year: 2020, value: 1, sources: ['s'] },
            { year: 2021, value: 1, sources: ['s'], estimate: est },
          ],
        },
      },
    };
    const c = coverageOf(dataset, annual);
    expect(c).toMatchObject({ expected: 31 * 5, filled: 1, estimated: 1, nationalYears: 1 });
    expect(c.gaps.Hubei).toEqual([2021, 2022, 2023, 2024]);
  });
});

describe('formatYearRuns', () => {
  it('collapses consecutive years', () => {
    expect(formatYearRuns([2000, 2001, 2002, 2005, 2007, 2008])).toBe('2000–2002, 2005, 2007–2008');
    expect(formatYearRuns([])).toBe('');
  });
});
