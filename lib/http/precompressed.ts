/**
 * Header names shared with server.mjs, which lets route handlers send bytes compressed at build
 * time (Next itself drops Content-Encoding from route-handler responses).
 */
export const SHIM_REQUEST_HEADER = 'x-hinterland-precompressed-ok';
export const ENCODING_HEADER = 'x-hinterland-content-encoding';
export const LENGTH_HEADER = 'x-hinterland-content-length';

export const canSendPrecompressed = (request: Request) => request.headers.get(SHIM_REQUEST_HEADER) === '1';
