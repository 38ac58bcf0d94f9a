/**
 * The population-weighted Gini coefficient: half the mean absolute difference between any two
 * residents' values, relative to the mean (each resident carries their unit's value).
 *
 *   G = Σ_i Σ_j p_i p_j |y_i − y_j| ÷ (2μ),  μ = Σ p_i y_i
 *
 * With equal weights (p_i = 1/n) this is PySAL's `inequality.gini.Gini` (Σ|y_i − y_j| ÷ (2n²ȳ),
 * Rey and Smith 2013). It equals one minus twice the area under the weighted Lorenz curve, the form
 * REAT's `gini(x, weighting)` computes (after Dörsam 2004: G = 1 − Σ p_k (L_k + L_{k−1}) over units
 * sorted by value); lorenz.test.ts checks the two agree. No small-sample correction (REAT's
 * `coefnorm = FALSE`): 31 provinces are the population, not a sample.
 */
import { assertMeasurable, shares, weightedMean, type WeightedValue } from './units';

export function weightedGini(units: readonly WeightedValue[]): number {
  assertMeasurable(units);
  const p = shares(units);
  const mean = weightedMean(units);
  if (mean === 0) return 0;
  // Sorted by value, Σ_i Σ_j p_i p_j |y_i − y_j| = 2 Σ_v q_v v (P_{<v} − P_{>v}), over the distinct values v held by a
  // population share q_v, with P the shares strictly below and above: O(n log n), and ties contribute exactly nothing.
  const byValue = new Map<number, number>();
  units.forEach((u, i) => byValue.set(u.value, (byValue.get(u.value) ?? 0) + p[i]));
  const values = [...byValue.keys()].sort((a, b) => a - b);
  // Shares above each value, summed from the top so that the highest value has exactly none above it.
  const above = new Array<number>(values.length).fill(0);
  for (let k = values.length - 2; k >= 0; k--) above[k] = above[k + 1] + byValue.get(values[k + 1])!;
  let below = 0;
  let sum = 0;
  values.forEach((v, k) => {
    const q = byValue.get(v)!;
    sum += q * v * (below - above[k]);
    below += q;
  });
  return sum / mean;
}
