/**
 * What a view's choropleth shows: the bins, each province's colour, the provinces the filters dim
 * and the legend rows, computed once from the same bins. The map, the legend, the PNG export and the
 * link preview all read this (and so should a server-drawn first map), so they cannot disagree. Pure
 * (no React, DOM or Node) because it runs in the browser and on the server alike.
 */
import type { Indicator } from '../indicators/schema';
import { colorFor, legendRows, makeBins, type Bins, type LegendRow } from './bins';
import type { Classification } from './classify';
import { dimmedProvinces, type GroupFilter, type ValueRange } from './filters';
import { paletteFor } from './palette';
import { changeValues, nationalChange, type ChangeInput } from './change-map';
import { divergingBins, divergingLegendRows } from './diverging';
import type { ChangeKind } from '../url/view-state';

export interface ViewChoroplethInput {
  /** Each province's value in the view's year, by code; null where it has none. */
  values: ReadonlyMap<string, number | null>;
  indicator: Pick<Indicator, 'higher_is_better'>;
  classification: Classification;
  filters: { group: GroupFilter; range: ValueRange | null };
  /** Legend labels are in the view's language: how to write a value (a change, on the change map), and what to call a missing one. */
  legend: { format: (value: number) => string; noDataLabel: string };
  /** The change map: colour each province by its change from `from` instead of its value. */
  change?: ChangeInput | null;
}

/** What the change map's legend says about its colours. */
export interface ChoroplethChange {
  kind: ChangeKind;
  from: number;
  to: number;
  /** The value the colours diverge from: China's own change, or 0 without a national figure for both years. */
  centre: number;
  national: boolean;
  /** Provinces without a change (a value missing in either year). */
  missing: number;
}

export interface ViewChoropleth {
  /** The input values, unchanged (the map keeps them as feature-state beside the colours). */
  values: ReadonlyMap<string, number | null>;
  bins: Bins | null;
  /** Each province's fill colour by code (the no-data grey where it has no value): the map, the first map, the legend and the preview all paint these. */
  colors: ReadonlyMap<string, string>;
  dimmed: ReadonlySet<string>;
  legend: LegendRow[];
  /** Set on the change map. */
  change: ChoroplethChange | null;
}

export function viewChoropleth({ values, indicator, classification, filters, legend, change }: ViewChoroplethInput): ViewChoropleth {
  if (change) return changeChoropleth(values, change, filters.group, legend);
  const bins = makeBins([...values.values()], classification, paletteFor(indicator.higher_is_better));
  return {
    values,
    bins,
    colors: new Map([...values].map(([code, value]) => [code, colorFor(value, bins)])),
    dimmed: dimmedProvinces(values, filters.group, filters.range),
    legend: legendRows(bins, legend.format, legend.noDataLabel),
    change: null,
  };
}

/**
 * Each province coloured by its change, diverging from China's change. The value range filter is in
 * the indicator's units and does not apply to changes; the region group still dims.
 */
function changeChoropleth(
  end: ReadonlyMap<string, number | null>,
  input: ChangeInput,
  group: GroupFilter,
  legend: ViewChoroplethInput['legend'],
): ViewChoropleth {
  const values = changeValues(end, input);
  const national = nationalChange(input);
  const centre = national ?? 0;
  const bins = divergingBins([...values.values()], centre);
  return {
    values,
    bins,
    colors: new Map([...values].map(([code, value]) => [code, colorFor(value, bins)])),
    dimmed: dimmedProvinces(values, group, null),
    legend: divergingLegendRows(bins, legend.format, legend.noDataLabel),
    change: {
      kind: input.kind,
      from: input.from,
      to: input.to,
      centre,
      national: national !== null,
      missing: [...values.values()].filter((v) => v === null).length,
    },
  };
}
