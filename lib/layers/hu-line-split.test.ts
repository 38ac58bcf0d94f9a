import { describe, expect, it } from 'vitest';
import { huLineSplit } from './hu-line-split';
import type { ProvinceSplit } from './hu-line-schema';

const p = (code: string, area: number, areaEast: number, popEast: number): ProvinceSplit => ({
  code,
  area_km2: area,
  area_east_share: areaEast,
  cut: areaEast > 0 && areaEast < 1,
  population_east_share: popEast,
  places_counted: 0,
});
const provinces = [p('A', 100, 1, 1), p('B', 300, 0, 0), p('C', 100, 0.5, 0.9)];

describe('huLineSplit', () => {
  it('splits cut provinces by their population share and whole ones wholly', () => {
    const values: Record<string, number> = { A: 800, B: 100, C: 100 };
    const s = huLineSplit(provinces, 2020, (_, code) => values[code]);
    expect(s.population).toEqual({ east: 890, west: 110, east_pct: 89 });
    expect(s.area).toEqual({ east: 150, west: 350, east_pct: 30 });
  });

  it('leaves a measure unsplit and names the provinces missing a value', () => {
    const s = huLineSplit(provinces, 2020, (id, code) => (id === 'gdp' && code === 'B' ? undefined : 1));
    expect(s.gdp).toBeNull();
    expect(s.missing.gdp).toEqual(['B']);
    expect(s.population).not.toBeNull();
  });
});
