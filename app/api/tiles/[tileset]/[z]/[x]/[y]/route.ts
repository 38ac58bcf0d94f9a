import { withErrors } from '@/lib/http/errors';
import { tileAnswer } from '@/lib/server/asset-answers';

type Params = { params: Promise<{ tileset: string; z: string; x: string; y: string }> };

/** A tile at its plain URL (short cache): TileJSON names the versioned one, /api/tiles/{tileset}/v/{version}/{z}/{x}/{y}. */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { tileset, ...coords } = await params;
  return tileAnswer(request, tileset, coords, null);
});
