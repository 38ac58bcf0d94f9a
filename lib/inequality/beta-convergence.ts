/**
 * Absolute beta convergence between two years: ordinary least squares of each unit's average
 * annual log growth on the log of its initial level (Barro and Sala-i-Martin 1992),
 *
 *   (1/T) ln(y_iT ÷ y_i0) = α + b ln(y_i0) + ε_i,   T = years between the two
 *
 * as REAT's `betaconv.ols(gdp1, time1, gdp2, time2)` fits it (unweighted: each province is one
 * observation). A negative b means initially lower values grew faster. The implied speed of
 * convergence and the half-life follow from b = −(1 − e^{−λT}) ÷ T:
 *
 *   λ = −ln(1 + bT) ÷ T,   half-life = ln 2 ÷ λ
 *
 * (REAT's `betaconv.speed` writes −ln(1 + b) ÷ T; with the annualised growth on the left-hand side
 * the exact inverse is the one above.) Speed and half-life exist only when −1/T < b < 0; otherwise
 * they are null (no convergence, or the fit implies overshooting). The fit describes the period; it
 * is not a cause.
 */
import { leastSquares } from '../views/least-squares';

export interface BetaPoint {
  code: string;
  initial: number;
  final: number;
}

export interface BetaConvergence {
  /** b, the slope on ln(initial). */
  coefficient: number;
  /** α. */
  intercept: number;
  std_error: number;
  r2: number;
  /** λ per year, null unless −1/T < b < 0. */
  speed: number | null;
  half_life_years: number | null;
  n: number;
  /** T. */
  years: number;
  /** Each unit's ln(initial) and average annual log growth: the scatter behind the fit. */
  points: { code: string; log_initial: number; growth: number }[];
}

export function betaConvergence(units: readonly BetaPoint[], years: number): BetaConvergence | null {
  if (!(years > 0)) throw new RangeError('beta convergence needs a positive number of years');
  if (units.some((u) => !(u.initial > 0) || !(u.final > 0))) throw new RangeError('beta convergence needs positive values (logs)');
  const points = units.map((u) => ({ code: u.code, log_initial: Math.log(u.initial), growth: Math.log(u.final / u.initial) / years }));
  const fit = leastSquares(points.map((p) => [p.log_initial, p.growth] as const));
  if (!fit) return null;
  const b = fit.slope;
  const speed = b < 0 && 1 + b * years > 0 ? -Math.log(1 + b * years) / years : null;
  return {
    coefficient: b,
    intercept: fit.intercept,
    std_error: fit.slopeStdError,
    r2: fit.r2,
    speed,
    half_life_years: speed === null ? null : Math.LN2 / speed,
    n: fit.n,
    years,
    points,
  };
}
