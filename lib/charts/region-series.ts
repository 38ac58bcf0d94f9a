/** Shapes region series from the API into rows the charts draw. Pure, so it is tested on its own. */
import type { RegionObservation } from '../indicators/api-types';

export type ComparisonKey = 'province' | 'china' | 'region' | 'coastal' | 'inland';

/** One row per year with each comparison's value (absent keys = no value that year). */
export function trendRows(series: Partial<Record<ComparisonKey, RegionObservation[] | undefined>>): Array<{ year: number } & Partial<Record<ComparisonKey, number>>> {
  const byYear = new Map<number, { year: number } & Partial<Record<ComparisonKey, number>>>();
  for (const [key, obs] of Object.entries(series) as Array<[ComparisonKey, RegionObservation[] | undefined]>) {
    for (const o of obs ?? []) {
      const row = byYear.get(o.year) ?? { year: o.year };
      row[key] = o.value;
      byYear.set(o.year, row);
    }
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The value in `year`, or else the latest one before it (with the year it is from). */
export function valueAtOrBefore(obs: readonly RegionObservation[] | undefined, year: number): RegionObservation | undefined {
  return [...(obs ?? [])].filter((o) => o.year <= year).sort((a, b) => b.year - a.year)[0];
}

export interface ProfileRow {
  id: string;
  label: string;
  /** Province value as % of the national value in the same year. */
  index: number;
  year: number;
}

/** Every indicator for the year (or the latest year before it) relative to China = 100. */
export function profileRows<I extends { id: string; label_en: string }>(
  indicators: readonly I[],
  province: Record<string, RegionObservation[]>,
  china: Record<string, RegionObservation[]>,
  year: number,
  labelOf: (indicator: I) => string = (i) => i.label_en,
): ProfileRow[] {
  return indicators.flatMap((i) => {
    const p = valueAtOrBefore(province[i.id], year);
    const n = p && china[i.id]?.find((o) => o.year === p.year);
    if (!p || !n || n.value === 0) return [];
    return [{ id: i.id, label: labelOf(i), index: Math.round((p.value / n.value) * 1000) / 10, year: p.year }];
  });
}
