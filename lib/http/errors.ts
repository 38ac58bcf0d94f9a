/** JSON error responses that say what was wrong, and never how the server is built. */
import { CACHE_CONTROL, CONTENT_TYPE } from './response-kinds';

export type ErrorStatus = 400 | 404 | 405 | 408 | 431 | 500 | 503;

/** The `error` field of every JSON error, from the routes and from the edge alike. */
export const ERROR_CODES: Record<ErrorStatus, string> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  431: 'headers_too_large',
  500: 'internal_error',
  503: 'unavailable',
};

export function jsonError(status: ErrorStatus, message: string, details?: Record<string, unknown>): Response {
  return Response.json(
    { error: ERROR_CODES[status], message, ...(details ? { details } : {}) },
    { status, headers: { 'Cache-Control': CACHE_CONTROL.never, 'Content-Type': CONTENT_TYPE.json } },
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
