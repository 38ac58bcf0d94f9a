/** Helpers for calling route handlers in unit tests as server.mjs would. */
import { SHIM_REQUEST_HEADER } from '@/lib/http/precompressed';

export const ORIGIN = 'http://localhost:3000';

export function routeRequest(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, { headers: { host: 'localhost:3000', [SHIM_REQUEST_HEADER]: '1', ...headers } });
}

export const routeParams = <P>(params: P) => ({ params: Promise.resolve(params) });
