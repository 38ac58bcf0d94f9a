import { jsonError, withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { isTilesetId, TILESETS } from '@/lib/tiles/tilesets';
import { parseTileCoordinates } from '@/lib/tiles/tile-params';
import { CACHE_CONTROL } from '@/lib/http/response-kinds';
import { tileBody } from '@/lib/server/tile-store';

type Params = { params: Promise<{ tileset: string; z: string; x: string; y: string }> };

/** One Mapbox Vector Tile, gzip-compressed at build time. Empty tiles answer 204 No Content. */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { tileset, ...coords } = await params;
  if (!isTilesetId(tileset)) return jsonError(404, `Unknown tileset "${tileset.slice(0, 64)}". Known: ${Object.keys(TILESETS).join(', ')}.`);
  const { minzoom, maxzoom } = TILESETS[tileset];
  const parsed = parseTileCoordinates(coords, { min: minzoom, max: maxzoom });
  if (!parsed.ok) return jsonError(400, `Invalid tile coordinates: ${parsed.message}.`);
  const body = tileBody(tileset, parsed.z, parsed.x, parsed.y);
  if (!body) return new Response(null, { status: 204, headers: { 'Cache-Control': CACHE_CONTROL.tiles } });
  return serveBody(request, body);
});
