import { API_ENTRY_POINTS } from '@/lib/http/api-entry-points';
import { jsonError } from '@/lib/http/errors';

/**
 * Any /api path no route claims, /api itself included (an optional catch-all): a JSON 404 naming the entry points, instead of Next's HTML page.
 * Next matches the real routes first (static and [param] segments outrank a catch-all).
 */
const notFound = () => jsonError(404, `No API endpoint at this path. Entry points: ${API_ENTRY_POINTS.join(', ')}`, { entry_points: API_ENTRY_POINTS });

// GET only (Next answers HEAD from it): the server's edge answers other methods before Next sees them.
export const GET = notFound;
