/** A series' observation for one year: the one lookup every reader of the dataset and the API uses. */
export function observationAt<O extends { year: number }>(series: readonly O[] | undefined, year: number): O | undefined {
  // A linear scan: a series holds a few dozen years, and API series are not promised to be sorted.
  return series?.find((o) => o.year === year);
}
