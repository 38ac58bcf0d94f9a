import { describe, expect, it } from 'vitest';
import { convergencePath, measuredRange } from './range';

const URBANIZATION = [2005, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

describe('measuredRange', () => {
  it('defaults to the first and last complete years', () => {
    expect(measuredRange(URBANIZATION, null, null)).toEqual({ from: 2005, to: 2024, adjusted: false });
    expect(measuredRange(URBANIZATION, 2010, 2020)).toEqual({ from: 2010, to: 2020, adjusted: false });
  });

  it('moves years with gaps to the nearest complete year, and says so', () => {
    // 2007 is 2 from 2005 and 3 from 2010.
    expect(measuredRange(URBANIZATION, 2007, 2024)).toEqual({ from: 2005, to: 2024, adjusted: true });
    // 2008 is 2 from 2010, 3 from 2005; a tie goes to the later year.
    expect(measuredRange(URBANIZATION, 2008, null)).toMatchObject({ from: 2010 });
    expect(measuredRange([2000, 2002], 2001, null)).toMatchObject({ from: 2000 });
    expect(measuredRange(URBANIZATION, 1990, 2030)).toEqual({ from: 2005, to: 2024, adjusted: true });
  });

  it('keeps to after from', () => {
    // The end year at the first complete year moves to the second one.
    expect(measuredRange(URBANIZATION, null, 2005)).toEqual({ from: 2005, to: 2010, adjusted: true });
    // A start at or after the end moves before it.
    expect(measuredRange(URBANIZATION, 2020, 2015)).toEqual({ from: 2014, to: 2015, adjusted: true });
  });

  it('has no range with fewer than two complete years', () => {
    expect(measuredRange([2020], null, null)).toBeNull();
    expect(measuredRange([], 2010, 2020)).toBeNull();
  });
});

describe('convergencePath', () => {
  it('names the indicator, the range and the format', () => {
    expect(convergencePath('urbanization')).toBe('/api/convergence?indicator=urbanization');
    expect(convergencePath('urbanization', { from: 2010, to: 2024 })).toBe('/api/convergence?indicator=urbanization&from=2010&to=2024');
    expect(convergencePath('gdp_per_capita', { from: 2005, to: 2024 }, 'csv')).toBe('/api/convergence?indicator=gdp_per_capita&from=2005&to=2024&format=csv');
  });
});
