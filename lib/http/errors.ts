/** JSON error responses that say what was wrong, and never how the server is built. */
export type ErrorStatus = 400 | 404 | 405 | 500 | 503;

const CODES: Record<ErrorStatus, string> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  500: 'internal_error',
  503: 'unavailable',
};

export function jsonError(status: ErrorStatus, message: string, details?: Record<string, unknown>): Response {
  return Response.json(
    { error: CODES[status], message, ...(details ? { details } : {}) },
    { status, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8' } },
  );
}

/** Wraps a handler so an unexpected failure is logged on the server and answered with a bare 500. */
export function withErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response> | Response) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (err) {
      console.error('[hinterland] request failed:', err);
      return jsonError(500, 'The server could not answer this request.');
    }
  };
}
