/**
 * Query parameters of GET /api/convergence, validated with zod and then against the data: an
 * allow-listed indicator that is not a total, `from` and `to` within its years and years in which
 * every province has a value (so that every year compares the same 31), from before to, and a
 * format. Every refusal says which parameter was wrong and what would be accepted.
 */
import { z } from '../zod';
import type { Indicator } from '../indicators/schema';
import { provinceByCode } from '../regions/provinces';
import { whyNotMeasurable } from './applicability';
import { yearList } from './year-list';
import type { YearCoverage } from './report';

export const CONVERGENCE_FORMATS = ['json', 'csv'] as const;
export type ConvergenceFormat = (typeof CONVERGENCE_FORMATS)[number];
export const DEFAULT_CONVERGENCE_INDICATOR = 'gdp_per_capita';

const PARAMS = ['indicator', 'from', 'to', 'format'] as const;

const year = (name: string) =>
  z
    .string()
    .regex(/^\d{4}$/, `${name} must be a four-digit year`)
    .transform(Number);

export interface ConvergenceQuery {
  indicator: Indicator;
  from: number;
  to: number;
  format: ConvergenceFormat;
}

export interface ConvergenceQueryContext {
  indicators: readonly Indicator[];
  coverage: (indicatorId: string) => YearCoverage;
  /** The provinces lacking a value or a population in a year. */
  missing: (indicatorId: string, year: number) => string[];
}

type Parsed = { ok: true; query: ConvergenceQuery } | { ok: false; message: string };

const names = (codes: readonly string[]) => (codes.length > 5 ? `${codes.length} provinces` : codes.map((c) => provinceByCode(c)?.name_en ?? c).join(', '));

export function parseConvergenceQuery(params: URLSearchParams, ctx: ConvergenceQueryContext): Parsed {
  const raw: Record<string, string> = {};
  for (const name of PARAMS) {
    const values = [...new Set(params.getAll(name))];
    if (values.length > 1) return { ok: false, message: `${name} is given more than once with different values` };
    if (values.length === 1) raw[name] = values[0];
  }
  const ids = ctx.indicators.map((i) => i.id) as [string, ...string[]];
  const schema = z.object({
    indicator: z.enum(ids, { message: `indicator must be one of: ${ids.join(', ')}` }).default(DEFAULT_CONVERGENCE_INDICATOR),
    from: year('from').optional(),
    to: year('to').optional(),
    format: z.enum(CONVERGENCE_FORMATS, { message: 'format must be "json" or "csv"' }).default('json'),
  });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join('; ') };
  const indicator = ctx.indicators.find((i) => i.id === parsed.data.indicator)!;
  const notMeasurable = whyNotMeasurable(indicator);
  if (notMeasurable) return { ok: false, message: `indicator=${indicator.id}: ${notMeasurable}` };
  const { complete } = ctx.coverage(indicator.id);
  if (complete.length < 2) {
    const which = complete.length === 0 ? 'in no year' : `only in ${complete[0]}`;
    return { ok: false, message: `indicator=${indicator.id} has a value for every province ${which}; the measures over time need two such years` };
  }
  const [first, last] = indicator.years;
  const check = (name: 'from' | 'to', y: number): string | null => {
    if (y < first || y > last) return `${name}=${y} is outside the years of ${indicator.id} (${first}–${last})`;
    if (complete.includes(y)) return null;
    const missing = ctx.missing(indicator.id, y);
    const lacking = missing.length === 31 ? 'has no provincial values' : `lacks a value for ${names(missing)}`;
    return `${name}=${y}: ${indicator.id} ${lacking} that year; years with every province: ${yearList(complete)}`;
  };
  const from = parsed.data.from ?? complete[0];
  const to = parsed.data.to ?? complete.at(-1)!;
  const problem = (parsed.data.from !== undefined ? check('from', from) : null) ?? (parsed.data.to !== undefined ? check('to', to) : null);
  if (problem) return { ok: false, message: problem };
  if (from >= to) return { ok: false, message: `from=${from} must be before to=${to}` };
  return { ok: true, query: { indicator, from, to, format: parsed.data.format } };
}
