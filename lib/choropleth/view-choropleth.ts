/**
 * What a view's choropleth shows: the bins, each province's colour, the provinces the filters dim
 * and the legend rows, computed once from the same bins. The map, the legend, the PNG export and the
 * link preview all read this (and so should a server-drawn first map), so they cannot disagree. Pure
 * (no React, DOM or Node) because it runs in the browser and on the server alike.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Indicator } from '../indicators/schema';
import { colorFor, fillExpression, legendRows, makeBins, type Bins, type LegendRow } from './bins';
import type { Classification } from './classify';
import { dimmedProvinces, type GroupFilter, type ValueRange } from './filters';
import { paletteFor } from './palette';

export interface ViewChoroplethInput {
  /** Each province's value in the view's year, by code; null where it has none. */
  values: ReadonlyMap<string, number | null>;
  indicator: Pick<Indicator, 'higher_is_better'>;
  classification: Classification;
  filters: { group: GroupFilter; range: ValueRange | null };
  /** Legend labels are in the view's language: how to write a value, and what to call a missing one. */
  legend: { format: (value: number) => string; noDataLabel: string };
}

export interface ViewChoropleth {
  /** The input values, unchanged: the map pushes them as feature-state for `fill` to colour. */
  values: ReadonlyMap<string, number | null>;
  bins: Bins | null;
  /** Each province's fill colour by code (the no-data grey where it has no value). */
  colors: ReadonlyMap<string, string>;
  /** The same colours as a MapLibre fill expression over the `value` feature-state. */
  fill: ExpressionSpecification;
  dimmed: ReadonlySet<string>;
  legend: LegendRow[];
}

export function viewChoropleth({ values, indicator, classification, filters, legend }: ViewChoroplethInput): ViewChoropleth {
  const bins = makeBins([...values.values()], classification, paletteFor(indicator.higher_is_better));
  return {
    values,
    bins,
    colors: new Map([...values].map(([code, value]) => [code, colorFor(value, bins)])),
    fill: fillExpression(bins),
    dimmed: dimmedProvinces(values, filters.group, filters.range),
    legend: legendRows(bins, legend.format, legend.noDataLabel),
  };
}
