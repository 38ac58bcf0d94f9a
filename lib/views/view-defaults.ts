/** What a view shows when its link leaves a setting out (the URL omits defaults, so they live here, once). */
import { CHINA_CODE, provinceByCode } from '../regions/provinces';
import { groupById } from '../indicators/groups';
import { NO_SIZE, type ViewState } from '../url/view-state';
import type { ScatterAxes } from './scatter-points';

/** The chart's places: the link's, else China, coastal and inland, plus the open province or group. */
export function chartPlaces(state: Pick<ViewState, 'places' | 'region'>): string[] {
  if (state.places.length) return state.places;
  const open = state.region && (provinceByCode(state.region) || groupById(state.region)) ? [state.region] : [];
  return [...new Set([CHINA_CODE, 'coastal', 'inland', ...open])];
}

/** Education against income by default: the brief's claim that human capital drives inland gains. */
const DEFAULT_X = 'tertiary_education';
const FALLBACK_X = 'gdp_per_capita';
const DEFAULT_SIZE = 'population';

export function scatterAxes(state: Pick<ViewState, 'x' | 'y' | 'size' | 'log' | 'indicator'>): ScatterAxes {
  const y = state.y ?? state.indicator;
  const x = state.x ?? (y === DEFAULT_X ? FALLBACK_X : DEFAULT_X);
  const size = state.size === NO_SIZE ? null : (state.size ?? DEFAULT_SIZE);
  return { x, y, size, log: state.log };
}

/** The start year of a range: the link's, else the indicator's first year. */
export const startYear = (state: Pick<ViewState, 'from'>, years: readonly number[]): number | null => state.from ?? years[0] ?? null;

/** The scatter's year: the link's, kept within the years either axis has (else the latest of them). */
export function scatterYear(wanted: number | null, xYears: readonly number[], yYears: readonly number[]): number | null {
  const years = [...xYears, ...yYears];
  if (years.length === 0) return null;
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Math.min(Math.max(wanted ?? last, first), last);
}
