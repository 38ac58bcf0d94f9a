/**
 * Sigma convergence: whether a dispersion measure falls over time. Reported as its values at the
 * start and end, the change, and the least-squares trend per year over every year in between
 * (REAT's `sigmaconv` compares two years; the trend uses the years between as well).
 */
import { leastSquares } from '../views/least-squares';

export interface SigmaTrend {
  from: number;
  to: number;
  change: number;
  /** Least-squares slope per year (with two years: the change divided by the years between). */
  slope_per_year: number;
  /** R² of the trend, null with fewer than three years. */
  r2: number | null;
  /** Falling dispersion is sigma convergence. */
  direction: 'falling' | 'rising' | 'flat';
}

export function sigmaTrend(series: readonly { year: number; value: number }[]): SigmaTrend | null {
  if (series.length < 2) return null;
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const [first, last] = [sorted[0], sorted.at(-1)!];
  const fit = leastSquares(sorted.map((s) => [s.year, s.value] as const));
  const slope = fit ? fit.slope : (last.value - first.value) / (last.year - first.year);
  const change = last.value - first.value;
  return {
    from: first.value,
    to: last.value,
    change,
    slope_per_year: slope,
    r2: fit ? fit.r2 : null,
    direction: change < 0 ? 'falling' : change > 0 ? 'rising' : 'flat',
  };
}
