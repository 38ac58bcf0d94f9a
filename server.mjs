/**
 * The production (and dev) server: Next's request handler behind a thin node:http layer.
 *
 * Why not plain `next start`: Next strips Content-Encoding and Content-Length from route-handler
 * responses, so tiles and layers compressed once at build time could not be sent as such. Route
 * handlers that see the marker request header set below answer with the compressed bytes and name
 * their encoding in a private header; this layer turns it back into Content-Encoding and compresses
 * everything else (pages, scripts) itself, with Next's own compression switched off.
 * The header names must match lib/http/precompressed.ts (a unit test checks).
 */
import http from 'node:http';
import zlib from 'node:zlib';
import compression from 'compression';
import onHeaders from 'on-headers';
import next from 'next';
import {
  backslashRedirectResponse,
  backslashRedirectTarget,
  cameOverHttps,
  HSTS,
  isMalformedPath,
  MALFORMED_PATH_RESPONSE,
} from './lib/http/server-edge.mjs';

const SHIM_REQUEST_HEADER = 'x-hinterland-precompressed-ok';
const ENCODING_HEADER = 'x-hinterland-content-encoding';
const LENGTH_HEADER = 'x-hinterland-content-length';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
// A 256 KB brotli window instead of the default 4 MB: pages are tens of KB, and a 4 MB encoder per
// response made page compression slow and grew RSS steadily under load (npm run test:load).
const compress = compression({ threshold: 1024, brotli: { params: { [zlib.constants.BROTLI_PARAM_LGWIN]: 18 } } });

await app.prepare();

http
  .createServer((req, res) => {
    // Only this layer may grant the precompressed path; never trust the client's header.
    delete req.headers[SHIM_REQUEST_HEADER];
    req.headers[SHIM_REQUEST_HEADER] = '1';
    if (cameOverHttps(req)) res.setHeader('Strict-Transport-Security', HSTS);
    const location = backslashRedirectTarget(req.url);
    const own = isMalformedPath(req.url) ? MALFORMED_PATH_RESPONSE : location ? backslashRedirectResponse(location) : null;
    if (own) {
      res.writeHead(own.status, own.headers).end(own.body);
      return;
    }
    compress(req, res, () => {
      // Registered after compression's own listener, so it runs first (on-headers runs in reverse).
      onHeaders(res, () => {
        const encoding = res.getHeader(ENCODING_HEADER);
        if (process.env.DEBUG_SHIM) console.log('shim', req.url, res.getHeaderNames());
        if (!encoding) return;
        res.setHeader('Content-Encoding', String(encoding));
        const length = res.getHeader(LENGTH_HEADER);
        if (length) res.setHeader('Content-Length', String(length));
        res.removeHeader(ENCODING_HEADER);
        res.removeHeader(LENGTH_HEADER);
      });
      handle(req, res).catch((err) => {
        console.error('[hinterland] unhandled error', err);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  })
  .listen(port, hostname, () => {
    console.log(`Hinterland ${dev ? '(dev) ' : ''}listening on http://localhost:${port}`);
  });
