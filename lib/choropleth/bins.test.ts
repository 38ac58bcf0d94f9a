import { describe, expect, it } from 'vitest';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import { colorFor, fillExpression, legendRows, makeBins } from './bins';
import { NO_DATA_COLOR } from './palette';

const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, null];

/** Evaluates a fill expression for a feature whose `value` state is `v`, as MapLibre would. */
function evaluate(expr: unknown, v: unknown): string {
  const compiled = expression.createExpression(expr, { type: 'color', 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['zoom', 'feature', 'feature-state'] } } as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  const color = compiled.value.evaluate({ zoom: 4 }, { type: 'Polygon', properties: {} } as never, { value: v } as never) as { toString(): string };
  return color.toString();
}


describe('choropleth bins', () => {
  const bins = makeBins(values, 'quantile', 'sequential', 5)!;

  it('has one more colour than breaks, and ignores missing values', () => {
    expect(bins.colors).toHaveLength(bins.breaks.length + 1);
    expect(bins.min).toBe(10);
    expect(bins.max).toBe(100);
  });

  it('colours the map exactly as the legend says', () => {
    const expr = fillExpression(bins);
    for (const v of [10, 35, 64, 100]) expect(evaluate(expr, v)).toBe(colorFor(v, bins));
    expect(evaluate(expr, null)).toBe(NO_DATA_COLOR);
    expect(evaluate(expr, undefined)).toBe(NO_DATA_COLOR);
  });

  it('writes a legend row per class and a no-data row', () => {
    const rows = legendRows(bins, (v) => v.toFixed(0));
    expect(rows).toHaveLength(bins.colors.length + 1);
    expect(rows[0].label.startsWith('10 –')).toBe(true);
    expect(rows.at(-2)!.label.endsWith('– 100')).toBe(true);
    expect(rows.at(-1)).toEqual({ label: 'No data', color: NO_DATA_COLOR });
  });

  it('has nothing to bin when every value is missing', () => {
    expect(makeBins([null, null], 'quantile', 'sequential')).toBeNull();
    expect(legendRows(null, String)).toEqual([{ label: 'No data', color: NO_DATA_COLOR }]);
  });
});
