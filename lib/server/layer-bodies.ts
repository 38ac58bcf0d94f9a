/**
 * Whole layers as served: one body for each (layer, year) a client may ask for, compressed with
 * maximum effort at build time (geo/scripts/build-layer-bodies.ts) — brotli 11 took ~1.3 s per
 * nightlight year, far too long for a request — and read from geo/build once, never evicted.
 */
import { preparedFromGzip, type PreparedBody } from '../http/prepared-body';
import type { LayerDefinition } from '../layers/registry';
import { once } from '../cache/memo';
import { readBuildFile } from './build-files';
import { CACHE_CONTROL, CONTENT_TYPE } from '../http/response-kinds';

export const LAYER_BODIES_DIR = 'layer-bodies';

/** `variant key → body hash`; bodies that are byte-identical (years with the same hubs) share a file. */
export type LayerBodiesIndex = Record<string, string>;

export const variantKey = (layerId: string, year?: number) => `${layerId}/${year ?? ''}`;

/** Every year `?year=` accepts for the layer, plus `undefined` for the request without one. */
export function layerVariants(layer: LayerDefinition): Array<number | undefined> {
  if (!layer.years) return [undefined];
  const [from, to] = layer.years;
  return [undefined, ...Array.from({ length: to - from + 1 }, (_, i) => from + i)];
}

export const bodyFile = (hash: string, encoding: 'gz' | 'br') => `${LAYER_BODIES_DIR}/${hash}.geojson.${encoding}`;

const index = once((): LayerBodiesIndex => JSON.parse(readBuildFile(`${LAYER_BODIES_DIR}/index.json`).toString('utf8')));
const bodies = new Map<string, PreparedBody>();

export function prebuiltLayerBody(layerId: string, year?: number): PreparedBody {
  const hash = index()[variantKey(layerId, year)];
  if (!hash) throw new Error(`no prebuilt body for layer ${variantKey(layerId, year)} (run npm run geo:build)`);
  let body = bodies.get(hash);
  if (!body) {
    body = preparedFromGzip(readBuildFile(bodyFile(hash, 'gz')), hash, CONTENT_TYPE.geojson, CACHE_CONTROL.data, readBuildFile(bodyFile(hash, 'br')));
    bodies.set(hash, body);
  }
  return body;
}
