/**
 * Bins for the change map: classes symmetric about a centre (China's own change, or zero), so that
 * one hue means "more than the country" and the other "less". The distances from the centre are the
 * terciles of the provinces' distances (each side's classes hold about as many provinces as the
 * spread allows, an outlier cannot flatten the rest), rounded to two significant digits. Colours are
 * ColorBrewer PuOr: orange below the centre, purple above, darker further away.
 */
import { quantileSorted } from 'simple-statistics';
import { schemePuOr } from 'd3-scale-chromatic';
import { NO_DATA_COLOR } from './palette';
import type { Bins, LegendRow } from './bins';

export interface DivergingBins extends Bins {
  centre: number;
}

/** Two significant digits: 0.0347 → 0.035, 312.4 → 310. */
export const twoDigits = (v: number) => (v === 0 ? 0 : Number(v.toPrecision(2)));

/** Low to high: orange to purple (d3 lists PuOr from purple). 2, 4 or 6 colours. */
function colors(count: number): string[] {
  if (count === 2) return [schemePuOr[3]![2], schemePuOr[3]![0]];
  return [...schemePuOr[count]!].reverse();
}

export function divergingBins(values: readonly (number | null)[], centre: number): DivergingBins | null {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return null;
  const distances = present.map((v) => Math.abs(v - centre)).sort((a, b) => a - b);
  const steps = [...new Set([quantileSorted(distances, 1 / 3), quantileSorted(distances, 2 / 3)].map(twoDigits))].filter((d) => d > 0).sort((a, b) => a - b);
  const clean = (v: number) => Number(v.toPrecision(12));
  const breaks = [...steps.map((d) => clean(centre - d)).reverse(), centre, ...steps.map((d) => clean(centre + d))];
  return { breaks, colors: colors(breaks.length + 1), min: Math.min(...present), max: Math.max(...present), centre };
}

/** "< a", "a – b" …, "≥ z": the outer classes are open (their values may lie anywhere beyond the last break), then no data. */
export function divergingLegendRows(bins: DivergingBins | null, format: (v: number) => string, noDataLabel: string): LegendRow[] {
  const rows: LegendRow[] = [];
  if (bins) {
    const { breaks } = bins;
    bins.colors.forEach((color, i) => {
      const label = i === 0 ? `< ${format(breaks[0])}` : i === breaks.length ? `≥ ${format(breaks[i - 1])}` : `${format(breaks[i - 1])} – ${format(breaks[i])}`;
      rows.push({ label, color });
    });
  }
  rows.push({ label: noDataLabel, color: NO_DATA_COLOR });
  return rows;
}
