import { jsonError, withErrors } from '@/lib/http/errors';
import { prepareBody, serveBody, type PreparedBody } from '@/lib/http/prepared-body';
import { isTilesetId, TILESETS, type TilesetId } from '@/lib/tiles/tilesets';
import { tileJson } from '@/lib/tiles/tilejson';
import { memoByKey } from '@/lib/cache/memo';
import { CACHE_CONTROL, CONTENT_TYPE } from '@/lib/http/response-kinds';

type Params = { params: Promise<{ tileset: string }> };

const bodies = memoByKey<PreparedBody>();
const tileJsonBody = (id: TilesetId) => bodies(id, () => prepareBody(JSON.stringify(tileJson(id)), CONTENT_TYPE.json, CACHE_CONTROL.metadata));

/** TileJSON 3.0.0 describing a tileset, with root-relative tile URLs (never built from the request's Host). */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { tileset } = await params;
  if (!isTilesetId(tileset)) return jsonError(404, `Unknown tileset "${tileset.slice(0, 64)}". Known: ${Object.keys(TILESETS).join(', ')}.`);
  return serveBody(request, tileJsonBody(tileset));
});
