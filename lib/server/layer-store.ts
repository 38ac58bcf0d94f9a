/**
 * Layer GeoJSON, prepared per (layer, year) once per process — validated, compressed, hashed —
 * and served as bytes. A bbox filter is applied to the prepared collection and memoised too.
 */
import { bbox as bboxOf } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { prepareBody, type PreparedBody } from '../http/prepared-body';
import type { BBox, LayerQuery } from '../layers/query';
import { LAYERS, type LayerDefinition } from '../layers/registry';
import { featureLinkId } from '../layers/feature-link';
import { FEATURE_SCHEMAS } from '../layers/feature-schemas';
import { once, readBuildFile } from './build-files';
import { huLineCollection } from './hu-line-layer';
import { nightlightCollection } from './nightlight-layer';
import { provinceCollection } from './province-geometry';

export const GEOJSON_CONTENT_TYPE = 'application/geo+json; charset=utf-8';
export const LAYER_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

type Collection = FeatureCollection & { metadata?: unknown };

/** Where each layer's features come from. */
const LOADERS: Record<string, (year?: number) => Collection> = {
  provinces: () => provinceCollection(),
  'hu-line': (year) => huLineCollection(year),
  nightlights: (year) => nightlightCollection(year),
  'rail-hubs': () => readCollection('layers/rail-hubs.geojson'),
  'city-clusters': () => readCollection('layers/city-clusters.geojson'),
  'collaboration-pairs': () => readCollection('layers/collaboration-pairs.geojson'),
  'focus-cities': () => readCollection('layers/focus-cities.geojson'),
};

const readCollection = (file: string): Collection => JSON.parse(readBuildFile(file).toString('utf8'));

const collections = new Map<string, Collection>();
const bodies = new Map<string, PreparedBody>();
const MAX_BBOX_BODIES = 256;

export function layerCollection(layer: LayerDefinition, year?: number): Collection {
  const key = `${layer.id}/${year ?? ''}`;
  const cached = collections.get(key);
  if (cached) return cached;
  const load = LOADERS[layer.id];
  if (!load) throw new Error(`no loader for layer ${layer.id}`);
  const loaded = load(year);
  // Layers whose features appear over time are filtered here; others (the Hu Line) use the year themselves.
  const fc = year !== undefined && layer.filterByYear
    ? { ...loaded, features: loaded.features.filter((f) => layer.filterByYear!(f.properties ?? {}, year)) }
    : loaded;
  const schema = FEATURE_SCHEMAS[layer.id];
  if (!schema) throw new Error(`no feature schema for layer ${layer.id}`);
  for (const [i, f] of fc.features.entries()) {
    const check = schema.safeParse(f.properties);
    if (!check.success) throw new Error(`layer ${layer.id}: feature ${i} has invalid properties: ${check.error.message}`);
  }
  collections.set(key, fc);
  return fc;
}

const intersects = (a: number[], b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

export function layerBody(layer: LayerDefinition, query: LayerQuery = {}): PreparedBody {
  const key = `${layer.id}/${query.year ?? ''}/${query.bbox?.join(',') ?? ''}`;
  let body = bodies.get(key);
  if (!body) {
    const fc = layerCollection(layer, query.year);
    const filtered = query.bbox ? { ...fc, features: fc.features.filter((f) => intersects(bboxOf(f), query.bbox!)) } : fc;
    body = prepareBody(JSON.stringify(filtered), GEOJSON_CONTENT_TYPE, LAYER_CACHE_CONTROL, query.bbox ? 'fast' : 'max');
    // Whole layers stay cached; bbox variants are bounded so arbitrary boxes cannot grow memory.
    if (query.bbox && bodies.size >= MAX_BBOX_BODIES) bodies.delete(bodies.keys().next().value!);
    bodies.set(key, body);
  }
  return body;
}

/** Every feature a deep link may select ("cluster:chengdu-chongqing", …), from the layers that allow it. */
export const featureLinkIds = once((): string[] =>
  LAYERS.filter((l) => l.deepLinkPrefix).flatMap((l) =>
    layerCollection(l).features.flatMap((f) => featureLinkId(l.id, String(f.properties?.[l.idProperty])) ?? []),
  ),
);
