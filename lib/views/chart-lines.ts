/**
 * The chart view's lines: one indicator over time for the chosen places, absolute or relative to
 * China = 100, with estimates on their own (dashed) keys and gaps left as gaps.
 */
import type { RegionObservation, ValuesPanel } from '../indicators/api-types';
import { CHINA_CODE } from '../regions/provinces';
import { panelCell, panelSeries, panelYears } from '../indicators/panel';
import { trendRows, type TrendRow } from '../charts/region-series';
import type { ChartMode } from '../url/view-state';

export interface ChartLine {
  code: string;
  /** The last point drawn, where the line's label goes; null when the place has no value in the range. */
  last: { year: number; value: number } | null;
  hasEstimates: boolean;
}

export interface ChartLines {
  rows: TrendRow<string>[];
  lines: ChartLine[];
  /** Census-style indicators have values only in some years: drawn as points joined across the years between. */
  sparse: boolean;
}

/** Each place's value ÷ China's in the same year × 100; a year without China's value is a gap, an estimate on either side makes an estimate. */
function relativeToChina(panel: ValuesPanel, indicator: string, series: RegionObservation[]): RegionObservation[] {
  return series.flatMap((o) => {
    const china = panelCell(panel, indicator, CHINA_CODE, o.year);
    if (!china || china.value === 0) return [];
    const estimate = o.estimate ?? (china.estimate ? { method: 'relative to an estimate' } : undefined);
    return [{ ...o, value: (o.value / china.value) * 100, ...(estimate ? { estimate } : {}) }];
  });
}

export function chartLines(panel: ValuesPanel, indicator: string, places: readonly string[], from: number, to: number, mode: ChartMode): ChartLines {
  const inRange = panelYears(panel, indicator).filter((y) => y >= from && y <= to);
  const series = Object.fromEntries(
    places.map((code) => {
      const s = panelSeries(panel, indicator, code, from, to);
      return [code, mode === 'relative' ? relativeToChina(panel, indicator, s) : s];
    }),
  );
  const yearsWithValues = new Set(Object.values(series).flatMap((s) => s.map((o) => o.year)));
  // Annual indicators get a row for every year, so a missing year breaks the line.
  const sparse = yearsWithValues.size > 0 && yearsWithValues.size <= inRange.length / 2;
  const byYear = new Map(trendRows<string>(series).map((r) => [r.year, r]));
  const rows = (sparse ? [...yearsWithValues].sort((a, b) => a - b) : inRange).map((year) => byYear.get(year) ?? { year });
  const lines = places.map((code): ChartLine => {
    const last = series[code].at(-1);
    return { code, last: last ? { year: last.year, value: last.value } : null, hasEstimates: series[code].some((o) => o.estimate) };
  });
  return { rows, lines, sparse };
}

/**
 * Label positions at the lines' ends (pixels, top to bottom), moved apart so no two are closer than
 * `gap` and kept within [min, max]; labels keep their order.
 */
export function spreadLabels(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => Math.min(max, Math.max(min, o.y)));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
  // Pushed past the bottom: shift the overflowing run back up.
  for (let k = placed.length - 1; k >= 0 && placed[k] > max; k--) {
    placed[k] = k === placed.length - 1 ? max : Math.min(placed[k], placed[k + 1] - gap);
  }
  for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k], placed[k + 1] - gap);
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = placed[k]));
  return out;
}
