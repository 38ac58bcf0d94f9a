/** The year a temporal layer shows for a timeline year: the nearest inside its span (the latest without one asked). */
export function yearInSpan([first, last]: readonly [number, number], year: number | null | undefined): number {
  return year === null || year === undefined ? last : Math.min(last, Math.max(first, year));
}
