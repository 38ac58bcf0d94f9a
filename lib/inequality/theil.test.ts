import { describe, expect, it } from 'vitest';
import { theilDecomposition, theilT } from './theil';
import { unweighted } from './units';
import { groupOfThree, THREE } from './fixtures.testing';

describe('theilT', () => {
  it('matches the hand-computed fixture', () => {
    // fixtures.testing.ts: ¼ ln 2.
    expect(theilT(THREE)).toBeCloseTo(Math.LN2 / 4, 15);
  });

  it('is PySAL’s Theil with equal weights', () => {
    // Σ s ln(n s) with s = 1/7, 2/7, 4/7 (fixtures.testing.ts): 0.142912397…
    const pysal = (1 / 7) * Math.log(3 / 7) + (2 / 7) * Math.log(6 / 7) + (4 / 7) * Math.log(12 / 7);
    expect(theilT(unweighted([1, 2, 4]))).toBeCloseTo(pysal, 15);
    expect(theilT(unweighted([1, 2, 4]))).toBeCloseTo(0.1429124, 7);
    expect(theilT(unweighted([9, 9]))).toBe(0);
  });

  it('needs positive values', () => {
    expect(() => theilT(unweighted([0, 1]))).toThrow(RangeError);
  });
});

describe('theilDecomposition', () => {
  it('matches the hand-computed between and within terms', () => {
    const d = theilDecomposition(THREE, groupOfThree);
    // between = ½ ln(4/3), within = ¼ ln(9/8).
    expect(d.between).toBeCloseTo(Math.log(4 / 3) / 2, 15);
    expect(d.within).toBeCloseTo(Math.log(9 / 8) / 4, 15);
    expect(d.groups).toEqual([
      { group: 'A', population_share: 0.75, value_share: 0.5, theil: expect.closeTo(Math.log(9 / 8) / 2, 15) },
      { group: 'B', population_share: 0.25, value_share: 0.5, theil: 0 },
    ]);
  });

  it('adds up exactly: between + within = total to 1e-12, for any partition', () => {
    const provinces = Array.from({ length: 31 }, (_, i) => ({
      code: String(i),
      value: 20_000 + ((i * 7919) % 97) * 1_500 + i * 333.3,
      weight: 300 + ((i * 104_729) % 89) * 120,
    }));
    const partitions = [
      (u: { code: string }) => ['east', 'central', 'west', 'northeast'][Number(u.code) % 4],
      (u: { code: string }) => (Number(u.code) < 11 ? 'coastal' : 'inland'),
      () => 'all',
      (u: { code: string }) => u.code,
    ];
    for (const groupOf of partitions) {
      const d = theilDecomposition(provinces, groupOf);
      expect(Math.abs(d.between + d.within - d.total)).toBeLessThan(1e-12);
    }
    // One group: all of it is within. Each unit its own group: all of it is between.
    expect(theilDecomposition(provinces, () => 'all').between).toBeCloseTo(0, 15);
    expect(theilDecomposition(provinces, (u) => u.code).within).toBe(0);
  });

  it('reduces to PySAL’s TheilD between term with equal weights', () => {
    // y = 1, 2, 4, groups {1, 2}, {4}: S = 3/7, 4/7; PySAL bg = Σ S_g ln(n S_g ÷ n_g) = (3/7) ln(9/14) + (4/7) ln(12/7).
    const d = theilDecomposition(unweighted([1, 2, 4]), (u) => (u.value === 4 ? 'B' : 'A'));
    expect(d.between).toBeCloseTo((3 / 7) * Math.log(9 / 14) + (4 / 7) * Math.log(12 / 7), 15);
  });
});
