import { describe, expect, it } from 'vitest';
import { profileRows, trendRows, valueAtOrBefore } from './region-series';

const o = (year: number, value: number) => ({ year, value, sources: ['s'] });

describe('trendRows', () => {
  it('merges the comparison series by year', () => {
    expect(trendRows({ province: [o(2020, 5), o(2021, 6)], china: [o(2021, 4)] })).toEqual([
      { year: 2020, province: 5 },
      { year: 2021, province: 6, china: 4 },
    ]);
  });
});

describe('profileRows', () => {
  it('indexes each indicator on the national value of the same year', () => {
    const rows = profileRows(
      [{ id: 'a', label_en: 'A' }, { id: 'b', label_en: 'B' }, { id: 'c', label_en: 'C' }],
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
