import { describe, expect, it } from 'vitest';
import { dimmedProvinces, histogram } from './filters';

const values = new Map<string, number | null>([
  ['110000', 200], // Beijing, east
  ['420000', 100], // Hubei, central
  ['620000', 50], // Gansu, west
  ['540000', null], // Tibet, west, no data
]);

describe('dimmedProvinces', () => {
  it('dims nothing by default', () => {
    expect(dimmedProvinces(values, 'all', null)).toEqual(new Set());
  });

  it('dims the provinces outside the group', () => {
    expect(dimmedProvinces(values, 'west', null)).toEqual(new Set(['110000', '420000']));
    expect(dimmedProvinces(values, 'east', null)).toEqual(new Set(['420000', '620000', '540000']));
    expect(dimmedProvinces(values, 'coastal', null)).toEqual(new Set(['110000', '420000', '620000', '540000'])); // Beijing has no coast
  });

  it('dims values outside the range, and missing values when a range is set', () => {
    expect(dimmedProvinces(values, 'all', [60, 150])).toEqual(new Set(['110000', '620000', '540000']));
  });
});

describe('histogram', () => {
  it('counts values into equal-width bins, the maximum in the last', () => {
    expect(histogram([0, 1, 2, 3, 4, null], 2)).toEqual({ edges: [0, 2, 4], counts: [2, 3] });
    expect(histogram([null], 3)).toEqual({ edges: [], counts: [] });
  });
});
