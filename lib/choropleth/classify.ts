/**
 * Class breaks for a choropleth: quantiles (equal counts), equal intervals, or natural breaks
 * (ckmeans: optimal 1-D k-means). Breaks are the interior thresholds, ascending and distinct;
 * a value v falls in class i where breaks[i-1] <= v < breaks[i].
 */
import { ckmeans, quantileSorted } from 'simple-statistics';

export const CLASSIFICATIONS = ['quantile', 'equal', 'ckmeans'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export function classBreaks(values: readonly number[], method: Classification, classes = 5): number[] {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const distinct = new Set(sorted).size;
  const k = Math.min(classes, distinct);
  if (k < 2) return [];
  let breaks: number[];
  if (method === 'quantile') {
    breaks = Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / k));
  } else if (method === 'equal') {
    const [min, max] = [sorted[0], sorted.at(-1)!];
    breaks = Array.from({ length: k - 1 }, (_, i) => min + ((i + 1) * (max - min)) / k);
  } else {
    breaks = ckmeans(sorted, k)
      .slice(1)
      .map((cluster) => cluster[0]);
  }
  const result = [...new Set(breaks)].filter((b) => b > sorted[0]).sort((a, b) => a - b);
  // Heavy ties can swallow every quantile break; still separate the lowest value from the rest.
  return result.length > 0 ? result : [sorted.find((v) => v > sorted[0])!];
}

/** The class index of a value given its breaks (0 … breaks.length). */
export function classOf(value: number, breaks: readonly number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]) i++;
  return i;
}
