import { withErrors } from '@/lib/http/errors';
import { LAYERS } from '@/lib/layers/registry';
import { layerCatalogueEntry } from '@/lib/server/layer-catalogue';
import { CACHE_CONTROL, CONTENT_TYPE } from '@/lib/http/response-kinds';

/** The layer catalogue, straight from the registry. */
export const GET = withErrors(async () =>
  Response.json({ layers: LAYERS.map(layerCatalogueEntry) }, { headers: { 'Cache-Control': CACHE_CONTROL.metadata, 'Content-Type': CONTENT_TYPE.json } }),
);
