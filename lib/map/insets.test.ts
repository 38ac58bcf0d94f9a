import { describe, expect, it } from 'vitest';
import { coveredInsets, fitsInside, framePadding, NO_PADDING } from './insets';

const phone = { left: 0, top: 0, right: 390, bottom: 844 };
const desktop = { left: 0, top: 0, right: 1280, bottom: 800 };

describe('covered insets', () => {
  it('counts a bar across the top as a top inset and a bottom sheet as a bottom inset', () => {
    const bar = { left: 8, top: 8, right: 334, bottom: 150 };
    const sheet = { left: 0, top: 405, right: 390, bottom: 844 };
    expect(coveredInsets(phone, [bar, sheet])).toEqual({ top: 150, right: 0, bottom: 439, left: 0 });
  });

  it('counts a tall column as a left or right inset', () => {
    const side = { left: 12, top: 12, right: 332, bottom: 740 };
    const panel = { left: 805, top: 12, right: 1223, bottom: 750 };
    expect(coveredInsets(desktop, [side, panel])).toEqual({ top: 0, right: 475, bottom: 0, left: 332 });
  });

  it('keeps the deepest overlay per edge, clips overlays to the map, and ignores hidden or outside ones', () => {
    const a = { left: 0, top: 0, right: 390, bottom: 60 };
    const b = { left: 0, top: -40, right: 390, bottom: 100 };
    const hidden = { left: 0, top: 0, right: 0, bottom: 0 };
    const outside = { left: 400, top: 0, right: 500, bottom: 844 };
    expect(coveredInsets(phone, [a, b, hidden, outside])).toEqual({ ...NO_PADDING, top: 100 });
    expect(coveredInsets(phone, [])).toEqual(NO_PADDING);
  });

  it('measures from the map’s own corner when the map is not at the page’s', () => {
    const map = { left: 100, top: 50, right: 500, bottom: 450 };
    expect(coveredInsets(map, [{ left: 100, top: 350, right: 500, bottom: 450 }])).toEqual({ ...NO_PADDING, bottom: 100 });
  });
});

describe('frame padding', () => {
  it('adds the margin to every edge', () => {
    expect(framePadding({ width: 390, height: 844 }, { top: 150, right: 0, bottom: 0, left: 0 })).toEqual({ top: 158, right: 8, bottom: 8, left: 8 });
  });

  it('shrinks an axis so a quarter of the map is left to frame into', () => {
    const p = framePadding({ width: 320, height: 640 }, { top: 140, right: 0, bottom: 400, left: 0 });
    expect(p.top + p.bottom).toBeLessThanOrEqual(480);
    expect(p.top / p.bottom).toBeCloseTo(148 / 408, 1);
    expect([p.left, p.right]).toEqual([8, 8]);
  });
});

describe('fits inside', () => {
  it('tells whether a box lies within the padded map', () => {
    const size = { width: 390, height: 844 };
    const padding = { top: 150, right: 8, bottom: 447, left: 8 };
    expect(fitsInside({ left: 100, top: 200, right: 300, bottom: 390 }, size, padding)).toBe(true);
    expect(fitsInside({ left: 100, top: 200, right: 300, bottom: 500 }, size, padding)).toBe(false);
    expect(fitsInside({ left: 0, top: 200, right: 300, bottom: 390 }, size, padding)).toBe(false);
  });
});
