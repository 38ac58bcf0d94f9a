import { jsonError, withErrors } from '@/lib/http/errors';
import { isTilesetId, TILESETS } from '@/lib/tiles/tilesets';
import { tileJson } from '@/lib/tiles/tilejson';
import { requestOrigin } from '@/lib/http/origin';

type Params = { params: Promise<{ tileset: string }> };

/** TileJSON 3.0.0 describing a tileset, with tile URLs on the requesting origin. */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { tileset } = await params;
  if (!isTilesetId(tileset)) return jsonError(404, `Unknown tileset "${tileset.slice(0, 64)}". Known: ${Object.keys(TILESETS).join(', ')}.`);
  return Response.json(tileJson(tileset, requestOrigin(request)), {
    headers: { 'Cache-Control': 'public, max-age=3600', 'Content-Type': 'application/json; charset=utf-8' },
  });
});
