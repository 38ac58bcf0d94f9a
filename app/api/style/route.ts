import { withErrors } from '@/lib/http/errors';
import { basemapStyle } from '@/lib/map/basemap-style';
import { requestOrigin } from '@/lib/http/origin';

/** The basemap's MapLibre style; every URL in it points back at this server. */
export const GET = withErrors(async (request: Request) =>
  Response.json(basemapStyle(requestOrigin(request)), {
    headers: { 'Cache-Control': 'public, max-age=3600', 'Content-Type': 'application/json; charset=utf-8' },
  }),
);
