/**
 * Per-request CSP nonce for pages: Next streams inline bootstrap scripts, and a nonce lets them run
 * without 'unsafe-inline' for scripts. API responses keep the static policy from next.config.js.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { pageCsp } from './lib/http/csp';

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const embed = request.nextUrl.searchParams.get('embed') === '1';
  const csp = pageCsp(nonce, process.env.NODE_ENV !== 'production', embed);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  headers.set('x-lang', request.nextUrl.searchParams.get('lang') === 'zh' ? 'zh' : 'en');
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Pages only: not the API, Next's static files, the MapLibre worker or the icon.
  matcher: [{ source: '/((?!api/|_next/static|_next/image|maplibre-gl.mjs|maplibre-gl-worker.mjs|icon.svg|favicon.ico).*)' }],
};
