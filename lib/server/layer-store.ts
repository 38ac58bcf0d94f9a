/** Layer GeoJSON prepared once per process (validated, compressed, hashed) and served as bytes. */
import type { FeatureCollection } from 'geojson';
import { prepareBody, type PreparedBody } from '../http/prepared-body';
import type { LayerDefinition } from '../layers/registry';
import { readBuildFile } from './build-files';

export const GEOJSON_CONTENT_TYPE = 'application/geo+json; charset=utf-8';
export const LAYER_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

/** Where each layer's features come from. */
const LOADERS: Record<string, () => FeatureCollection & { metadata?: unknown }> = {
  provinces: () => JSON.parse(readBuildFile('provinces.geojson').toString('utf8')),
};

const prepared = new Map<string, PreparedBody>();

export function layerCollection(layer: LayerDefinition): FeatureCollection & { metadata?: unknown } {
  const load = LOADERS[layer.id];
  if (!load) throw new Error(`no loader for layer ${layer.id}`);
  const fc = load();
  for (const [i, f] of fc.features.entries()) {
    const check = layer.properties.safeParse(f.properties);
    if (!check.success) throw new Error(`layer ${layer.id}: feature ${i} has invalid properties: ${check.error.message}`);
  }
  return fc;
}

export function layerBody(layer: LayerDefinition): PreparedBody {
  let body = prepared.get(layer.id);
  if (!body) {
    body = prepareBody(JSON.stringify(layerCollection(layer)), GEOJSON_CONTENT_TYPE, LAYER_CACHE_CONTROL);
    prepared.set(layer.id, body);
  }
  return body;
}
