import { withErrors } from '@/lib/http/errors';
import { layerAnswer } from '@/lib/server/asset-answers';
import { layerVersion } from '@/lib/server/asset-versions';

type Params = { params: Promise<{ id: string; version: string }> };

/** A layer under its build's content hash, with the same queries as /api/layers/{id}: immutable. */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { id, version } = await params;
  return layerAnswer(request, id, { asked: version, current: layerVersion });
});
