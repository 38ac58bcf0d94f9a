/**
 * The production (and dev) server: Next's request handler behind a thin node:http edge.
 *
 * Why not plain `next start`: the edge (lib/edge/, loaded through tsx so it shares the app's
 * TypeScript) decides what Next should never see or decide itself — methods and request targets,
 * the client's Host and forwarded headers, the page's nonce CSP and framing, slow clients — keeps
 * rendered pages per canonical view, and lets route handlers send bytes compressed at build time
 * (Next strips Content-Encoding from route-handler responses), compressing everything else itself.
 */
import { once } from 'node:events';
import http from 'node:http';
import zlib from 'node:zlib';
import compression from 'compression';
import onHeaders from 'on-headers';
import next from 'next';
import { tsImport } from 'tsx/esm/api';

const edge = await tsImport('./lib/edge/index.ts', import.meta.url);

let config;
try {
  config = edge.serverConfig(process.env, process.argv);
} catch (err) {
  if (!(err instanceof Error) || !/Error$/.test(err.name)) throw err;
  console.error(`[hinterland] ${err.message}`);
  process.exit(2);
}
// The app reads its public origin from here (lib/http/origin.ts), validated above.
process.env.PUBLIC_ORIGIN = config.publicOrigin;
// And the tile archives' base URL (lib/http/tile-archives.ts), normalised; unset stays unset.
if (config.tileArchives) process.env.TILES_PMTILES_URL = config.tileArchives;

const app = next({ dev: config.dev, hostname: config.hostname, port: config.port });
const handle = app.getRequestHandler();
// A 256 KB brotli window instead of the default 4 MB: pages are tens of KB, and a 4 MB encoder per
// response made page compression slow and grew RSS steadily under load (npm run test:load).
const compress = compression({ threshold: 1024, brotli: { params: { [zlib.constants.BROTLI_PARAM_LGWIN]: 18 } } });

await app.prepare();

const { timeouts } = config;
const handler = edge.createEdge({ config, handleNext: handle, compress, onHeaders });
const server = http.createServer(
  {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    connectionsCheckingInterval: timeouts.checkEveryMs,
  },
  handler,
);
// A socket with no traffic either way for this long is closed (a reader that stopped reading).
server.setTimeout(timeouts.idleMs, (socket) => socket.destroy());
server.on('clientError', edge.answerClientError);
// Before the first reader: each route once over a private loopback listener (lib/edge/warm-up.ts).
if (!config.dev) {
  const warm = http.createServer(handler).listen(0, '127.0.0.1');
  await once(warm, 'listening');
  const { ms, failed } = await edge.warmUp(`http://127.0.0.1:${warm.address().port}`);
  warm.close();
  warm.closeAllConnections();
  console.log(`Hinterland: every route warmed in ${ms} ms${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
}
server.listen(config.port, config.hostname, () => {
  console.log(`Hinterland ${config.dev ? '(dev) ' : ''}listening on http://localhost:${config.port} (public origin ${config.publicOrigin})`);
});

// A stop signal (a deploy, Ctrl-C, the bench ending a run) lets in-flight answers finish, then exits
// normally, so that node's exit work runs; after 5 s whatever is still open is cut.
const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
