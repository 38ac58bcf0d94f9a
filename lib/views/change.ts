/** Change between two values: absolute, percent and average annual growth (compound). */
export interface Change {
  abs: number;
  /** Percent change; null when the start is zero or negative (a percentage of it means nothing). */
  pct: number | null;
  /** Average annual growth in percent, (to ÷ from)^(1 / years) − 1; null unless both values are positive and years > 0. */
  cagr: number | null;
}

export function change(from: number, to: number, years: number): Change {
  const pct = from > 0 ? ((to - from) / from) * 100 : null;
  const cagr = from > 0 && to > 0 && years > 0 ? ((to / from) ** (1 / years) - 1) * 100 : null;
  return { abs: to - from, pct, cagr };
}
