import { describe, expect, it } from 'vitest';
import { summarise } from './aggregate';

describe('summarise', () => {
  it('averages cells, area-weights provinces and shows deeper inequality at the finer scale', () => {
    // Two provinces of two cells each; in each, one bright cell and one dark one.
    const samples = [
      { cell: 1, province: 'A', areaKm2: 1 },
      { cell: 2, province: 'A', areaKm2: 1 },
      { cell: 3, province: 'B', areaKm2: 1 },
      { cell: 4, province: 'B', areaKm2: 1 },
    ];
    const values = [10, 0, 6, 0];
    const s = summarise(samples, (i) => values[i]);
    expect(s.cells.get(1)).toBe(10);
    expect(s.provinces.get('A')).toEqual({ mean: 5, total: 10 });
    expect(s.provinces.get('B')).toEqual({ mean: 3, total: 6 });
    expect(s.gini_grid).toBeGreaterThan(s.gini_province);
  });
});
