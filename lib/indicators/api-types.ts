/** The shapes the indicator API serves, as the client reads them. */
import type { Citation, Indicator, Observation } from './schema';
import type { RegionRef } from './regions';
import type { ConvergenceReport, YearCoverage } from '../inequality/report';
import type { EconomicRegion } from '../regions/provinces';

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
  /** Every citation record is in the values panel (`citations`), which the page fetches once its scripts run. */
  /** The values panel's content-hashed, immutable URL (GET /api/panel/v/<hash>). */
  panel: string;
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

/**
 * GET /api/convergence?indicator=…&from=…&to=…: every inequality measure across the 31 provinces for
 * the complete years from–to (lib/inequality/report.ts), with the method, the members and the sources.
 */
export interface ConvergenceResponse extends ConvergenceReport {
  indicator: string;
  indicator_info: Pick<Indicator, 'label_en' | 'label_zh' | 'unit_en' | 'unit_zh' | 'decimals'>;
  /** What the measures are weighted by. */
  weights: { indicator: string; description: string };
  method: string;
  members: ConvergenceMember[];
  /** Years with a value for every province (any of them may be from or to), and the years left out with the provinces they lack. */
  complete_years: YearCoverage['complete'];
  excluded_years: YearCoverage['partial'];
  sources: Record<string, Citation>;
}

export interface ConvergenceMember {
  code: string;
  name_en: string;
  name_zh: string;
  region: EconomicRegion;
  coastal: boolean;
}

/**
 * GET /api/panel/v/<hash> (named by the catalogue's `panel`): every indicator × year × place in one
 * compact, immutable body, so the map's switches and scrubs and the chart, scatter and table views
 * read any combination without another request. Matrices are [year index][place index].
 */
export interface ValuesPanel {
  /** Region codes (China, the groups, the provinces), the columns of every matrix. */
  places: string[];
  indicators: Record<string, PanelIndicator>;
  citations: Record<string, Citation>;
  /** The distinct notes and methods the cells name (by index), each written once. */
  texts: string[];
}

export interface PanelIndicator {
  /** The rows of the matrices: every year of the indicator's span, ascending. */
  years: number[];
  /** `null` where no figure was found: a gap stays a gap. */
  values: (number | null)[][];
  /** Cells holding an estimate or a modeled value, as [year index, place index, index of its method in `texts`]. */
  estimates: [number, number, number][];
  /** Group values this project computed from members, as [year index, place index, index of the method in `texts`]. */
  computed: [number, number, number][];
  /** Cells with a note (a vintage, a revision), as [year index, place index, index of the note in `texts`]. */
  notes: [number, number, number][];
  /** The distinct lists of citation ids, and per cell the index of its list (-1 where there is no value). */
  source_sets: string[][];
  sources: number[][];
}
