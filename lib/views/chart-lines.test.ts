import { describe, expect, it } from 'vitest';
import type { ValuesPanel } from '../indicators/api-types';
import { chartLines, spreadLabels } from './chart-lines';

const panel: ValuesPanel = {
  places: ['100000', '420000', '500000'],
  indicators: {
    x: {
      years: [2000, 2001, 2002, 2003],
      values: [
        [10, 5, 8],
        [20, 10, null],
        [40, 30, 12],
        [null, 44, 16],
      ],
      estimates: [[2, 1, 0]],
      computed: [],
      notes: [],
      source_sets: [['s']],
      sources: [
        [0, 0, 0],
        [0, 0, -1],
        [0, 0, 0],
        [-1, 0, 0],
      ],
    },
    census: {
      years: [2000, 2001, 2002, 2003, 2004, 2005],
      values: [
        [1, 2, 3],
        [null, null, null],
        [null, null, null],
        [null, null, null],
        [null, null, null],
        [2, 3, 4],
      ],
      estimates: [],
      computed: [],
      notes: [],
      source_sets: [['c']],
      sources: [[0, 0, 0], ...Array.from({ length: 4 }, () => [-1, -1, -1]), [0, 0, 0]],
    },
  },
  texts: ['estimate'],
  citations: {},
};

describe('chartLines', () => {
  it('draws every year of the range, gaps as missing keys, estimates on their dashed key', () => {
    const { rows, lines, sparse } = chartLines(panel, 'x', ['420000', '500000'], 2000, 2003, 'absolute');
    expect(sparse).toBe(false);
    expect(rows.map((r) => r.year)).toEqual([2000, 2001, 2002, 2003]);
    expect(rows[1]).toEqual({ year: 2001, '420000': 10, '420000_estimate': 10 }); // next to the 2002 estimate
    expect(rows[2]['420000']).toBeUndefined();
    expect(rows[2]['420000_estimate']).toBe(30);
    expect(rows[1]['500000']).toBeUndefined(); // the gap breaks the line
    expect(lines).toEqual([
      { code: '420000', last: { year: 2003, value: 44 }, hasEstimates: true },
      { code: '500000', last: { year: 2003, value: 16 }, hasEstimates: false },
    ]);
  });

  it('sets China = 100, leaving a gap where China has no value and marking what rests on an estimate', () => {
    const { rows, lines } = chartLines(panel, 'x', ['100000', '500000'], 2000, 2003, 'relative');
    expect(rows[0]).toMatchObject({ '100000': 100, '500000': 80 });
    expect(rows[2]).toMatchObject({ '500000': 30 });
    expect(rows[3]['500000']).toBeUndefined();
    expect(lines[1].last).toEqual({ year: 2002, value: 30 });
  });

  it('keeps the range and joins a census-style series across the years between', () => {
    expect(chartLines(panel, 'x', ['420000'], 2001, 2002, 'absolute').rows.map((r) => r.year)).toEqual([2001, 2002]);
    const census = chartLines(panel, 'census', ['420000'], 2000, 2005, 'absolute');
    expect(census.sparse).toBe(true);
    expect(census.rows).toEqual([
      { year: 2000, '420000': 2 },
      { year: 2005, '420000': 3 },
    ]);
  });
});

describe('spreadLabels', () => {
  it('leaves labels apart alone and pushes close ones apart in order', () => {
    expect(spreadLabels([10, 50, 90], 12, 0, 100)).toEqual([10, 50, 90]);
    expect(spreadLabels([50, 52, 51], 12, 0, 200)).toEqual([50, 74, 62]);
  });

  it('keeps labels inside the plot, moving a crowd at the bottom up', () => {
    expect(spreadLabels([98, 99, 100], 10, 0, 100)).toEqual([80, 90, 100]);
    expect(spreadLabels([-5], 10, 0, 100)).toEqual([0]);
  });
});
