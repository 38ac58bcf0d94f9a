/**
 * Which from–to the inequality view asks the API for: the URL's `from` and `year`, moved to the
 * nearest years in which every province has a value (the only years the measures are defined for),
 * with `to` after `from`. Pure, shared by the page's server render and the browser so both ask for
 * the same URL.
 */
export interface MeasuredRange {
  from: number;
  to: number;
  /** The URL asked for other years (the view says which it shows instead). */
  adjusted: boolean;
}

const nearest = (years: readonly number[], wanted: number) =>
  years.reduce((best, y) => (Math.abs(y - wanted) < Math.abs(best - wanted) || (Math.abs(y - wanted) === Math.abs(best - wanted) && y > best) ? y : best));

export function measuredRange(complete: readonly number[], wantedFrom: number | null, wantedTo: number | null): MeasuredRange | null {
  if (complete.length < 2) return null;
  const to = wantedTo === null ? complete.at(-1)! : nearest(complete.slice(1), wantedTo);
  const before = complete.filter((y) => y < to);
  const from = wantedFrom === null ? before[0] : nearest(before, wantedFrom);
  return { from, to, adjusted: (wantedFrom !== null && from !== wantedFrom) || (wantedTo !== null && to !== wantedTo) };
}

/** The API path of a range; with `range` null, the indicator's default range (its first and last complete years). */
export function convergencePath(indicator: string, range: { from: number; to: number } | null = null, format: 'json' | 'csv' = 'json'): string {
  const q = new URLSearchParams({ indicator });
  if (range) {
    q.set('from', String(range.from));
    q.set('to', String(range.to));
  }
  if (format === 'csv') q.set('format', 'csv');
  return `/api/convergence?${q}`;
}
