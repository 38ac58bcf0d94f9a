/** Ordinary least squares of y on x, with what a reader needs to judge the fit. */
import { linearRegression, linearRegressionLine, rSquared } from 'simple-statistics';

export interface LeastSquaresFit {
  slope: number;
  intercept: number;
  r2: number;
  /** Standard error of the slope, √(Σ residual² ÷ (n − 2) ÷ Σ (x − x̄)²). */
  slopeStdError: number;
  n: number;
}

/** Null with fewer than three points or when every x is the same (no line is defined). */
export function leastSquares(points: readonly (readonly [number, number])[]): LeastSquaresFit | null {
  const n = points.length;
  if (n < 3) return null;
  const meanX = points.reduce((s, [x]) => s + x, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - meanX) ** 2, 0);
  if (sxx === 0) return null;
  const data = points.map(([x, y]) => [x, y]);
  const { m: slope, b: intercept } = linearRegression(data);
  const line = linearRegressionLine({ m: slope, b: intercept });
  const residuals = points.reduce((s, [x, y]) => s + (y - line(x)) ** 2, 0);
  return { slope, intercept, r2: rSquared(data, line), slopeStdError: Math.sqrt(residuals / (n - 2) / sxx), n };
}
