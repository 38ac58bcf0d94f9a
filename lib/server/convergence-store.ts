/**
 * GET /api/convergence's answers: the per-year measures of an indicator computed once (memoised,
 * the inputs are allow-listed ids and years), each from–to report and its body kept in a bounded LRU.
 */
import { createLruCache } from '../cache/lru-cache';
import { memoByKey } from '../cache/memo';
import { prepareBody, type PreparedBody } from '../http/prepared-body';
import { CACHE_CONTROL, CONTENT_TYPE } from '../http/response-kinds';
import type { ConvergenceResponse } from '../indicators/api-types';
import type { Indicator } from '../indicators/schema';
import { convergenceCsv } from '../inequality/csv';
import { CONVERGENCE_METHOD } from '../inequality/method';
import type { ConvergenceFormat, ConvergenceQueryContext } from '../inequality/query';
import {
  convergenceReport,
  inequalityYear,
  missingProvinces,
  WEIGHT_INDICATOR,
  yearCoverage,
  type InequalityYear,
  type YearCoverage,
} from '../inequality/report';
import { PROVINCES } from '../regions/provinces';
import { citationsFor, dataset } from './indicator-store';

const memoYear = memoByKey<InequalityYear>();
const memoCoverage = memoByKey<YearCoverage>();

export const coverageOf = (indicatorId: string): YearCoverage => memoCoverage(indicatorId, () => yearCoverage(dataset(), indicatorId));

export const convergenceQueryContext = (): ConvergenceQueryContext => ({
  indicators: dataset().indicators,
  coverage: coverageOf,
  missing: (id, year) => missingProvinces(dataset(), id, year),
});

const MEMBERS = PROVINCES.map(({ code, name_en, name_zh, region, coastal }) => ({ code, name_en, name_zh, region, coastal }));

/** Every measure for from–to; both must be complete years with from < to (parseConvergenceQuery checks). */
export function convergenceResponse(i: Indicator, from: number, to: number): ConvergenceResponse {
  const report = convergenceReport(dataset(), i.id, from, to, (year) => memoYear(`${i.id}/${year}`, () => inequalityYear(dataset(), i.id, year)));
  const coverage = coverageOf(i.id);
  return {
    indicator: i.id,
    indicator_info: { label_en: i.label_en, label_zh: i.label_zh, unit_en: i.unit_en, unit_zh: i.unit_zh, decimals: i.decimals },
    from: report.from,
    to: report.to,
    years: report.years,
    beta: report.beta,
    rank_mobility: report.rank_mobility,
    sigma: report.sigma,
    lorenz: report.lorenz,
    weights: {
      indicator: WEIGHT_INDICATOR,
      description: 'Year-end resident population of each province in the same year, as shares of the 31 provinces’ total.',
    },
    method: CONVERGENCE_METHOD,
    members: MEMBERS,
    complete_years: coverage.complete,
    excluded_years: coverage.partial,
    source_ids: report.source_ids,
    sources: citationsFor([...report.source_ids.values, ...report.source_ids.weights]),
  };
}

// Up to ~17 indicators × 190 year pairs × 2 formats are valid: the recent ones are kept, bounded.
const bodies = createLruCache<PreparedBody>({ maxEntries: 128 });

export function convergenceBody(i: Indicator, from: number, to: number, format: ConvergenceFormat): PreparedBody {
  const key = `${i.id}/${from}/${to}/${format}`;
  const kept = bodies.get(key);
  if (kept) return kept;
  const response = convergenceResponse(i, from, to);
  const body =
    format === 'csv'
      ? prepareBody(
          convergenceCsv(i, response, Object.keys(response.sources), response.method, dataset().citations),
          CONTENT_TYPE.csv,
          CACHE_CONTROL.data,
          'fast',
        )
      : prepareBody(JSON.stringify(response), CONTENT_TYPE.json, CACHE_CONTROL.data, 'fast');
  bodies.set(key, body);
  return body;
}
