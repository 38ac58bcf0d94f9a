import { jsonError, withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { regionByCode } from '@/lib/indicators/regions';
import { regionBody } from '@/lib/server/indicator-store';

type Params = { params: Promise<{ code: string }> };

/** Every indicator's series for a province (GB/T code), a group id or China (100000), with sources. */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { code } = await params;
  const region = regionByCode(code);
  if (!region) {
    return jsonError(404, `Unknown region "${code.slice(0, 64)}": use a GB/T 2260 province code (e.g. 420000), 100000 for China, or a group id (east, central, west, northeast, coastal, inland, yangtze-belt).`);
  }
  return serveBody(request, regionBody(region));
});
