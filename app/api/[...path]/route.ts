import { API_ENTRY_POINTS } from '@/lib/http/api-entry-points';
import { jsonError } from '@/lib/http/errors';

/**
 * Any /api path no route claims: a JSON 404 naming the entry points, instead of Next's HTML page.
 * Next matches the real routes first (static and [param] segments outrank a catch-all).
 */
const notFound = () =>
  jsonError(404, `No API endpoint at this path. Entry points: ${API_ENTRY_POINTS.join(', ')}`, { entry_points: API_ENTRY_POINTS });

// Every method: the path is unknown whatever is asked of it.
export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
