import { describe, expect, it } from 'vitest';
import { gini, populationField } from './model';
import { cellAt, cellBounds, cellSamples, COLS } from './grid';

describe('gini', () => {
  it('is 0 for equal values and approaches 1 when one place has everything', () => {
    expect(gini([5, 5, 5, 5])).toBe(0);
    expect(gini([0, 0, 0, 100])).toBeCloseTo(0.75, 5);
    expect(gini([1, 2, 3, 4])).toBeCloseTo(0.25, 5);
  });
});

describe('grid', () => {
  it('finds the cell of Wuhan and samples it 5 × 5', () => {
    const id = cellAt(114.27, 30.58);
    const [w, s, e, n] = cellBounds(id);
    expect(w).toBeLessThanOrEqual(114.27);
    expect(e).toBeGreaterThan(114.27);
    expect(s).toBeLessThanOrEqual(30.58);
    expect(n).toBeGreaterThan(30.58);
    expect(cellSamples(id)).toHaveLength(25);
    expect(cellAt(10, 10)).toBe(-1);
    expect(COLS).toBe(125);
  });
});

describe('populationField', () => {
  it('is brightest at the place and fades with distance', () => {
    const samples: Array<[number, number]> = [];
    for (let i = 0; i < 20; i++) samples.push([100 + i * 0.1, 30]);
    const field = populationField(samples, [{ lng: 100.5, lat: 30, population: 1000 }], 0.1, [100, 30], 20);
    expect(field[5]).toBeCloseTo(1000 / (2 * Math.PI * 30 ** 2), 5); // the kernel integrates to the population
    expect(field[6]).toBeLessThan(field[5]);
    expect(field[8]).toBeLessThan(field[6]);
    expect(field[19]).toBe(0); // 155 km away: beyond 3σ
  });
});
