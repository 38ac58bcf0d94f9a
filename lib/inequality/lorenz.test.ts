import { describe, expect, it } from 'vitest';
import { giniFromLorenz, lorenzCurve } from './lorenz';
import { weightedGini } from './gini';
import { THREE } from './fixtures.testing';

describe('lorenzCurve', () => {
  it('matches the hand-computed fixture', () => {
    // fixtures.testing.ts: sorted 1, 2, 4 → P = 0, ½, ¾, 1 and L = 0, ¼, ½, 1.
    const points = lorenzCurve([THREE[2], THREE[0], THREE[1]]);
    expect(points.map((p) => p.code)).toEqual([null, 'a', 'b', 'c']);
    expect(points.map((p) => p.population)).toEqual([0, 0.5, 0.75, 1]);
    expect(points.map((p) => p.share)).toEqual([0, 0.25, 0.5, 1]);
  });

  it('gives the Gini coefficient as one minus twice the area under it (REAT’s form), equal to the pairwise one', () => {
    // Σ ΔP (L_k + L_{k−1}) = 11/16 → 5/16.
    expect(giniFromLorenz(lorenzCurve(THREE))).toBeCloseTo(5 / 16, 15);
    const uneven = [
      { code: 'x', value: 3.5, weight: 7 },
      { code: 'y', value: 12, weight: 1.5 },
      { code: 'z', value: 0.8, weight: 3 },
      { code: 'w', value: 3.5, weight: 2 },
    ];
    expect(giniFromLorenz(lorenzCurve(uneven))).toBeCloseTo(weightedGini(uneven), 14);
  });

  it('is the diagonal when everyone has the same value', () => {
    const flat = lorenzCurve([
      { code: 'a', value: 5, weight: 1 },
      { code: 'b', value: 5, weight: 3 },
    ]);
    expect(flat.map((p) => [p.population, p.share])).toEqual([
      [0, 0],
      [0.25, 0.25],
      [1, 1],
    ]);
  });
});
