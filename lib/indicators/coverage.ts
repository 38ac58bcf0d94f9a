/** How much of each indicator's expected province × year grid has a published value. */
import { PROVINCES } from '../regions/provinces';
import { CHINA_CODE, type Dataset, type Indicator } from './schema';

interface Coverage {
  indicator: string;
  expected: number;
  /** Published values (estimates not counted). */
  filled: number;
  /** Gaps filled with a marked estimate. */
  estimated: number;
  percent: number;
  nationalYears: number;
  /** Province name → the expected years with no published value */
  gaps: Record<string, number[]>;
}

export function expectedYears(i: Indicator): number[] {
  if (i.census_years) return i.census_years;
  const [from, to] = i.coverage_years ?? i.years;
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

export function coverageOf(dataset: Dataset, indicator: Indicator): Coverage {
  const years = expectedYears(indicator);
  const series = dataset.series[indicator.id] ?? {};
  const gaps: Record<string, number[]> = {};
  let filled = 0;
  let estimated = 0;
  for (const p of PROVINCES) {
    const obs = series[p.code] ?? [];
    const have = new Set(obs.filter((o) => !o.estimate).map((o) => o.year));
    estimated += obs.filter((o) => o.estimate && years.includes(o.year)).length;
    const missing = years.filter((y) => !have.has(y));
    filled += years.length - missing.length;
    if (missing.length > 0) gaps[p.name_en] = missing;
  }
  const expected = years.length * PROVINCES.length;
  const national = new Set((series[CHINA_CODE] ?? []).filter((o) => !o.estimate).map((o) => o.year));
  return {
    indicator: indicator.id,
    expected,
    filled,
    estimated,
    percent: Math.round((filled / expected) * 1000) / 10,
    nationalYears: years.filter((y) => national.has(y)).length,
    gaps,
  };
}

/** "2000–2004, 2006, 2008–2010" */
export function formatYearRuns(years: number[]): string {
  const runs: string[] = [];
  let start = years[0];
  for (let i = 1; i <= years.length; i++) {
    if (years[i] !== years[i - 1] + 1) {
      runs.push(start === years[i - 1] ? String(start) : `${start}–${years[i - 1]}`);
      start = years[i];
    }
  }
  return years.length ? runs.join(', ') : '';
}
