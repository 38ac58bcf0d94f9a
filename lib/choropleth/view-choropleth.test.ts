import { describe, expect, it } from 'vitest';
import { viewChoropleth, type ViewChoroplethInput } from './view-choropleth';

// Beijing and Guangdong are east (Guangdong coastal), Hubei central, Gansu and Tibet west.
const values = new Map<string, number | null>([
  ['110000', 10],
  ['440000', 20],
  ['420000', 30],
  ['620000', 40],
  ['540000', null],
]);

const input = (over: Partial<ViewChoroplethInput> = {}): ViewChoroplethInput => ({
  values,
  indicator: { higher_is_better: true },
  classification: 'equal',
  filters: { group: 'all', range: null },
  legend: { format: String, noDataLabel: 'No data' },
  ...over,
});

// Four distinct values make four equal classes over 10–40: breaks 17.5, 25, 32.5; ColorBrewer YlGnBu-4.
const YL_GN_BU_4 = ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'];
const NO_DATA = '#e4e4e4';

describe('viewChoropleth', () => {
  it('bins the values and colours each province by its class, missing ones grey', () => {
    const view = viewChoropleth(input());
    expect(view.bins).toEqual({ breaks: [17.5, 25, 32.5], colors: YL_GN_BU_4, min: 10, max: 40 });
    expect(Object.fromEntries(view.colors)).toEqual({
      '110000': YL_GN_BU_4[0],
      '440000': YL_GN_BU_4[1],
      '420000': YL_GN_BU_4[2],
      '620000': YL_GN_BU_4[3],
      '540000': NO_DATA,
    });
  });

  it('writes the legend in the given words: each class range, then no data', () => {
    const view = viewChoropleth(input({ legend: { format: (v) => `${v} ¥`, noDataLabel: '无数据' } }));
    expect(view.legend).toEqual([
      { label: '10 ¥ – 17.5 ¥', color: YL_GN_BU_4[0] },
      { label: '17.5 ¥ – 25 ¥', color: YL_GN_BU_4[1] },
      { label: '25 ¥ – 32.5 ¥', color: YL_GN_BU_4[2] },
      { label: '32.5 ¥ – 40 ¥', color: YL_GN_BU_4[3] },
      { label: '无数据', color: NO_DATA },
    ]);
  });

  it('takes the legend rows and the province colours from the same bins, under every classification', () => {
    for (const classification of ['quantile', 'equal', 'ckmeans'] as const) {
      const view = viewChoropleth(input({ classification }));
      const classes = view.legend.slice(0, -1).map((row) => ({ color: row.color, range: row.label.split(' – ').map(Number) }));
      for (const [code, value] of values) {
        if (value === null) {
          expect(view.colors.get(code)).toBe(view.legend.at(-1)!.color);
          continue;
        }
        // A value on a break belongs to the upper class, whose row starts there.
        const row = classes.findLast((c) => c.range[0] <= value && value <= c.range[1])!;
        expect(view.colors.get(code), `${classification} ${code}`).toBe(row.color);
      }
    }
  });

  it('uses a neutral hue where more is neither better nor worse', () => {
    const view = viewChoropleth(input({ indicator: { higher_is_better: null } }));
    expect(view.bins?.colors).toEqual(['#edf8fb', '#b3cde3', '#8c96c6', '#88419d']);
    expect(view.colors.get('110000')).toBe('#edf8fb');
  });

  it('dims the provinces outside the group and the value range, and changes no colour for it', () => {
    expect(viewChoropleth(input()).dimmed).toEqual(new Set());
    expect(viewChoropleth(input({ filters: { group: 'west', range: null } })).dimmed).toEqual(new Set(['110000', '440000', '420000']));
    const ranged = viewChoropleth(input({ filters: { group: 'all', range: [15, 35] } }));
    expect(ranged.dimmed).toEqual(new Set(['110000', '620000', '540000']));
    expect(ranged.colors).toEqual(viewChoropleth(input()).colors);
  });

  it('has only the no-data row and grey provinces when no province has a value', () => {
    const view = viewChoropleth(input({ values: new Map([['110000', null]]) }));
    expect(view.bins).toBeNull();
    expect(view.colors.get('110000')).toBe(NO_DATA);
    expect(view.legend).toEqual([{ label: 'No data', color: NO_DATA }]);
  });

  describe('the change map', () => {
    // From 2010 to 2020: Beijing 10 → 20 (+100%), Guangdong 20 → 25 (+25%), Hubei 30 → 36 (+20%), Gansu 40 → 44 (+10%), Tibet no value.
    // China 50 → 65: +30%, the centre. Distances from it: 70, 5, 10, 20 → sorted 5, 10, 20, 70;
    // linear terciles at index 1 and 2: 10 and 20 → breaks 10, 20, 30, 40, 50.
    const change = {
      kind: 'pct' as const,
      from: 2010,
      to: 2020,
      start: values,
      national: { from: 50, to: 65 },
    };
    const end = new Map<string, number | null>([
      ['110000', 20],
      ['440000', 25],
      ['420000', 36],
      ['620000', 44],
      ['540000', null],
    ]);
    const view = viewChoropleth(input({ values: end, change, legend: { format: (v) => `${v}%`, noDataLabel: 'No data' } }));

    it('colours each province by its change, diverging from China’s change', () => {
      expect(view.values.get('110000')).toBeCloseTo(100, 12);
      expect(view.values.get('540000')).toBeNull();
      expect(view.bins!.breaks).toEqual([10, 20, 30, 40, 50]);
      // ColorBrewer PuOr-6 from orange (far below China) to purple (far above).
      const PU_OR_6 = ['#b35806', '#f1a340', '#fee0b6', '#d8daeb', '#998ec3', '#542788'];
      expect(Object.fromEntries(view.colors)).toEqual({
        '110000': PU_OR_6[5],
        '440000': PU_OR_6[2],
        '420000': PU_OR_6[2],
        '620000': PU_OR_6[1],
        '540000': NO_DATA,
      });
      expect(view.change).toEqual({ kind: 'pct', from: 2010, to: 2020, centre: 30, national: true, missing: 1 });
    });

    it('labels open outer classes and ignores the value range (in other units); the group still dims', () => {
      expect(view.legend.map((r) => r.label)).toEqual(['< 10%', '10% – 20%', '20% – 30%', '30% – 40%', '40% – 50%', '≥ 50%', 'No data']);
      const filtered = viewChoropleth(input({ values: end, change, filters: { group: 'west', range: [0, 1] } }));
      expect(filtered.dimmed).toEqual(new Set(['110000', '440000', '420000']));
    });

    it('centres on no change when China lacks a year', () => {
      const zero = viewChoropleth(input({ values: end, change: { ...change, national: { from: null, to: 65 } } }));
      expect(zero.change).toMatchObject({ centre: 0, national: false });
      expect(zero.bins!.breaks).toContain(0);
    });
  });
});
