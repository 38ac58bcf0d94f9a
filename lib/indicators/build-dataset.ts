/**
 * Turns the source files (catalogue, citations, long-format values) into the validated dataset.
 * Pure: the caller reads the files. Any bad row stops the build with file, line and reason.
 */
import { PROVINCE_CODES } from '../regions/provinces';
import { aggregateGroup } from './aggregate';
import { parsePlainCsv, SourceError } from './csv';
import { GROUPS } from './groups';
import { observationAt } from './observation-at';
import { CHINA_CODE, citationSchema, indicatorSchema, valueRowSchema, type Citation, type Dataset, type Indicator, type Observation } from './schema';

export interface SourceFiles {
  /** geo/sources/indicators.json */
  indicators: { file: string; text: string };
  /** geo/sources/citations/*.json */
  citations: Array<{ file: string; text: string }>;
  /** geo/sources/values/<indicator id>.csv */
  values: Array<{ file: string; indicatorId: string; text: string }>;
}

const VALUE_HEADER = ['code', 'year', 'value', 'source', 'note'];
const KNOWN_CODES = new Set([CHINA_CODE, ...PROVINCE_CODES]);

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SourceError(file, 1, `not valid JSON (${(err as Error).message})`);
  }
}

function readIndicators({ file, text }: SourceFiles['indicators']): Indicator[] {
  const raw = parseJson(file, text);
  if (!Array.isArray(raw)) throw new SourceError(file, 1, 'expected an array of indicators');
  const seen = new Set<string>();
  return raw.map((entry, i) => {
    const parsed = indicatorSchema.safeParse(entry);
    if (!parsed.success)
      throw new SourceError(file, i + 1, `indicator #${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    if (seen.has(parsed.data.id)) throw new SourceError(file, i + 1, `duplicate indicator id "${parsed.data.id}"`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}

function readCitations(files: SourceFiles['citations']): Record<string, Citation> {
  const out: Record<string, Citation> = {};
  for (const { file, text } of files) {
    const raw = parseJson(file, text);
    if (!Array.isArray(raw)) throw new SourceError(file, 1, 'expected an array of citations');
    raw.forEach((entry, i) => {
      const parsed = citationSchema.safeParse(entry);
      if (!parsed.success)
        throw new SourceError(file, i + 1, `citation #${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      if (out[parsed.data.id]) throw new SourceError(file, i + 1, `citation id "${parsed.data.id}" is defined twice`);
      out[parsed.data.id] = parsed.data;
    });
  }
  return out;
}

function readValues({ file, text }: SourceFiles['values'][number], indicator: Indicator, citations: Record<string, Citation>): Record<string, Observation[]> {
  const series: Record<string, Observation[]> = {};
  const seen = new Set<string>();
  for (const { line, fields } of parsePlainCsv(text, file, VALUE_HEADER)) {
    const parsed = valueRowSchema.safeParse(fields);
    if (!parsed.success) throw new SourceError(file, line, parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '));
    const row = parsed.data;
    const [from, to] = indicator.years;
    const [min, max] = indicator.plausible;
    if (!KNOWN_CODES.has(row.code)) throw new SourceError(file, line, `unknown region code ${row.code}`);
    if (row.year < from || row.year > to) throw new SourceError(file, line, `year ${row.year} is outside ${indicator.id}'s range ${from}–${to}`);
    if (row.value < min || row.value > max)
      throw new SourceError(file, line, `value ${row.value} is outside the plausible range ${min}–${max} ${indicator.unit_en}`);
    if (!citations[row.source]) throw new SourceError(file, line, `source "${row.source}" is not defined in geo/sources/citations`);
    const key = `${row.code}/${row.year}`;
    if (seen.has(key)) throw new SourceError(file, line, `duplicate value for ${row.code} in ${row.year}`);
    seen.add(key);
    (series[row.code] ??= []).push({ year: row.year, value: row.value, sources: [row.source], ...(row.note ? { note: row.note } : {}) });
  }
  for (const obs of Object.values(series)) obs.sort((a, b) => a.year - b.year);
  return series;
}

export function buildDataset(files: SourceFiles): Dataset {
  const indicators = readIndicators(files.indicators);
  const citations = readCitations(files.citations);
  const series: Dataset['series'] = Object.fromEntries(indicators.map((i) => [i.id, {}]));
  for (const v of files.values) {
    const indicator = indicators.find((i) => i.id === v.indicatorId);
    if (!indicator) throw new SourceError(v.file, 1, `no indicator "${v.indicatorId}" in ${files.indicators.file}`);
    series[indicator.id] = readValues(v, indicator, citations);
  }
  const lookup: Lookup = (id, code, year) => observationAt(series[id]?.[code], year);
  for (const indicator of indicators) if (indicator.estimate_missing) addEstimates(indicator, series, lookup);
  for (const indicator of indicators) {
    const [from, to] = indicator.years;
    for (const group of GROUPS) {
      const obs: Observation[] = [];
      for (let year = from; year <= to; year++) {
        const o = aggregateGroup(indicator, group, year, lookup);
        if (o) obs.push(o);
      }
      if (obs.length > 0) series[indicator.id][group.id] = obs;
    }
  }
  return { indicators, citations, series };
}

type Lookup = (id: string, code: string, year: number) => Observation | undefined;

/** Fills gaps of an indicator from two published series, each filled value marked as an estimate. */
function addEstimates(indicator: Indicator, series: Dataset['series'], lookup: Lookup) {
  for (const code of KNOWN_CODES) {
    const filled: Observation[] = [];
    for (let year = indicator.years[0]; year <= indicator.years[1]; year++) {
      if (lookup(indicator.id, code, year)) continue;
      const estimate = estimateValue(indicator, lookup, code, year);
      if (estimate) filled.push(estimate);
    }
    if (filled.length === 0) continue;
    series[indicator.id][code] = [...(series[indicator.id][code] ?? []), ...filled].sort((a, b) => a.year - b.year);
  }
}

/** The indicator's estimate for one place and year by its `estimate_missing` rule (exported so the data tests can score the method). */
export function estimateValue(indicator: Indicator, lookup: Lookup, code: string, year: number): Observation | undefined {
  const rule = indicator.estimate_missing;
  if (!rule) return undefined;
  const num = lookup(rule.numerator, code, year);
  const den = lookup(rule.denominator, code, year);
  if (!num || !den) return undefined;
  const previous = rule.mean_denominator ? lookup(rule.denominator, code, year - 1) : undefined;
  const divisor = previous ? (den.value + previous.value) / 2 : den.value;
  const method = previous || !rule.mean_denominator ? rule.method : rule.method_without_previous_year!;
  const f = 10 ** indicator.decimals;
  return {
    year,
    value: Math.round((num.value / divisor) * rule.scale * f) / f,
    sources: [...new Set([...num.sources, ...den.sources, ...(previous?.sources ?? [])])].sort(),
    estimate: { method },
  };
}
