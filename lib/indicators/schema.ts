/** The shapes of the indicator sources (geo/sources) and of the dataset the build writes. */
import { z } from '../zod';

export { CHINA_CODE } from '../regions/provinces';

const aggregationSchema = z
  .discriminatedUnion('method', [
    z.object({ method: z.literal('sum') }),
    /**
     * numerator ÷ denominator × scale, each summed over the members (never an average of ratios). With
     * `mean_denominator`, each member's denominator is the mean of this and the previous year-end (NBS divides GDP
     * by the average population), the year-end alone in a year where a member's previous year-end is missing.
     */
    z.object({
      method: z.literal('ratio'),
      numerator: z.string(),
      denominator: z.string(),
      scale: z.number().positive(),
      mean_denominator: z.boolean().optional(),
    }),
    /** A rate weighted by another indicator (population for per-capita rates, GDP for shares of GDP). */
    z.object({ method: z.literal('weighted'), weight: z.string() }),
  ])
  .nullable();

export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label_en: z.string().min(1),
  label_zh: z.string().min(1),
  unit_en: z.string().min(1),
  unit_zh: z.string().min(1),
  decimals: z.number().int().min(0).max(4),
  category: z.enum(['economy', 'people', 'living standards', 'education', 'innovation']),
  higher_is_better: z.boolean().nullable(),
  description: z.string().min(1),
  aggregation: aggregationSchema,
  plausible: z.tuple([z.number(), z.number()]),
  years: z.tuple([z.number().int(), z.number().int()]),
  census_years: z.array(z.number().int()).optional(),
  /** The years every province should have, when narrower than `years` (coverage counts these; earlier years hold what was found). */
  coverage_years: z.tuple([z.number().int(), z.number().int()]).optional(),
  /**
   * What a reader must know about some years' figures, in both languages, for the UI's note beside the values:
   * e.g. a basis NBS itself mixes. `basis` names it for the consistency tests (`preliminary_gdp`: the per-capita
   * figures of those years rest on the preliminary GDP while the GDP rows are final).
   */
  year_notes: z
    .array(
      z.object({
        years: z.tuple([z.number().int(), z.number().int()]),
        scope: z.enum(['provinces', 'all']),
        basis: z.enum(['preliminary_gdp']).optional(),
        en: z.string().min(20),
        zh: z.string().min(5),
      }),
    )
    .optional(),
  /** Where the missing years were looked for and why they stay gaps (printed by `npm run data:report`). */
  gaps_searched: z.string().min(20).optional(),
  /** Set on indicators this project models instead of collecting (their values come from the geo build). */
  modeled: z.string().min(20).optional(),
  /**
   * Fill years without a published figure with numerator ÷ denominator × scale, marked as an estimate.
   * With `mean_denominator`, the denominator is the mean of this and the previous year's value (NBS divides
   * GDP by the year's average population); `method_without_previous_year` then describes the years where
   * the previous value is missing and the year's own value is used.
   */
  estimate_missing: z
    .object({
      numerator: z.string(),
      denominator: z.string(),
      scale: z.number().positive(),
      method: z.string().min(20),
      mean_denominator: z.boolean().optional(),
      method_without_previous_year: z.string().min(20).optional(),
    })
    .refine((r) => !r.mean_denominator || r.method_without_previous_year, {
      message: 'mean_denominator needs method_without_previous_year',
    })
    .optional(),
});

export const citationSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** A short human label (publisher, table, year or edition) the UI shows in place of the id. */
  short_en: z.string().min(1),
  short_zh: z.string().min(1),
  publisher: z.string().min(1),
  title: z.string().min(1),
  table: z.string(),
  edition: z.string(),
  url: z.string(),
  licence: z.string().min(1),
  via: z.string(),
});

export const valueRowSchema = z.object({
  code: z.string().regex(/^[1-6]\d0000$/, 'code must be a six-digit GB/T 2260 province code or 100000'),
  year: z.coerce.number().int().min(1949).max(2100),
  value: z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, 'value must be a plain number (no separators, no quotes)')
    .transform(Number),
  source: z.string().min(1, 'every value needs a source id'),
  note: z.string(),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type Citation = z.infer<typeof citationSchema>;

export interface Observation {
  year: number;
  value: number;
  /** Citation id; for computed group values, the ids of every member value used. */
  sources: string[];
  note?: string;
  /** Set on group values this project computed from member values. */
  computed?: { method: string };
  /** Set on values this project estimated where no published figure was found. */
  estimate?: { method: string };
}

export interface Dataset {
  indicators: Indicator[];
  citations: Record<string, Citation>;
  /** indicator id → region code or group id → observations sorted by year */
  series: Record<string, Record<string, Observation[]>>;
}
