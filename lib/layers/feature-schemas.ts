/**
 * The properties every feature of each map layer must have, checked by the geo build when it writes
 * a layer and by the server before it serves one. Kept apart from the registry's drawing and legend
 * declarations so the browser bundle does not carry zod.
 */
import { z } from '../zod';

// city-clusters
const clusterMember = z.object({
  name_en: z.string(),
  name_zh: z.string(),
  province_code: z.string().regex(/^\d{6}$/),
  partial: z.boolean().optional(),
  /** GeoNames point of the city, or null where the name could not be found there. */
  lnglat: z.tuple([z.number(), z.number()]).nullable(),
});

export const cityClusterProperties = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name_en: z.string(),
  name_zh: z.string(),
  tier: z.enum(['optimise', 'develop', 'cultivate']),
  approved: z.number().int().nullable(),
  plan_title: z.string(),
  plan_title_zh: z.string(),
  plan_publisher: z.string(),
  plan_url: z.string(),
  members: z.array(clusterMember),
  member_note: z.string(),
  provinces: z.array(z.string()),
  outline: z.literal('schematic'),
  via: z.array(z.string()),
});

// collaboration-pairs
export const collaborationPairProperties = z.object({
  id: z.string(),
  east_code: z.string().regex(/^\d{6}$/),
  west_code: z.string().regex(/^\d{6}$/),
  east_name_en: z.string(),
  east_name_zh: z.string(),
  west_name_en: z.string(),
  west_name_zh: z.string(),
  since: z.number().int(),
  until: z.number().int().nullable(),
  status: z.enum(['current', 'historical']),
  /** 'city' where the pairing was led by a city of the eastern province (named in the note). */
  level: z.enum(['province', 'city']),
  programme: z.string(),
  note: z.string(),
  source: z.string(),
  sources: z.record(z.string(), z.object({ publisher: z.string(), title: z.string(), short_en: z.string().min(1), short_zh: z.string().min(1) }).passthrough()),
});

// focus-cities
export const focusCityProperties = z.object({
  id: z.string(),
  name_en: z.string(),
  name_zh: z.string(),
  province_code: z.string().regex(/^\d{6}$/),
  theme: z.string(),
  facts: z.array(z.object({ text: z.string(), source: z.string() })).min(1),
  sources: z.record(z.string(), z.object({ publisher: z.string(), title: z.string(), short_en: z.string().min(1), short_zh: z.string().min(1) }).passthrough()),
});

// hu-line
const huLineShares = z.object({ east: z.number(), west: z.number(), east_pct: z.number() });

const huLineProperties = z.object({
  id: z.literal('hu-line'),
  name_en: z.string(),
  name_zh: z.string(),
  published_shares: z.array(
    z.object({ period: z.string(), east_area_pct: z.number().nullable(), east_population_pct: z.number(), source: z.string(), note: z.string() }),
  ),
  split: z.object({
    year: z.number().int(),
    population: huLineShares.nullable(),
    gdp: huLineShares.nullable(),
    area: huLineShares,
    missing: z.object({ population: z.array(z.string()), gdp: z.array(z.string()) }),
    method: z.string(),
  }),
  sources: z.record(z.string(), z.object({ publisher: z.string(), title: z.string(), short_en: z.string().min(1), short_zh: z.string().min(1) }).passthrough()),
});

// nightlights
const nightlightProperties = z.object({
  id: z.number().int(),
  province: z.string().regex(/^\d{6}$/),
  year: z.number().int(),
  brightness: z.number().min(0),
  modeled: z.literal(true),
});

// provinces
export const provinceProperties = z.object({
  code: z.string().regex(/^\d{6}$/),
  name_en: z.string().min(1),
  name_zh: z.string().min(1),
  region: z.enum(['east', 'central', 'west', 'northeast']),
  coastal: z.boolean(),
});

// rail-hubs
export const railHubProperties = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name_en: z.string().min(1),
  name_zh: z.string(),
  city: z.string().min(1),
  province_code: z.string().regex(/^\d{6}$/),
  opened: z.number().int().min(1990).max(2030).nullable(),
  corridors: z.array(z.string()),
  note: z.string(),
  source_url: z.string().url(),
  /** 'city' when no source gave the station's own coordinates and the city's GeoNames point is used. */
  location_precision: z.enum(['station', 'city']),
});

/**
 * Feature properties by layer id. A layer module can only be declared for an id listed here
 * (define-layer.ts), and the test checks there is no schema without a layer.
 */
export const FEATURE_SCHEMAS = {
  'city-clusters': cityClusterProperties,
  'collaboration-pairs': collaborationPairProperties,
  'focus-cities': focusCityProperties,
  'hu-line': huLineProperties,
  nightlights: nightlightProperties,
  provinces: provinceProperties,
  'rail-hubs': railHubProperties,
} as const satisfies Record<string, z.ZodObject>;

/** What each layer's features carry, for code that must not load zod (the browser): `import type` this. */
export type LayerProperties = { [Id in keyof typeof FEATURE_SCHEMAS]: z.infer<(typeof FEATURE_SCHEMAS)[Id]> };
