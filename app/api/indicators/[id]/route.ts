import { jsonError, withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { parseIndicatorQuery } from '@/lib/indicators/query';
import { dataset, indicatorById, indicatorSeriesCsvBody, indicatorYearBody, yearsWithData } from '@/lib/server/indicator-store';

type Params = { params: Promise<{ id: string }> };

/**
 * One indicator for one year, for every province and group (`null` where no figure was found),
 * with sources; `?format=csv` for a download (all years when no year is given), `?format=geojson` for
 * the provinces with their values.
 */
export const GET = withErrors(async (request: Request, { params }: Params) => {
  const { id } = await params;
  const indicator = indicatorById(id);
  if (!indicator) {
    return jsonError(
      404,
      `Unknown indicator "${id.slice(0, 64)}". Known: ${dataset()
        .indicators.map((i) => i.id)
        .join(', ')}.`,
    );
  }
  const parsed = parseIndicatorQuery(new URL(request.url).searchParams, indicator);
  if (!parsed.ok) return jsonError(400, `Invalid query: ${parsed.message}.`);
  const { year, format } = parsed.query;
  const latest = yearsWithData(indicator.id).at(-1) ?? indicator.years[1];
  const fileName = `hinterland-${indicator.id}${year || format === 'geojson' ? `-${year ?? latest}` : ''}.${format}`;
  const disposition = format === 'json' ? undefined : { 'Content-Disposition': `attachment; filename="${fileName}"` };
  if (year === undefined && format === 'csv') return serveBody(request, indicatorSeriesCsvBody(indicator), disposition);
  return serveBody(request, indicatorYearBody(indicator, year ?? latest, format), disposition);
});
