import { describe, expect, it } from 'vitest';
import { kendallTauB, rankMobility } from './rank-mobility';

describe('kendallTauB', () => {
  it('handles ties as τ-b (PySAL giddy’s rank.Tau example, worked by hand)', () => {
    // x = 12, 2, 1, 12, 2; y = 1, 4, 7, 1, 0. The ten pairs (i, j):
    //   (0,1) D  (0,2) D  (0,3) tied in both  (0,4) C  (1,2) D
    //   (1,3) D  (1,4) tied in x only  (2,3) D  (2,4) D  (3,4) C
    // C = 2, D = 6, X₀ = 1, Y₀ = 0 → τ_b = (2 − 6) ÷ √(9 · 8) = −4 ÷ √72 = −0.471404520791…  (giddy: −0.47140)
    const t = kendallTauB([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]);
    expect(t).toMatchObject({ concordant: 2, discordant: 6, ties_first: 1, ties_second: 0 });
    expect(t.tau).toBeCloseTo(-4 / Math.sqrt(72), 15);
  });

  it('is 1 for the same order, −1 for the reverse, classic τ without ties', () => {
    expect(kendallTauB([1, 2, 3, 4], [10, 20, 30, 40]).tau).toBe(1);
    expect(kendallTauB([1, 2, 3, 4], [4, 3, 2, 1]).tau).toBe(-1);
    // 1 2 3 4 vs 2 1 3 4: one discordant pair of six → (5 − 1)/6 = 2/3.
    expect(kendallTauB([1, 2, 3, 4], [2, 1, 3, 4]).tau).toBeCloseTo(2 / 3, 15);
    expect(() => kendallTauB([1], [1, 2])).toThrow(RangeError);
  });
});

describe('rankMobility', () => {
  it('ranks both years (1 = highest), counts moves of three places or more', () => {
    // From: a 50 (1st), b 40 (2nd), c 30 (3rd), d 20 (4th), e 10 (5th).
    // To:   e 90 (1st), a 80 (2nd), b 70 (3rd), c 60 (4th), d 50 (5th): e up 4; a, b, c, d down 1.
    const m = rankMobility([
      { code: 'a', from: 50, to: 80 },
      { code: 'b', from: 40, to: 70 },
      { code: 'c', from: 30, to: 60 },
      { code: 'd', from: 20, to: 50 },
      { code: 'e', from: 10, to: 90 },
    ]);
    expect(m.moves.find((x) => x.code === 'e')).toEqual({ code: 'e', rank_from: 5, rank_to: 1, change: 4 });
    expect(m.moves.find((x) => x.code === 'a')).toEqual({ code: 'a', rank_from: 1, rank_to: 2, change: -1 });
    expect(m.moved_3_plus).toBe(1);
    // Pairs with e are all discordant (4), the other six concordant: τ = (6 − 4)/10 = 0.2.
    expect(m.tau).toBeCloseTo(0.2, 15);
    expect(m.n).toBe(5);
  });

  it('gives tied values the same rank, as the map does', () => {
    const m = rankMobility([
      { code: 'a', from: 5, to: 1 },
      { code: 'b', from: 5, to: 2 },
      { code: 'c', from: 1, to: 3 },
    ]);
    expect(m.moves.map((x) => [x.rank_from, x.rank_to])).toEqual([
      [1, 3],
      [1, 2],
      [3, 1],
    ]);
  });
});
