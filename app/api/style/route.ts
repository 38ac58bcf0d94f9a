import { withErrors } from '@/lib/http/errors';
import { prepareBody, serveBody } from '@/lib/http/prepared-body';
import { basemapStyle } from '@/lib/map/basemap-style';
import { once } from '@/lib/cache/memo';
import { CACHE_CONTROL, CONTENT_TYPE } from '@/lib/http/response-kinds';
import { mapSources } from '@/lib/server/map-sources';

/** The same bytes for every reader: the style's URLs are root-relative (or the configured archives), never built from the request's Host. */
const styleBody = once(() => prepareBody(JSON.stringify(basemapStyle(mapSources())), CONTENT_TYPE.json, CACHE_CONTROL.metadata, 'max'));

/** The basemap's MapLibre style; every URL in it points back at this server, or at TILES_PMTILES_URL. */
export const GET = withErrors(async (request: Request) => serveBody(request, styleBody()));
