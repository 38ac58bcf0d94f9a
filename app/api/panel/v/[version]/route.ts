import { jsonError, withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { CACHE_CONTROL } from '@/lib/http/response-kinds';
import { valuesPanelBody } from '@/lib/server/indicator-store';

type Params = { params: Promise<{ version: string }> };

/**
 * The values panel under its content hash (the catalogue's `panel`): immutable, so a browser or CDN
 * keeps it for a year. Any other version is a 404: an old page asking for a previous build's panel
 * must not be given different bytes under that name (it falls back to /api/indicators per year).
 */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { version } = await params;
  const body = valuesPanelBody();
  if (version !== body.hash) return jsonError(404, 'Unknown values panel version: GET /api/indicators names the current one (panel).');
  return serveBody(request, body, { 'Cache-Control': CACHE_CONTROL.immutable });
});
