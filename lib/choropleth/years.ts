/** The year a view should show when the indicator changes: the same year if it has data, else the nearest. */
export function nearestYear(years: readonly number[], wanted: number | null): number | null {
  if (years.length === 0) return null;
  if (wanted === null) return years.at(-1)!;
  return years.reduce((best, y) =>
    Math.abs(y - wanted) < Math.abs(best - wanted) || (Math.abs(y - wanted) === Math.abs(best - wanted) && y > best) ? y : best,
  );
}
