import { jsonError, withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { convergenceBody, dataset, indicatorById } from '@/lib/server/indicator-store';

/** Spread across provinces over time for a per-capita indicator: `?indicator=gdp_per_capita` (default). */
export const GET = withErrors(async (request: Request) => {
  const id = new URL(request.url).searchParams.get('indicator') ?? 'gdp_per_capita';
  const indicator = indicatorById(id);
  if (!indicator)
    return jsonError(
      404,
      `Unknown indicator "${id.slice(0, 64)}". Known: ${dataset()
        .indicators.map((i) => i.id)
        .join(', ')}.`,
    );
  if (indicator.aggregation?.method === 'sum') {
    return jsonError(400, `Invalid query: ${id} is a total; the spread across provinces is only meaningful for rates and per-capita indicators.`);
  }
  return serveBody(request, convergenceBody(indicator));
});
