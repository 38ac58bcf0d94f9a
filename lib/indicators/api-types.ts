/** The shapes the indicator API serves, as the client reads them. */
import type { Citation, Indicator, Observation } from './schema';
import type { RegionRef } from './regions';
import type { ConvergencePoint } from './convergence';

export interface CatalogueIndicator extends Indicator {
  group_method: string | null;
  years_with_data: number[];
  /** Published province-year values within the expected years, marked estimates beside them, and the share filled. */
  coverage: { province_values: number; province_estimates: number; province_years_expected: number; percent: number };
  sources: string[];
  url: string;
}

export interface Catalogue {
  indicators: CatalogueIndicator[];
  regions: readonly RegionRef[];
  citations: Record<string, Citation>;
}

export interface IndicatorValue extends RegionRef {
  value: number | null;
  sources: string[];
  note?: string;
  computed?: { method: string };
  estimate?: { method: string };
}

export interface IndicatorYear {
  indicator: CatalogueIndicator;
  year: number;
  values: IndicatorValue[];
  sources: Record<string, Citation>;
}

export type RegionObservation = Observation;

export interface RegionSeries extends RegionRef {
  series: Record<string, RegionObservation[]>;
  /** Provinces only: rank among the provinces with a value, per year. */
  ranks?: Record<string, RankPoint[]>;
  sources: Record<string, Citation>;
}

/** A province's rank among the provinces in one year; `estimate` when any value ranked is an estimate. */
export interface RankPoint {
  year: number;
  rank: number;
  of: number;
  estimate?: true;
}

/** GET /api/convergence: the spread across provinces per year, with its method. */
export interface ConvergenceResponse {
  indicator: CatalogueIndicator;
  method: string;
  points: ConvergencePoint[];
}

/**
 * GET /api/panel: every indicator × year × place in one compact body, so the chart, scatter and
 * table views read any combination without another request. Matrices are [year index][place index].
 */
export interface ValuesPanel {
  /** Region codes (China, the groups, the provinces), the columns of every matrix. */
  places: string[];
  indicators: Record<string, PanelIndicator>;
  citations: Record<string, Citation>;
}

export interface PanelIndicator {
  /** The rows of the matrices: every year of the indicator's span, ascending. */
  years: number[];
  /** `null` where no figure was found: a gap stays a gap. */
  values: (number | null)[][];
  /** Cells holding an estimate or a modeled value, as [year index, place index]. */
  estimates: [number, number][];
  /** The distinct lists of citation ids, and per cell the index of its list (-1 where there is no value). */
  source_sets: string[][];
  sources: number[][];
}
