/**
 * Layer GeoJSON. Whole layers (each year included) are served from bodies compressed at build time
 * (layer-bodies.ts), never evicted. A bbox filter is applied to the validated collection per request;
 * its results have their own bounded cache, keyed by the features they hold, and are compressed
 * cheaply off the event loop under a work gate, so arbitrary boxes can neither evict whole layers
 * nor hold up other routes.
 */
import crypto from 'node:crypto';
import { bbox as bboxOf } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { createGatedCache } from '../cache/gated-cache';
import { createLruCache } from '../cache/lru-cache';
import { prepareBodyOffLoop, type PreparedBody } from '../http/prepared-body';
import { createWorkGate } from '../http/work-gate';
import type { BBox, LayerQuery } from '../layers/query';
import { LAYERS, type LayerId, type RegisteredLayer } from '../layers/registry';
import { featureLinkId } from '../layers/feature-link';
import { FEATURE_SCHEMAS } from '../layers/feature-schemas';
import { once } from '../cache/memo';
import { readBuildFile } from './build-files';
import { huLineCollection } from './hu-line-layer';
import { prebuiltLayerBody, variantKey } from './layer-bodies';
import { CACHE_CONTROL, CONTENT_TYPE } from '../http/response-kinds';
import { nightlightCollection } from './nightlight-layer';
import { provinceCollection } from './province-geometry';

type Collection = FeatureCollection & { metadata?: unknown };

/** Where each layer's features come from: one entry per registered layer, or the type check fails. */
const LOADERS: Record<LayerId, (year?: number) => Collection> = {
  provinces: () => provinceCollection(),
  'hu-line': (year) => huLineCollection(year),
  nightlights: (year) => nightlightCollection(year),
  'rail-hubs': () => readCollection('layers/rail-hubs.geojson'),
  'city-clusters': () => readCollection('layers/city-clusters.geojson'),
  'collaboration-pairs': () => readCollection('layers/collaboration-pairs.geojson'),
  'focus-cities': () => readCollection('layers/focus-cities.geojson'),
};

const readCollection = (file: string): Collection => JSON.parse(readBuildFile(file).toString('utf8'));

// One per (layer, year): bounded by the years the query accepts. Nightlight years share geometry.
const collections = new Map<string, Collection>();

export function layerCollection(layer: RegisteredLayer, year?: number): Collection {
  const key = variantKey(layer.id, year);
  const cached = collections.get(key);
  if (cached) return cached;
  const loaded = LOADERS[layer.id](year);
  // Layers whose features appear over time are filtered here; others (the Hu Line) use the year themselves.
  const fc =
    year !== undefined && layer.filterByYear ? { ...loaded, features: loaded.features.filter((f) => layer.filterByYear!(f.properties ?? {}, year)) } : loaded;
  const schema = FEATURE_SCHEMAS[layer.id];
  for (const [i, f] of fc.features.entries()) {
    const check = schema.safeParse(f.properties);
    if (!check.success) throw new Error(`layer ${layer.id}: feature ${i} has invalid properties: ${check.error.message}`);
  }
  collections.set(key, fc);
  return fc;
}

/** The body of a whole layer in one year, as the build writes it. */
export const layerJson = (layer: RegisteredLayer, year?: number): string => JSON.stringify(layerCollection(layer, year));

const boxes = new WeakMap<Geometry, number[]>();
const boxOf = (f: Feature) => {
  let box = boxes.get(f.geometry);
  if (!box) boxes.set(f.geometry, (box = bboxOf(f)));
  return box;
};
const intersects = (a: number[], b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

// As many cuts at once as libuv has threads to compress them (4); most are small, and under load a
// cut holds its slot for a few event-loop turns, so a tighter gate refused cuts at 100 connections.
// A waiting cut holds only the indices of its features.
export const bboxGate = createWorkGate({ concurrency: 4, maxQueued: 256, retryAfterSeconds: 1 });
const bboxCache = createLruCache<PreparedBody>({
  maxEntries: 256,
  maxBytes: 24e6,
  sizeOf: (b) => b.identity().length + (b.gzip?.length ?? 0) + (b.br?.length ?? 0),
});
export const bboxBodyCount = () => bboxCache.size;
const bboxBodies = createGatedCache(bboxCache, bboxGate);

/** A layer, whole or cut to a bbox; rejects with WorkGateFullError when too many cuts are being made. */
export async function layerBody(layer: RegisteredLayer, query: LayerQuery = {}): Promise<PreparedBody> {
  if (!query.bbox) return prebuiltLayerBody(layer.id, query.year);
  const fc = layerCollection(layer, query.year);
  const picked: number[] = [];
  fc.features.forEach((f, i) => intersects(boxOf(f), query.bbox!) && picked.push(i));
  // A box around every feature is the whole layer; boxes that pick the same features share one body.
  if (picked.length === fc.features.length) return prebuiltLayerBody(layer.id, query.year);
  const key = `${variantKey(layer.id, query.year)}/${crypto.createHash('sha1').update(picked.join(',')).digest('base64url')}`;
  return bboxBodies.get(key, () =>
    prepareBodyOffLoop(JSON.stringify({ ...fc, features: picked.map((i) => fc.features[i]) }), CONTENT_TYPE.geojson, CACHE_CONTROL.data, 'fast'),
  );
}

/** Every feature a deep link may select ("cluster:chengdu-chongqing", …), from the layers that allow it. */
export const featureLinkIds = once((): string[] =>
  LAYERS.filter((l) => l.deepLinkPrefix && !l.linkedIds).flatMap((l) =>
    layerCollection(l).features.flatMap((f) => featureLinkId(l.id, String(f.properties?.[l.idProperty])) ?? []),
  ),
);
