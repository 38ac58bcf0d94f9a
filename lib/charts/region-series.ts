/** Shapes region series from the API into rows the charts draw. Pure, so it is tested on its own. */
import type { RankPoint, RegionObservation } from '../indicators/api-types';
import { observationAt } from '../indicators/observation-at';

/** The lines of a region's trend chart; `compare` is the place the reader picked to set beside it. */
export type ComparisonKey = 'province' | 'china' | 'region' | 'coastal' | 'inland' | 'compare';

/** A line's key for its marked estimates, drawn as a separate (dashed) line. */
type EstimateKey<K extends string> = `${K}_estimate`;
export const estimateKey = <K extends string>(key: K): EstimateKey<K> => `${key}_estimate`;

export type TrendRow<K extends string = ComparisonKey> = { year: number } & Partial<Record<K | EstimateKey<K>, number>>;

/**
 * One row per year with each comparison's value (absent keys = no value that year). Marked
 * estimates go under the comparison's estimate key; a published value next to an estimate is on
 * both, so the dashed and the solid line meet.
 */
export function trendRows<K extends string = ComparisonKey>(series: Partial<Record<K, RegionObservation[] | undefined>>): TrendRow<K>[] {
  const byYear = new Map<number, TrendRow<K>>();
  for (const [key, unsorted] of Object.entries(series) as Array<[K, RegionObservation[] | undefined]>) {
    const obs = [...(unsorted ?? [])].sort((a, b) => a.year - b.year);
    obs.forEach((o, i) => {
      const row = byYear.get(o.year) ?? ({ year: o.year } as TrendRow<K>);
      const neighbourEstimated = [obs[i - 1], obs[i + 1]].some((n) => n?.estimate && Math.abs(n.year - o.year) === 1);
      const cells = row as Record<string, number>;
      if (o.estimate || neighbourEstimated) cells[estimateKey(key)] = o.value;
      if (!o.estimate) cells[key] = o.value;
      byYear.set(o.year, row);
    });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Rank rows for the rank chart: ranks that rest on estimates go on the dashed line, like values. */
export function rankRows(ranks: readonly RankPoint[]): TrendRow<'province'>[] {
  const estimate = { method: 'ranked among values of which some are estimates' };
  return trendRows({ province: ranks.map((r) => ({ year: r.year, value: r.rank, sources: [], ...(r.estimate ? { estimate } : {}) })) });
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
    const n = p && observationAt(china[i.id], p.year);
    if (!p || !n || n.value === 0) return [];
    return [{ id: i.id, label: labelOf(i), index: Math.round((p.value / n.value) * 1000) / 10, year: p.year }];
  });
}
