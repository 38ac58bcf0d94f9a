/** The Hu Line's curated source (geo/sources/layers/hu-line.json) and what the build derives from it. */
import { z } from '../zod';
import { citationSchema } from '../indicators/schema';

const endpoint = z.object({
  name_en: z.string(),
  name_zh: z.string(),
  province_code: z.string(),
  lng: z.number().min(73).max(135),
  lat: z.number().min(18).max(54),
  source: z.string(),
  note: z.string(),
});

export const huLineSourceSchema = z.object({
  endpoints: z.object({ heihe: endpoint, tengchong: endpoint }),
  published_shares: z.array(
    z.object({
      period: z.string(),
      east_area_pct: z.number().nullable(),
      east_population_pct: z.number(),
      source: z.string(),
      note: z.string(),
    }),
  ),
  citations: z.array(citationSchema),
});

export type HuLineSource = z.infer<typeof huLineSourceSchema>;

export interface ProvinceSplit {
  code: string;
  area_km2: number;
  /** Share of the province's area east of the line (0–1). */
  area_east_share: number;
  /** True when the line crosses the province. */
  cut: boolean;
  /** Share of population allocated east: 0 or 1, or for cut provinces the GeoNames place-population share. */
  population_east_share: number;
  places_counted: number;
}

export interface HuLineBuild extends HuLineSource {
  coordinates: Array<[number, number]>;
  provinces: ProvinceSplit[];
}
