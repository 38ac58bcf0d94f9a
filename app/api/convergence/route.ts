import { jsonError, withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { parseConvergenceQuery } from '@/lib/inequality/query';
import { convergenceBody, convergenceQueryContext } from '@/lib/server/convergence-store';

/**
 * Inequality across the 31 provinces for a per-capita or rate indicator between two years:
 * `?indicator=gdp_per_capita&from=2005&to=2024` (defaults: GDP per capita, its first and last years
 * with every province); `&format=csv` for a download. Totals, unknown ids, years outside the data or
 * with gaps, and from ≥ to are a 400 that says which parameter was wrong.
 */
export const GET = withErrors(async (request: Request) => {
  const parsed = parseConvergenceQuery(new URL(request.url).searchParams, convergenceQueryContext());
  if (!parsed.ok) return jsonError(400, `Invalid query: ${parsed.message}.`);
  const { indicator, from, to, format } = parsed.query;
  const disposition =
    format === 'csv' ? { 'Content-Disposition': `attachment; filename="hinterland-inequality-${indicator.id}-${from}-${to}.csv"` } : undefined;
  return serveBody(request, convergenceBody(indicator, from, to, format), disposition);
});
