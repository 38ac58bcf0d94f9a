import { jsonError, withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { orBusy } from '@/lib/http/work-gate';
import { previewBody } from '@/lib/server/preview';
import { serverViewContext } from '@/lib/server/view-context';
import { parseViewState } from '@/lib/url/view-state';

/**
 * The link-preview image of a view: the same query parameters as the page (indicator, year, region,
 * class, group, range, lang), answered with a 1200×630 PNG. Unknown values are an error here, not
 * silently dropped, so a preview never shows another view than its URL names. When too many new
 * images are being drawn, 503 with Retry-After (images already drawn are always served).
 */
export const GET = withErrors(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const { state, dropped, adjusted } = parseViewState(params, serverViewContext());
  if (dropped.length) return jsonError(400, `Invalid view parameters: ${dropped.join(', ')}.`);
  // As the indicator API: a year without data is an error here (the page shows the nearest and says so).
  if (adjusted.length) return jsonError(400, `No data for ${adjusted.map((a) => `${a.name}=${a.asked} (nearest year with data: ${a.shown})`).join(', ')}.`);
  return orBusy(async () => serveBody(request, await previewBody(state)), 'Too many new preview images are being drawn; try again shortly.');
});
