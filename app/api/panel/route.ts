import { withErrors } from '@/lib/http/errors';
import { serveBody } from '@/lib/http/prepared-body';
import { valuesPanelBody } from '@/lib/server/indicator-store';

/**
 * Every indicator × year × place in one body, at a URL that outlives builds (so: an hour's cache).
 * The app itself fetches /api/panel/v/{version}, named by the catalogue, which is immutable.
 */
export const GET = withErrors(async (request: Request) => serveBody(request, valuesPanelBody()));
