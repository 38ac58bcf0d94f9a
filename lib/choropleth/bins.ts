/**
 * The bins of a choropleth — breaks and colours — from which each province's colour and the legend
 * are made, so the two can never disagree.
 */
import { classBreaks, classOf, type Classification } from './classify';
import { NO_DATA_COLOR, paletteColors, type PaletteKind } from './palette';

export interface Bins {
  breaks: number[];
  colors: string[];
  min: number;
  max: number;
}

export function makeBins(values: readonly (number | null)[], method: Classification, palette: PaletteKind, classes = 5): Bins | null {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return null;
  const breaks = classBreaks(present, method, classes);
  return { breaks, colors: paletteColors(palette, breaks.length + 1), min: Math.min(...present), max: Math.max(...present) };
}

export const colorFor = (value: number | null, bins: Bins | null) => (value === null || !bins ? NO_DATA_COLOR : bins.colors[classOf(value, bins.breaks)]);

export interface LegendRow {
  label: string;
  color: string;
}

/** Legend rows: each class's range and colour, then the no-data swatch (its label in the view's language). */
export function legendRows(bins: Bins | null, format: (v: number) => string, noDataLabel: string): LegendRow[] {
  const rows: LegendRow[] = [];
  if (bins) {
    const edges = [bins.min, ...bins.breaks, bins.max];
    bins.colors.forEach((color, i) => rows.push({ label: `${format(edges[i])} – ${format(edges[i + 1])}`, color }));
  }
  rows.push({ label: noDataLabel, color: NO_DATA_COLOR });
  return rows;
}
