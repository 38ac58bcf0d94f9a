/**
 * "Are gaps closing?" for one indicator between two years: every inequality measure of this
 * folder, computed once from the dataset for the API (GET /api/convergence), which the page only
 * reads. Pure: the dataset comes in, plain numbers go out.
 *
 * Members are the 31 provinces; weights their year-end resident population in the same year (the
 * `population` indicator). A year is measured only when every province has both a value and a
 * population ("complete"): dispersion compared across years is then always among the same 31, as
 * PySAL's inequality and giddy classes assume a balanced n × t array.
 */
import { PROVINCES, type EconomicRegion } from '../regions/provinces';
import { observationAt } from '../indicators/observation-at';
import type { Dataset, Observation } from '../indicators/schema';
import { sdOfLogs, weightedCv } from './dispersion';
import { weightedGini } from './gini';
import { lorenzCurve, type LorenzPoint } from './lorenz';
import { theilDecomposition, type TheilGroup } from './theil';
import { betaConvergence, type BetaConvergence } from './beta-convergence';
import { sigmaTrend, type SigmaTrend } from './sigma-convergence';
import { MOVED_PLACES, rankMobility, type RankMove } from './rank-mobility';
import { unweighted } from './units';
import { ranks } from '../choropleth/rank';

export const WEIGHT_INDICATOR = 'population';

export interface TheilYear {
  total: number;
  between_regions: number;
  within_regions: number;
  between_coastal: number;
  within_coastal: number;
}

export interface InequalityYear {
  year: number;
  /** Provinces measured (always 31: only complete years are measured). */
  n: number;
  /** Population-weighted coefficient of variation (Williamson). */
  cv_weighted: number;
  /** Each province counted once. */
  cv_unweighted: number;
  /** Standard deviation of ln values, unweighted: classic sigma. */
  sd_log: number;
  /** Population-weighted Gini. */
  gini: number;
  theil: TheilYear;
  /** Each group's population share, share of the total and own Theil: the terms of the decompositions. */
  theil_groups: { regions: TheilGroup[]; coastal: TheilGroup[] };
  /** The coastal group's value ÷ the inland group's (each computed from its members, as the indicator API serves them); null without both. */
  coastal_inland_ratio: number | null;
  /** How many of the year's 31 values are Hinterland estimates. */
  estimates: number;
}

export interface ProvinceRanks extends RankMove {
  /** Rank in each year of `years`, in that order. */
  ranks: number[];
}

export interface ConvergenceReport {
  from: number;
  to: number;
  years: InequalityYear[];
  lorenz: { year: number; points: LorenzPoint[] };
  sigma: { cv_weighted: SigmaTrend | null; gini: SigmaTrend | null; sd_log: SigmaTrend | null };
  beta: BetaConvergence | null;
  rank_mobility: {
    kendall_tau: number;
    moved_3_plus: number;
    moved_places: number;
    n: number;
    concordant: number;
    discordant: number;
    ties_from: number;
    ties_to: number;
    provinces: ProvinceRanks[];
  };
  /** Every citation id behind the values, and behind the populations used as weights. */
  source_ids: { values: string[]; weights: string[] };
}

export interface YearCoverage {
  /** Years with a value and a population for every province. */
  complete: number[];
  /** Years in which some provinces have a value but not all, with the provinces that lack one. */
  partial: { year: number; missing: string[] }[];
}

interface Cell {
  code: string;
  region: EconomicRegion;
  coastal: boolean;
  value: Observation;
  population: Observation;
}

function cellsOf(dataset: Dataset, indicatorId: string, year: number): { cells: Cell[]; missing: string[] } {
  const cells: Cell[] = [];
  const missing: string[] = [];
  for (const p of PROVINCES) {
    const value = observationAt(dataset.series[indicatorId]?.[p.code], year);
    const population = observationAt(dataset.series[WEIGHT_INDICATOR]?.[p.code], year);
    if (value && population) cells.push({ code: p.code, region: p.region, coastal: p.coastal, value, population });
    else missing.push(p.code);
  }
  return { cells, missing };
}

/** The provinces without a value or a population in a year (all 31 for a year the indicator has no data in). */
export const missingProvinces = (dataset: Dataset, indicatorId: string, year: number): string[] => cellsOf(dataset, indicatorId, year).missing;

export function yearCoverage(dataset: Dataset, indicatorId: string): YearCoverage {
  const years = new Set<number>();
  for (const p of PROVINCES) for (const o of dataset.series[indicatorId]?.[p.code] ?? []) years.add(o.year);
  const coverage: YearCoverage = { complete: [], partial: [] };
  for (const year of [...years].sort((a, b) => a - b)) {
    const { missing } = cellsOf(dataset, indicatorId, year);
    if (missing.length === 0) coverage.complete.push(year);
    else coverage.partial.push({ year, missing });
  }
  return coverage;
}

const units = (cells: readonly Cell[]) => cells.map((c) => ({ code: c.code, value: c.value.value, weight: c.population.value, cell: c }));

function groupRatio(dataset: Dataset, indicatorId: string, year: number): number | null {
  const [coastal, inland] = ['coastal', 'inland'].map((g) => observationAt(dataset.series[indicatorId]?.[g], year)?.value);
  return coastal !== undefined && inland ? coastal / inland : null;
}

/** Every measure of one complete year. */
export function inequalityYear(dataset: Dataset, indicatorId: string, year: number): InequalityYear {
  const { cells, missing } = cellsOf(dataset, indicatorId, year);
  if (missing.length) throw new RangeError(`${indicatorId} ${year} lacks ${missing.length} provinces`);
  const u = units(cells);
  const regions = theilDecomposition(u, (x) => x.cell.region);
  const coastal = theilDecomposition(u, (x) => (x.cell.coastal ? 'coastal' : 'inland'));
  const values = cells.map((c) => c.value.value);
  return {
    year,
    n: cells.length,
    cv_weighted: weightedCv(u),
    cv_unweighted: weightedCv(unweighted(values)),
    sd_log: sdOfLogs(values),
    gini: weightedGini(u),
    theil: {
      total: regions.total,
      between_regions: regions.between,
      within_regions: regions.within,
      between_coastal: coastal.between,
      within_coastal: coastal.within,
    },
    theil_groups: { regions: regions.groups, coastal: coastal.groups },
    coastal_inland_ratio: groupRatio(dataset, indicatorId, year),
    estimates: cells.filter((c) => c.value.estimate).length,
  };
}

/**
 * The report for `from`–`to`, both complete years with from < to (the API checks this first and
 * answers a 400 otherwise). `measured` gives the per-year measures (the store memoises them).
 */
export function convergenceReport(
  dataset: Dataset,
  indicatorId: string,
  from: number,
  to: number,
  measured: (year: number) => InequalityYear = (year) => inequalityYear(dataset, indicatorId, year),
): ConvergenceReport {
  const complete = yearCoverage(dataset, indicatorId).complete.filter((y) => y >= from && y <= to);
  if (!complete.includes(from) || !complete.includes(to) || from >= to) throw new RangeError(`${from}–${to} is not a range of complete years`);
  const years = complete.map(measured);
  const start = cellsOf(dataset, indicatorId, from).cells;
  const end = new Map(cellsOf(dataset, indicatorId, to).cells.map((c) => [c.code, c]));
  const lorenz = { year: to, points: lorenzCurve(units([...end.values()])) };
  const series = (pick: (y: InequalityYear) => number) => years.map((y) => ({ year: y.year, value: pick(y) }));
  const beta = betaConvergence(
    start.map((c) => ({ code: c.code, initial: c.value.value, final: end.get(c.code)!.value.value })),
    to - from,
  );
  const mobility = rankMobility(start.map((c) => ({ code: c.code, from: c.value.value, to: end.get(c.code)!.value.value })));
  const ranksByYear = complete.map((year) => ranks(new Map(cellsOf(dataset, indicatorId, year).cells.map((c) => [c.code, c.value.value]))));
  const provinces = mobility.moves.map((m) => ({ ...m, ranks: ranksByYear.map((r) => r.get(m.code)!) }));
  const [valueSources, weightSources] = [new Set<string>(), new Set<string>()];
  for (const year of complete) {
    for (const c of cellsOf(dataset, indicatorId, year).cells) {
      c.value.sources.forEach((s) => valueSources.add(s));
      c.population.sources.forEach((s) => weightSources.add(s));
    }
  }
  return {
    from,
    to,
    years,
    lorenz,
    sigma: { cv_weighted: sigmaTrend(series((y) => y.cv_weighted)), gini: sigmaTrend(series((y) => y.gini)), sd_log: sigmaTrend(series((y) => y.sd_log)) },
    beta,
    rank_mobility: {
      kendall_tau: mobility.tau,
      moved_3_plus: mobility.moved_3_plus,
      moved_places: MOVED_PLACES,
      n: mobility.n,
      concordant: mobility.concordant,
      discordant: mobility.discordant,
      ties_from: mobility.ties_first,
      ties_to: mobility.ties_second,
      provinces,
    },
    source_ids: { values: [...valueSources].sort(), weights: [...weightSources].sort() },
  };
}
