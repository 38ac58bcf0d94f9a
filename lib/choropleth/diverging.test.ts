import { describe, expect, it } from 'vitest';
import { classOf } from './classify';
import { divergingBins, divergingLegendRows, twoDigits } from './diverging';

describe('divergingBins', () => {
  it('puts classes symmetric about the centre at the terciles of the distances', () => {
    // Centre 100; values 40, 70, 95, 100, 130, 190 → distances sorted 0, 5, 30, 30, 60, 90.
    // Linear quantiles (type 7) at index (n − 1)p: ⅓ → 5/3: 5 + ⅔·(30 − 5) = 21.67 → 22; ⅔ → 10/3: 30 + ⅓·(60 − 30) = 40.
    const bins = divergingBins([40, 70, 95, 100, 130, 190, null], 100)!;
    expect(bins.breaks).toEqual([60, 78, 100, 122, 140]);
    expect(bins.centre).toBe(100);
    // Orange (low) to purple (high).
    expect(bins.colors).toEqual(['#b35806', '#f1a340', '#fee0b6', '#d8daeb', '#998ec3', '#542788']);
    // Below the centre is orange, at or above it purple.
    expect(classOf(99.9, bins.breaks)).toBe(2);
    expect(classOf(100, bins.breaks)).toBe(3);
    expect(classOf(40, bins.breaks)).toBe(0);
    expect(classOf(190, bins.breaks)).toBe(5);
  });

  it('uses fewer classes when the distances coincide, two when everything sits on the centre', () => {
    expect(divergingBins([90, 110, 90, 110], 100)!.breaks).toEqual([90, 100, 110]);
    const flat = divergingBins([5, 5], 5)!;
    expect(flat.breaks).toEqual([5]);
    expect(flat.colors).toEqual(['#f1a340', '#998ec3']);
    expect(divergingBins([null], 0)).toBeNull();
  });

  it('rounds the distances to two significant digits', () => {
    expect(twoDigits(312.4)).toBe(310);
    expect(twoDigits(0.03471)).toBe(0.035);
    // Centre 1: distances sorted 0, 0.6876, 0.75, 1 → quantiles at index 1 and 2: 0.6876 → 0.69, and 0.75.
    expect(divergingBins([0, 0.3124, 1.0, 1.75], 1)!.breaks).toEqual([0.25, 0.31, 1, 1.69, 1.75]);
  });
});

describe('divergingLegendRows', () => {
  it('labels open outer classes, then no data', () => {
    const bins = divergingBins([90, 110, 90, 110], 100)!;
    expect(divergingLegendRows(bins, (v) => `${v}%`, 'No data').map((r) => r.label)).toEqual(['< 90%', '90% – 100%', '100% – 110%', '≥ 110%', 'No data']);
    expect(divergingLegendRows(null, String, 'No data')).toEqual([{ label: 'No data', color: '#e4e4e4' }]);
  });
});
