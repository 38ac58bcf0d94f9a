import { withErrors } from '@/lib/http/errors';
import { tileAnswer } from '@/lib/server/asset-answers';
import { tilesetVersion } from '@/lib/server/asset-versions';
import type { TilesetId } from '@/lib/tiles/tilesets';

type Params = { params: Promise<{ tileset: string; version: string; z: string; x: string; y: string }> };

/** A tile under its tileset's content hash (what TileJSON names): immutable. */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { tileset, version, ...coords } = await params;
  return tileAnswer(request, tileset, coords, { asked: version, current: (id) => tilesetVersion(id as TilesetId) });
});
