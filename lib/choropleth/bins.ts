/**
 * The bins of a choropleth — breaks and colours — from which both the map's fill expression and
 * the legend are made, so the two can never disagree.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
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

/** Fill colour by the `value` feature-state: the bin's colour, or the no-data grey. */
export function fillExpression(bins: Bins | null): ExpressionSpecification {
  if (!bins) return ['literal', NO_DATA_COLOR] as unknown as ExpressionSpecification;
  const value: ExpressionSpecification = ['feature-state', 'value'];
  const step: unknown[] = ['step', ['to-number', value], bins.colors[0]];
  bins.breaks.forEach((b, i) => step.push(b, bins.colors[i + 1]));
  return ['case', ['==', ['typeof', value], 'number'], step, NO_DATA_COLOR] as unknown as ExpressionSpecification;
}

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
