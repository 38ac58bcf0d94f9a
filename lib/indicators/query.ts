/** Query parameters of GET /api/indicators/{id}, validated against the indicator's years. */
import { z } from '../zod';
import type { Indicator } from './schema';

const querySchema = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/, 'year must be a four-digit year')
    .transform(Number)
    .optional(),
  format: z.enum(['json', 'csv', 'geojson'], { message: 'format must be "json", "csv" or "geojson"' }).default('json'),
});

export type IndicatorFormat = 'json' | 'csv' | 'geojson';
type IndicatorQuery = { year: number | undefined; format: IndicatorFormat };

export function parseIndicatorQuery(params: URLSearchParams, indicator: Indicator): { ok: true; query: IndicatorQuery } | { ok: false; message: string } {
  const raw = Object.fromEntries(['year', 'format'].flatMap((k) => (params.has(k) ? [[k, params.get(k)!]] : [])));
  const parsed = querySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join('; ') };
  const { year, format } = parsed.data;
  const [from, to] = indicator.years;
  if (year !== undefined && (year < from || year > to)) {
    return { ok: false, message: `year must be between ${from} and ${to} for ${indicator.id}` };
  }
  return { ok: true, query: { year, format } };
}
