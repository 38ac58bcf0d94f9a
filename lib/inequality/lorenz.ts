/**
 * The population-weighted Lorenz curve: units sorted from the lowest value to the highest, the
 * cumulative share of residents against the cumulative share of the total they hold (value ×
 * population, e.g. GDP for GDP per capita). The diagonal is equality; the Gini coefficient is twice
 * the area between the diagonal and the curve.
 *
 *   P_k = Σ_{j ≤ k} p_j,  L_k = Σ_{j ≤ k} p_j y_j ÷ μ,  starting at (0, 0) and ending at (1, 1)
 *
 * As REAT's `lorenz(x, weighting)` and PySAL's `inequality` Lorenz plots draw it.
 */
import { assertMeasurable, shares, weightedMean, type WeightedValue } from './units';

export interface LorenzPoint {
  /** The unit that ends this step, null for the origin. */
  code: string | null;
  /** Cumulative population share, 0 … 1. */
  population: number;
  /** Cumulative share of the total, 0 … 1. */
  share: number;
}

export function lorenzCurve(units: readonly (WeightedValue & { code: string })[]): LorenzPoint[] {
  assertMeasurable(units);
  const p = shares(units);
  const mean = weightedMean(units);
  const order = units.map((_, i) => i).sort((a, b) => units[a].value - units[b].value || units[a].code.localeCompare(units[b].code));
  const points: LorenzPoint[] = [{ code: null, population: 0, share: 0 }];
  let [population, share] = [0, 0];
  for (const i of order) {
    population += p[i];
    share += mean === 0 ? p[i] : (p[i] * units[i].value) / mean;
    points.push({ code: units[i].code, population, share });
  }
  // The last point is (1, 1) by definition; summing shares can leave it a rounding error off.
  points[points.length - 1] = { ...points[points.length - 1], population: 1, share: 1 };
  return points;
}

/** One minus twice the area under the curve (trapezoids): the Gini coefficient, as REAT computes it. */
export function giniFromLorenz(points: readonly LorenzPoint[]): number {
  let area = 0;
  for (let k = 1; k < points.length; k++) area += ((points[k].population - points[k - 1].population) * (points[k].share + points[k - 1].share)) / 2;
  return 1 - 2 * area;
}
