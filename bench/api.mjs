/**
 * API throughput: each route beside the same bytes served as a static file by the same server,
 * measured alternately in one process (the ratio is the figure), plus the 304 path.
 */
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import autocannon from 'autocannon';
import { median } from './stats.mjs';

function run(url, { connections, seconds, headers }) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers }, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

export const API_TARGETS = [
  { name: 'provinces layer', route: '/api/layers/provinces', twin: 'provinces.json.gz' },
  { name: 'basemap tile 4/12/6', route: '/api/tiles/basemap/4/12/6', twin: 'basemap-4-12-6.pbf.gz' },
  { name: 'nightlight tile 5/26/13', route: '/api/tiles/nightlights/5/26/13', twin: 'nightlights-5-26-13.pbf.gz' },
  { name: 'indicator gdp_per_capita 2024', route: '/api/indicators/gdp_per_capita?year=2024', twin: 'gdp-per-capita-2024.json.gz' },
];
const TWIN_DIR = path.join('public', '_bench');
const GZIP = { 'accept-encoding': 'gzip' };

/**
 * Writes each route's gzip bytes, as the route sends them, to public/_bench. Served as a .gz file
 * they go out byte for byte (the compression layer leaves gzip alone), so route and twin move the
 * same bytes. Next reads public/ when it starts: restart the server after this.
 */
export async function writeStaticTwins(base) {
  fs.mkdirSync(TWIN_DIR, { recursive: true });
  for (const t of API_TARGETS) fs.writeFileSync(path.join(TWIN_DIR, t.twin), await gzipBytesOf(base + t.route));
}

/** The bytes on the wire for a gzip request (node:http does not inflate). */
function gzipBytesOf(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: GZIP }, (res) => {
        if (res.headers['content-encoding'] !== 'gzip') reject(new Error(`${url} did not come gzip-compressed`));
        const chunks = [];
        res.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
      })
      .on('error', reject);
  });
}

export const removeStaticTwins = () => fs.rmSync(TWIN_DIR, { recursive: true, force: true });

export async function benchApi(base, { runs = 5, seconds = 3, connections = 50 } = {}) {
  const rows = [];
  for (const t of API_TARGETS) {
    const twinUrl = `/_bench/${t.twin}`;
    const twin = await fetch(base + twinUrl);
    if (!twin.ok) throw new Error(`static twin ${twinUrl} answered ${twin.status}: was the server restarted after writeStaticTwins?`);
    const bytes = (await twin.arrayBuffer()).byteLength;
    const headers = GZIP;
    const etag = (await fetch(base + t.route, { headers })).headers.get('etag');
    const samples = { route: [], static: [], notModified: [] };
    for (let i = 0; i < runs; i++) {
      samples.route.push(await run(base + t.route, { connections, seconds, headers }));
      samples.static.push(await run(base + twinUrl, { connections, seconds, headers }));
      samples.notModified.push(await run(base + t.route, { connections, seconds, headers: { ...headers, 'if-none-match': etag } }));
    }
    const summary = (rs) => ({
      rps: Math.round(median(rs.map((r) => r.requests.average))),
      p50_ms: median(rs.map((r) => r.latency.p50)),
      p99_ms: median(rs.map((r) => r.latency.p99)),
      errors: rs.reduce((s, r) => s + r.errors + r.timeouts + r.non2xx - (r.statusCodeStats?.['304']?.count ?? 0), 0),
    });
    const route = summary(samples.route);
    const stat = summary(samples.static);
    rows.push({
      target: t.name,
      bytes,
      route,
      static: stat,
      not_modified: summary(samples.notModified),
      ratio: Math.round((route.rps / stat.rps) * 100) / 100,
    });
  }
  return rows;
}
