import { describe, expect, it } from 'vitest';
import type { ValuesPanel } from '../indicators/api-types';
import type { RegionRef } from '../indicators/regions';
import { sortTableRows, tableData } from './table-rows';

const region = (code: string, kind: RegionRef['kind'] = 'province'): RegionRef => ({ code, name_en: `P${code}`, name_zh: code, kind });
const REGIONS = [region('100000', 'country'), region('east', 'group'), region('110000'), region('120000'), region('130000'), region('140000')];

/** Four provinces over 2000–2004; 140000 has no 2000 value; 120000's 2004 value is an estimate. */
const panel: ValuesPanel = {
  places: REGIONS.map((r) => r.code),
  indicators: {
    x: {
      years: [2000, 2001, 2002, 2003, 2004],
      values: [
        [50, 80, 100, 50, 40, null],
        [55, 85, 101, 52, 42, 30],
        [60, 90, 102, 54, 44, 35],
        [65, 95, 103, 56, 46, 40],
        [70, 100, 104, 60, 48, 60],
      ],
      estimates: [[4, 3, 0]],
      computed: [],
      notes: [],
      source_sets: [['a']],
      sources: [[0, 0, 0, 0, 0, -1], ...Array.from({ length: 4 }, () => [0, 0, 0, 0, 0, 0])],
    },
    census: {
      years: [2000, 2001, 2002],
      values: [
        [1, 1, 3, 2, 1, 4],
        [null, null, null, null, null, null],
        [2, 2, 4, 4, 1, 2],
      ],
      estimates: [],
      computed: [],
      notes: [],
      source_sets: [['b']],
      sources: [Array(6).fill(0), Array(6).fill(-1), Array(6).fill(0)],
    },
  },
  texts: ['estimate'],
  citations: {},
};

describe('tableData', () => {
  it('computes values, changes and ranks between the two years', () => {
    const { startYear, endYear, rows } = tableData(panel, 'x', REGIONS, 2000, 2004);
    expect([startYear, endYear]).toEqual([2000, 2004]);
    const byCode = Object.fromEntries(rows.map((r) => [r.region.code, r]));
    // 110000: 100 → 104, +4, +4 %, 1.04^(1/4) − 1 = 0.985 % a year; ranked 1st in both years.
    expect(byCode['110000'].change!.abs).toBe(4);
    expect(byCode['110000'].change!.pct).toBeCloseTo(4, 10);
    expect(byCode['110000'].change!.cagr).toBeCloseTo(0.98534, 4);
    expect(byCode['110000']).toMatchObject({ rankStart: 1, rankEnd: 1, rankChange: 0 });
    // 2000 ranks: 110000 100, 120000 50, 130000 40 (140000 missing). 2004: 104, 60 (estimate), 60, 48 → ties share 2nd.
    expect(byCode['120000']).toMatchObject({ rankStart: 2, rankEnd: 2, rankChange: 0 });
    expect(byCode['120000'].end).toMatchObject({ value: 60, estimate: true });
    expect(byCode['140000']).toMatchObject({ start: null, change: null, rankStart: null, rankEnd: 2, rankChange: null });
    expect(byCode['130000']).toMatchObject({ rankStart: 3, rankEnd: 4, rankChange: -1 });
    // Groups and China have values and changes but no rank.
    expect(byCode.east).toMatchObject({ rankStart: null, rankEnd: null });
    expect(byCode.east.change!.abs).toBe(20);
  });

  it('uses the years with values for a census-style indicator, and no start after the end', () => {
    const census = tableData(panel, 'census', REGIONS, 2001, 2002);
    expect([census.startYear, census.endYear]).toEqual([2000, 2002]);
    expect(census.rows.find((r) => r.region.code === '120000')!.change!.abs).toBe(2);
    expect(tableData(panel, 'x', REGIONS, 2004, 2004).startYear).toBeNull();
  });
});

describe('sortTableRows', () => {
  const { rows } = tableData(panel, 'x', REGIONS, 2000, 2004);
  const name = (r: RegionRef) => r.name_en;
  it('sorts by a column with missing values last in both directions', () => {
    expect(sortTableRows(rows, 'start', true, name, 'en').map((r) => r.region.code)).toEqual(['110000', 'east', '100000', '120000', '130000', '140000']);
    expect(sortTableRows(rows, 'start', false, name, 'en').map((r) => r.region.code)).toEqual(['130000', '100000', '120000', 'east', '110000', '140000']);
    expect(
      sortTableRows(rows, 'rankChange', true, name, 'en')
        .map((r) => r.region.code)
        .slice(0, 3),
    ).toEqual(['110000', '120000', '130000']);
    expect(sortTableRows(rows, 'name', false, name, 'en')[0].region.code).toBe('100000');
  });
});
