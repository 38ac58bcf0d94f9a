import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../url/view-state';
import { chartPlaces, scatterAxes, scatterYear, startYear } from './view-defaults';

describe('view defaults', () => {
  it('draws China, coastal and inland, plus the open province or group, unless the link names places', () => {
    expect(chartPlaces(DEFAULT_STATE)).toEqual(['100000', 'coastal', 'inland']);
    expect(chartPlaces({ places: [], region: '420000' })).toEqual(['100000', 'coastal', 'inland', '420000']);
    expect(chartPlaces({ places: [], region: 'inland' })).toEqual(['100000', 'coastal', 'inland']);
    expect(chartPlaces({ places: [], region: 'cluster:chengdu-chongqing' })).toEqual(['100000', 'coastal', 'inland']);
    expect(chartPlaces({ places: ['500000'], region: '420000' })).toEqual(['500000']);
  });

  it('puts education against the indicator, sized by population', () => {
    expect(scatterAxes(DEFAULT_STATE)).toEqual({ x: 'tertiary_education', y: 'gdp_per_capita', size: 'population', log: [] });
    expect(scatterAxes({ ...DEFAULT_STATE, indicator: 'tertiary_education' }).x).toBe('gdp_per_capita');
    expect(scatterAxes({ ...DEFAULT_STATE, x: 'urbanization', y: 'population', size: 'none', log: ['x'] })).toEqual({
      x: 'urbanization',
      y: 'population',
      size: null,
      log: ['x'],
    });
  });

  it('starts a range at the link’s year or the first year', () => {
    expect(startYear({ from: 2005 }, [2000, 2024])).toBe(2005);
    expect(startYear({ from: null }, [2000, 2024])).toBe(2000);
    expect(startYear({ from: null }, [])).toBeNull();
  });
});

describe('scatterYear', () => {
  it('keeps the year within the axes’ years, defaulting to the latest', () => {
    expect(scatterYear(null, [2000, 2010, 2020], [2000, 2024])).toBe(2024);
    expect(scatterYear(1990, [2000, 2010], [2005])).toBe(2000);
    expect(scatterYear(2012, [2000, 2010], [2005, 2024])).toBe(2012);
    expect(scatterYear(2012, [], [])).toBeNull();
  });
});
