import { describe, expect, it } from 'vitest';
import type { ValuesPanel } from '../indicators/api-types';
import { PROVINCES } from '../regions/provinces';
import { axisFor, logTicks, scatterData, scatterFit, scatterTrail } from './scatter-points';

const codes = PROVINCES.map((p) => p.code);
const row = (f: (i: number) => number | null) => codes.map((_, i) => f(i));
const matrix = (years: number[], f: (year: number, i: number) => number | null) => ({
  years,
  values: years.map((y) => row((i) => f(y, i))),
  estimates: [] as [number, number, number][],
  computed: [],
  notes: [],
  source_sets: [['s']],
  sources: years.map((y) => row((i) => (f(y, i) === null ? -1 : 0)) as number[]),
});

// y = 2x + 1 for every province, x = province index + 1 (Hebei's 2002 x is missing); census has values in 2000 and 2002 only.
const panel: ValuesPanel = {
  places: codes,
  indicators: {
    x: matrix([2000, 2001, 2002], (year, i) => (year === 2002 && codes[i] === '130000' ? null : i + 1 + (year - 2000))),
    y: matrix([2000, 2001, 2002], (year, i) => 2 * (i + 1 + (year - 2000)) + 1),
    census: matrix([2000, 2001, 2002], (year, i) => (year === 2001 ? null : i - 5)),
  },
  texts: ['estimate'],
  citations: {},
};

describe('scatterData', () => {
  it('places each province at its values and says who is missing', () => {
    const data = scatterData(panel, { x: 'x', y: 'y', size: null, log: [] }, 2002);
    expect(data.points).toHaveLength(30);
    expect(data.missing).toEqual(['130000']);
    expect(data.points[0]).toMatchObject({ code: '110000', region: 'east', x: 3, y: 7, size: null });
    expect(data.years).toEqual({ x: 2002, y: 2002, size: null });
  });

  it('uses the latest census year at or before the year, and leaves non-positive values off a log axis', () => {
    const data = scatterData(panel, { x: 'census', y: 'y', size: 'census', log: ['x'] }, 2001);
    expect(data.years).toEqual({ x: 2000, y: 2001, size: 2000 });
    // census = index − 5: the first six provinces are ≤ 0.
    expect(data.missing).toEqual(codes.slice(0, 6));
  });
});

describe('scatterFit', () => {
  it('recovers the line and fits log10 values on log axes', () => {
    const { points } = scatterData(panel, { x: 'x', y: 'y', size: null, log: [] }, 2000);
    const fit = scatterFit(points, [])!;
    expect(fit.slope).toBeCloseTo(2, 10);
    expect(fit.intercept).toBeCloseTo(1, 10);
    expect(fit.r2).toBeCloseTo(1, 10);
    expect(fit.ends).toEqual([
      { x: 1, y: 3 },
      { x: 31, y: 63 },
    ]);
    const power = scatterFit(
      [10, 100, 1000].map((x, i) => ({ code: String(i), region: 'east' as const, x, y: x * x, size: null, estimate: false })),
      ['x', 'y'],
    )!;
    expect(power.slope).toBeCloseTo(2, 10); // log y = 2 log x
    expect(power.ends[1].y).toBeCloseTo(1e6, 4);
  });
});

describe('scatterTrail', () => {
  it('follows a place through the years where both axes have values', () => {
    expect(scatterTrail(panel, { x: 'x', y: 'y', size: null, log: [] }, '130000', 2000, 2002)).toEqual([
      { year: 2000, x: 3, y: 7 },
      { year: 2001, x: 4, y: 9 },
    ]);
  });
});

describe('axisFor and logTicks', () => {
  it('gives a linear axis round ends and round ticks that hold every value', () => {
    expect(axisFor([52825, 228167], false)).toEqual({ domain: [50000, 250000], ticks: [50000, 100000, 150000, 200000, 250000] });
    expect(axisFor([0.3, 2.7], false)!.ticks).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
    expect(axisFor([7, 7], false)).toEqual({ domain: [7, 8], ticks: [7, 8] });
    expect(axisFor([], false)).toBeNull();
  });

  it('pads a log axis by a factor, leaving out what it cannot show', () => {
    expect(axisFor([-1, 0, 100, 1000], true)!.domain).toEqual([100 / 1.15, 1000 * 1.15]);
  });

  it('ticks 1-2-5 per decade inside the domain', () => {
    expect(logTicks([1500, 45000])).toEqual([2000, 5000, 10000, 20000]);
    expect(logTicks([0.8, 120])).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(logTicks([1, 1e6])).toEqual([1, 10, 100, 1000, 10000, 100000, 1000000]);
  });
});
