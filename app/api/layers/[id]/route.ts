import { withErrors } from '@/lib/http/errors';
import { layerAnswer } from '@/lib/server/asset-answers';

type Params = { params: Promise<{ id: string }> };

/**
 * A layer as RFC 7946 GeoJSON at its plain URL (short cache); `?bbox=` filters features, `?year=`
 * picks the year of temporal layers. The catalogue and the style name /api/layers/{id}/v/{version}.
 */
export const GET = withErrors(async (request: Request, { params }: Params) => layerAnswer(request, (await params).id, null));
