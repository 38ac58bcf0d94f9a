/**
 * "Are gaps starting to close?": the spread of a per-capita indicator across the 31 provinces over
 * time (coefficient of variation, unweighted) and the coastal/inland ratio of the group values.
 */
import { PROVINCE_CODES } from '../regions/provinces';
import { observationAt } from './observation-at';
import type { Dataset } from './schema';

export interface ConvergencePoint {
  year: number;
  /** Standard deviation ÷ mean of the 31 provincial values (population standard deviation). */
  cv: number;
  /** Coastal group value ÷ inland group value (each computed from members), null if either is missing. */
  coastal_inland_ratio: number | null;
  /** How many of the values are marked estimates. */
  estimates: number;
}

export const CONVERGENCE_METHOD =
  'Coefficient of variation: population standard deviation of the 31 provincial values divided by their mean (each province counts once). ' +
  'Coastal/inland ratio: the coastal group value divided by the inland group value, each computed from the members as the ratio of summed totals. ' +
  'Only years with a value for every province are shown.';

export function convergence(dataset: Dataset, indicatorId: string): ConvergencePoint[] {
  const series = dataset.series[indicatorId] ?? {};
  const years = new Set(Object.values(series).flatMap((obs) => obs.map((o) => o.year)));
  const at = (code: string, year: number) => observationAt(series[code], year);
  return [...years]
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const obs = PROVINCE_CODES.map((c) => at(c, year));
      if (obs.some((o) => !o)) return [];
      const values = obs.map((o) => o!.value);
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
      const coastal = at('coastal', year)?.value;
      const inland = at('inland', year)?.value;
      return [
        {
          year,
          cv: Math.round((sd / mean) * 1000) / 1000,
          coastal_inland_ratio: coastal && inland ? Math.round((coastal / inland) * 1000) / 1000 : null,
          estimates: obs.filter((o) => o!.estimate).length,
        },
      ];
    });
}
