import { withErrors } from '@/lib/http/errors';
import { prepareBody, serveBody, type PreparedBody } from '@/lib/http/prepared-body';
import type { TilesetId } from '@/lib/tiles/tilesets';
import { tileJson } from '@/lib/tiles/tilejson';
import { memoByKey } from '@/lib/cache/memo';
import { CACHE_CONTROL, CONTENT_TYPE } from '@/lib/http/response-kinds';
import { tilesetOr404 } from '@/lib/server/asset-answers';
import { tilesetVersion } from '@/lib/server/asset-versions';

type Params = { params: Promise<{ tileset: string }> };

const bodies = memoByKey<PreparedBody>();
const tileJsonBody = (id: TilesetId) =>
  bodies(id, () => prepareBody(JSON.stringify(tileJson(id, tilesetVersion(id))), CONTENT_TYPE.json, CACHE_CONTROL.metadata, 'max'));

/** TileJSON 3.0.0 describing a tileset, with root-relative, versioned tile URLs (never built from the request's Host). */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const id = tilesetOr404((await params).tileset);
  return id instanceof Response ? id : serveBody(request, tileJsonBody(id));
});
