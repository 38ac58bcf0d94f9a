/**
 * Which indicators the inequality measures apply to, read from the indicator itself: a total (its
 * group values are sums: GDP, population, retail sales) measures size, and its spread across
 * provinces mostly measures how big provinces are; only per-capita figures and rates (group values
 * a ratio of sums or a weighted rate, or no group value at all: densities, modeled per-resident
 * light) are compared across provinces. Population-weighting a total would also count each
 * province's size twice.
 */
import type { Indicator } from '../indicators/schema';

export type MeasureKind = 'total' | 'rate';

export const measureKind = (indicator: Pick<Indicator, 'aggregation'>): MeasureKind => (indicator.aggregation?.method === 'sum' ? 'total' : 'rate');

/** Null when the measures apply, else why not (for the API's 400). */
export function whyNotMeasurable(indicator: Pick<Indicator, 'id' | 'aggregation'>): string | null {
  return measureKind(indicator) === 'total'
    ? `${indicator.id} is a total (its group values are sums); inequality across provinces is measured only for per-capita and rate indicators`
    : null;
}
