/**
 * The bench's own static server for the peer pages (bench/peers/): their HTML, their libraries from
 * node_modules (the pinned devDependencies, no CDN) and the data made from the app's build. Bodies are
 * gzipped once at start, as the app's server sends its own, so both sides move compressed bytes.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

/** URL path → file, for the peers and their libraries. */
export function peerFiles(dataFile) {
  const peers = path.join(import.meta.dirname, 'peers');
  const modules = path.join(import.meta.dirname, '..', 'node_modules');
  return {
    '/blank.html': path.join(peers, 'blank.html'),
    '/echarts.html': path.join(peers, 'echarts.html'),
    '/leaflet.html': path.join(peers, 'leaflet.html'),
    '/peer-common.js': path.join(peers, 'peer-common.js'),
    '/peer-data.json': dataFile,
    '/vendor/echarts.min.js': path.join(modules, 'echarts', 'dist', 'echarts.min.js'),
    '/vendor/leaflet.js': path.join(modules, 'leaflet', 'dist', 'leaflet.js'),
    '/vendor/leaflet.css': path.join(modules, 'leaflet', 'dist', 'leaflet.css'),
  };
}

/** Starts the server on a port the OS picks; resolves to its base URL and a close(). */
export async function startPeerServer(dataFile) {
  const bodies = new Map(
    Object.entries(peerFiles(dataFile)).map(([url, file]) => {
      const raw = fs.readFileSync(file);
      return [url, { type: TYPES[path.extname(file)] ?? 'application/octet-stream', raw, gzip: zlib.gzipSync(raw, { level: 6 }) }];
    }),
  );
  const server = http.createServer((req, res) => {
    const body = bodies.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, { 'Content-Type': body.type, 'Cache-Control': 'no-cache', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    res.end(gzip ? body.gzip : body.raw);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
