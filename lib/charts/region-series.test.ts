import { describe, expect, it } from 'vitest';
import { profileRows, rankRows, trendRows, valueAtOrBefore } from './region-series';

const o = (year: number, value: number) => ({ year, value, sources: ['s'] });

describe('trendRows', () => {
  it('merges the comparison series by year', () => {
    expect(trendRows({ province: [o(2020, 5), o(2021, 6)], china: [o(2021, 4)] })).toEqual([
      { year: 2020, province: 5 },
      { year: 2021, province: 6, china: 4 },
    ]);
  });
});

describe('trendRows with estimates', () => {
  const e = (year: number, value: number) => ({ ...o(year, value), estimate: { method: 'GDP ÷ average population' } });

  it('puts estimates on their own key, joined to the published line where they meet', () => {
    expect(trendRows({ province: [e(2017, 3), e(2018, 4), o(2019, 5), o(2020, 6)], china: [o(2018, 2)] })).toEqual([
      { year: 2017, province_estimate: 3 },
      { year: 2018, province_estimate: 4, china: 2 },
      { year: 2019, province: 5, province_estimate: 5 },
      { year: 2020, province: 6 },
    ]);
  });

  it('does not join across a gap year', () => {
    expect(trendRows({ province: [e(2016, 3), o(2018, 5)] })).toEqual([
      { year: 2016, province_estimate: 3 },
      { year: 2018, province: 5 },
    ]);
  });
});

describe('rankRows', () => {
  it('draws ranks resting on estimates apart, joined to the published ranks', () => {
    expect(
      rankRows([
        { year: 2018, rank: 9, of: 31, estimate: true },
        { year: 2019, rank: 8, of: 31 },
      ]),
    ).toEqual([
      { year: 2018, province_estimate: 9 },
      { year: 2019, province: 8, province_estimate: 8 },
    ]);
  });
});

describe('profileRows', () => {
  it('indexes each indicator on the national value of the same year', () => {
    const rows = profileRows(
      [
        { id: 'a', label_en: 'A' },
        { id: 'b', label_en: 'B' },
        { id: 'c', label_en: 'C' },
      ],
      { a: [o(2024, 150)], b: [o(2020, 50)], c: [] },
      { a: [o(2024, 100)], b: [o(2020, 200), o(2024, 1)] },
      2024,
    );
    expect(rows).toEqual([
      { id: 'a', label: 'A', index: 150, year: 2024 },
      { id: 'b', label: 'B', index: 25, year: 2020 },
    ]);
  });
});

describe('valueAtOrBefore', () => {
  it('falls back to the latest earlier year', () => {
    expect(valueAtOrBefore([o(2010, 1), o(2020, 2)], 2015)?.year).toBe(2010);
    expect(valueAtOrBefore([o(2020, 2)], 2015)).toBeUndefined();
  });
});
