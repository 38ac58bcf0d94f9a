import { describe, expect, it } from 'vitest';
import { colorFor, legendRows, makeBins } from './bins';
import { NO_DATA_COLOR } from './palette';

const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, null];

describe('choropleth bins', () => {
  const bins = makeBins(values, 'quantile', 'sequential', 5)!;

  it('has one more colour than breaks, and ignores missing values', () => {
    expect(bins.colors).toHaveLength(bins.breaks.length + 1);
    expect(bins.min).toBe(10);
    expect(bins.max).toBe(100);
  });

  it('colours a value by its class, a missing value grey', () => {
    expect([10, 35, 64, 100].map((v) => colorFor(v, bins))).toEqual([bins.colors[0], bins.colors[1], bins.colors[3], bins.colors[4]]);
    expect(colorFor(null, bins)).toBe(NO_DATA_COLOR);
    expect(colorFor(50, null)).toBe(NO_DATA_COLOR);
  });

  it('writes a legend row per class and a no-data row', () => {
    const rows = legendRows(bins, (v) => v.toFixed(0), 'No data');
    expect(rows).toHaveLength(bins.colors.length + 1);
    expect(rows[0].label.startsWith('10 –')).toBe(true);
    expect(rows.at(-2)!.label.endsWith('– 100')).toBe(true);
    expect(rows.at(-1)).toEqual({ label: 'No data', color: NO_DATA_COLOR });
  });

  it('has nothing to bin when every value is missing', () => {
    expect(makeBins([null, null], 'quantile', 'sequential')).toBeNull();
    expect(legendRows(null, String, 'No data')).toEqual([{ label: 'No data', color: NO_DATA_COLOR }]);
  });
});
