/**
 * Every whole layer body the server sends (each layer, each year it accepts), compressed with
 * maximum effort here rather than at request time. Runs after the layers' own build steps.
 */
import fs from 'node:fs';
import path from 'node:path';
import { prepareBodyOffLoop } from '../../lib/http/prepared-body';
import { CACHE_CONTROL, CONTENT_TYPE } from '../../lib/http/response-kinds';
import { LAYERS } from '../../lib/layers/registry';
import { bodyFile, LAYER_BODIES_DIR, layerVariants, variantKey, type LayerBodiesIndex } from '../../lib/server/layer-bodies';
import { layerJson } from '../../lib/server/layer-store';
import { BUILD_DIR } from './paths';

export async function buildLayerBodies(): Promise<{ variants: number; files: number; bytes: number }> {
  const dir = path.join(BUILD_DIR, LAYER_BODIES_DIR);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const index: LayerBodiesIndex = {};
  const written = new Set<string>();
  let bytes = 0;
  const variants = LAYERS.flatMap((layer) => layerVariants(layer).map((year) => ({ layer, year })));
  // Compression runs on the thread pool, several bodies at once.
  await Promise.all(
    variants.map(async ({ layer, year }) => {
      const body = await prepareBodyOffLoop(layerJson(layer, year), CONTENT_TYPE.geojson, CACHE_CONTROL.data, 'max');
      index[variantKey(layer.id, year)] = body.hash;
      if (written.has(body.hash)) return;
      written.add(body.hash);
      fs.writeFileSync(path.join(BUILD_DIR, bodyFile(body.hash, 'gz')), body.gzip!);
      fs.writeFileSync(path.join(BUILD_DIR, bodyFile(body.hash, 'br')), body.br!);
      bytes += body.gzip!.length + body.br!.length;
    }),
  );
  const sorted = Object.fromEntries(Object.entries(index).sort(([a], [b]) => a.localeCompare(b)));
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify(sorted, null, 1));
  return { variants: variants.length, files: written.size, bytes };
}
