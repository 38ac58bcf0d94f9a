import { withErrors } from '@/lib/http/errors';
import { LAYERS } from '@/lib/layers/registry';
import { layerCatalogueEntry } from '@/lib/server/layer-catalogue';

/** The layer catalogue, straight from the registry. */
export const GET = withErrors(async () =>
  Response.json(
    { layers: LAYERS.map(layerCatalogueEntry) },
    { headers: { 'Cache-Control': 'public, max-age=3600', 'Content-Type': 'application/json; charset=utf-8' } },
  ),
);
