import { jsonError, withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { orBusy } from '@/lib/http/work-gate';
import { parseLayerQuery } from '@/lib/layers/query';
import { LAYERS, layerById } from '@/lib/layers/registry';
import { layerBody } from '@/lib/server/layer-store';

type Params = { params: Promise<{ id: string }> };

/**
 * A layer as RFC 7946 GeoJSON; `?bbox=` filters features, `?year=` picks the year of temporal layers.
 * Too many new bbox cuts at once: 503 with Retry-After (whole layers are always served).
 */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { id } = await params;
  const layer = layerById(id);
  if (!layer) return jsonError(404, `Unknown layer "${id.slice(0, 64)}". Known: ${LAYERS.map((l) => l.id).join(', ')}.`);
  const parsed = parseLayerQuery(new URL(request.url).searchParams, layer);
  if (!parsed.ok) return jsonError(400, `Invalid query: ${parsed.message}.`);
  return orBusy(async () => serveBody(request, await layerBody(layer, parsed.query)), 'Too many new bbox cuts are being made; try again shortly.');
});
