/**
 * The origin the reader used to reach us, from the Host header: behind server.mjs, request.url
 * carries the bind address (0.0.0.0), which the page's CSP would rightly refuse to connect to.
 */
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host');
  const proto = request.headers.get('x-forwarded-proto') === 'https' ? 'https:' : url.protocol;
  return host && HOST.test(host) ? `${proto}//${host}` : url.origin;
}
