/**
 * Dispersion across units: the population-weighted coefficient of variation (Williamson's index)
 * and the standard deviation of log values (the classic sigma of sigma convergence).
 *
 *   CV_w = √(Σ p_i (y_i − μ)²) ÷ μ,  μ = Σ p_i y_i,  p_i = w_i ÷ Σ w
 *
 * This is REAT's `williamson(x, weighting, wmean = TRUE)` (Wieland, REAT: Regional Economic
 * Analysis Toolbox, R package, `cv`/`sd2` with population weights and the weighted mean; Williamson
 * 1965). With equal weights it is the population coefficient of variation, `cv(x, is.sample = FALSE)`.
 *
 *   σ_log = √((1/n) Σ (ln y_i − mean(ln y))²)
 *
 * is REAT's `sigmaconv(…, sigma.measure = "sd", sigma.log = TRUE, sigma.issample = FALSE)`, unweighted
 * as Barro and Sala-i-Martin (1992) measure it.
 */
import { assertMeasurable, shares, weightedMean, type WeightedValue } from './units';

export function weightedCv(units: readonly WeightedValue[]): number {
  assertMeasurable(units);
  const p = shares(units);
  const mean = weightedMean(units);
  if (mean === 0) throw new RangeError('the mean is zero: the coefficient of variation is undefined');
  const variance = units.reduce((s, u, i) => s + p[i] * (u.value - mean) ** 2, 0);
  return Math.sqrt(variance) / mean;
}

export function sdOfLogs(values: readonly number[]): number {
  if (values.length === 0 || values.some((v) => !(v > 0))) throw new RangeError('logs need positive values');
  const logs = values.map(Math.log);
  const mean = logs.reduce((s, v) => s + v, 0) / logs.length;
  return Math.sqrt(logs.reduce((s, v) => s + (v - mean) ** 2, 0) / logs.length);
}
