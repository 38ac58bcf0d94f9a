/**
 * Rank mobility between two years: Kendall's τ-b between the two rankings and how many units moved
 * three places or more.
 *
 *   τ_b = (C − D) ÷ √((C + D + X₀)(C + D + Y₀))
 *
 * over all pairs of units: C concordant (same order in both years), D discordant, X₀ tied only in the
 * first year, Y₀ tied only in the second (pairs tied in both count in neither) — Kendall (1945), as
 * PySAL giddy's `rank.Tau` computes it (τ-b with ties, classic τ without). τ of the values equals τ of
 * their ranks. Ranks are 1 for the highest value, ties share the better rank (lib/choropleth/rank.ts,
 * the same ranks the map, the table and the region panel show).
 */
import { ranks } from '../choropleth/rank';

export interface KendallTau {
  tau: number;
  concordant: number;
  discordant: number;
  /** Pairs tied in the first ranking only, in the second only. */
  ties_first: number;
  ties_second: number;
}

export function kendallTauB(x: readonly number[], y: readonly number[]): KendallTau {
  if (x.length !== y.length) throw new RangeError('the two rankings must rank the same units');
  let [concordant, discordant, tiesFirst, tiesSecond] = [0, 0, 0, 0];
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const [dx, dy] = [Math.sign(x[i] - x[j]), Math.sign(y[i] - y[j])];
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiesFirst++;
      else if (dy === 0) tiesSecond++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const denominator = Math.sqrt((concordant + discordant + tiesFirst) * (concordant + discordant + tiesSecond));
  return { tau: denominator === 0 ? NaN : (concordant - discordant) / denominator, concordant, discordant, ties_first: tiesFirst, ties_second: tiesSecond };
}

export interface RankMove {
  code: string;
  rank_from: number;
  rank_to: number;
  /** Places moved up (positive) or down (negative). */
  change: number;
}

export interface RankMobility extends KendallTau {
  n: number;
  /** Units whose rank changed by three places or more, either way. */
  moved_3_plus: number;
  moves: RankMove[];
}

export const MOVED_PLACES = 3;

/** The units present in both years, in the order given. */
export function rankMobility(units: readonly { code: string; from: number; to: number }[]): RankMobility {
  const rankFrom = ranks(new Map(units.map((u) => [u.code, u.from])));
  const rankTo = ranks(new Map(units.map((u) => [u.code, u.to])));
  const moves = units.map((u): RankMove => {
    const [from, to] = [rankFrom.get(u.code)!, rankTo.get(u.code)!];
    return { code: u.code, rank_from: from, rank_to: to, change: from - to };
  });
  const tau = kendallTauB(
    units.map((u) => u.from),
    units.map((u) => u.to),
  );
  return { ...tau, n: units.length, moved_3_plus: moves.filter((m) => Math.abs(m.change) >= MOVED_PLACES).length, moves };
}
