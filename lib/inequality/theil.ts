/**
 * Theil's T (GE(1)), population-weighted, and its exact decomposition into inequality between
 * groups and within them, for any partition of the units.
 *
 *   s_i = p_i y_i ÷ μ  (unit i's share of the total; p_i its population share)
 *   T   = Σ_i s_i ln(s_i ÷ p_i) = Σ_i p_i (y_i/μ) ln(y_i/μ)
 *   T   = T_between + T_within
 *   T_between = Σ_g S_g ln(S_g ÷ P_g)          (S_g, P_g: the group's share of the total and of residents)
 *   T_within  = Σ_g S_g T_g                     (T_g: Theil's T among the group's units, with in-group shares)
 *
 * With equal weights (p_i = 1/n) T is PySAL's `inequality.theil.Theil` (Σ s_i ln(n s_i)) and the
 * between term is PySAL's `TheilD.bg` (Σ_g S_g ln(n S_g ÷ n_g)); Rey and Sastre (2010) use it for
 * Mexican states; Kanbur and Zhang (1999, 2005) decompose China's regional inequality the same way,
 * population-weighted (inland–coastal and rural–urban). Theil's T needs positive values (ln y).
 * (REAT's `theil()` is the mean log deviation, Theil's L, a different index: not used here.)
 */
import { assertMeasurable, shares, weightedMean, type WeightedValue } from './units';

export function theilT(units: readonly WeightedValue[]): number {
  assertMeasurable(units, { positive: true });
  const p = shares(units);
  const mean = weightedMean(units);
  return units.reduce((t, u, i) => {
    const r = u.value / mean;
    return t + p[i] * r * Math.log(r);
  }, 0);
}

export interface TheilGroup {
  group: string;
  /** P_g: the group's share of the residents. */
  population_share: number;
  /** S_g: the group's share of the total (value × population). */
  value_share: number;
  /** T_g: Theil's T among the group's own units. */
  theil: number;
}

export interface TheilDecomposition {
  total: number;
  between: number;
  within: number;
  groups: TheilGroup[];
}

/** `groupOf` assigns each unit to one group (the partition must be exhaustive, as PySAL's TheilD assumes). */
export function theilDecomposition<U extends WeightedValue>(units: readonly U[], groupOf: (unit: U) => string): TheilDecomposition {
  assertMeasurable(units, { positive: true });
  const total = theilT(units);
  const weight = units.reduce((s, u) => s + u.weight, 0);
  const amount = units.reduce((s, u) => s + u.weight * u.value, 0);
  const byGroup = new Map<string, U[]>();
  for (const u of units) byGroup.set(groupOf(u), [...(byGroup.get(groupOf(u)) ?? []), u]);
  const groups = [...byGroup].map(([group, members]): TheilGroup => {
    const population_share = members.reduce((s, u) => s + u.weight, 0) / weight;
    const value_share = members.reduce((s, u) => s + u.weight * u.value, 0) / amount;
    return { group, population_share, value_share, theil: theilT(members) };
  });
  const between = groups.reduce((s, g) => s + g.value_share * Math.log(g.value_share / g.population_share), 0);
  const within = groups.reduce((s, g) => s + g.value_share * g.theil, 0);
  return { total, between, within, groups };
}
