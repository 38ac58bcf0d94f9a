import { jsonError, withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { regionByCode } from '@/lib/indicators/regions';
import { regionBody, regionCsvBody } from '@/lib/server/indicator-store';
import { z } from '@/lib/zod';

const querySchema = z.object({ format: z.enum(['json', 'csv'], { message: 'format must be "json" or "csv"' }).default('json') });

type Params = { params: Promise<{ code: string }> };

/** Every indicator's series for a province (GB/T code), a group id or China (100000), with sources; `?format=csv` for a download. */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { code } = await params;
  const region = regionByCode(code);
  if (!region) {
    return jsonError(
      404,
      `Unknown region "${code.slice(0, 64)}": use a GB/T 2260 province code (e.g. 420000), 100000 for China, or a group id (east, central, west, northeast, coastal, inland, yangtze-belt).`,
    );
  }
  const format = new URL(request.url).searchParams.get('format');
  const parsed = querySchema.safeParse(format === null ? {} : { format });
  if (!parsed.success) return jsonError(400, `Invalid query: ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
  if (parsed.data.format === 'csv') {
    return serveBody(request, regionCsvBody(region), { 'Content-Disposition': `attachment; filename="hinterland-region-${region.code}.csv"` });
  }
  return serveBody(request, regionBody(region));
});
