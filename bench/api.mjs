/**
 * API throughput: each route beside the same bytes served as a static file by the same server,
 * measured alternately in one process (the ratio is the figure), plus the 304 path.
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function run(url, { connections, seconds, headers }) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers }, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

/** Fetches a route's body as served (gzip) and writes it under public/ so the static handler serves the same bytes. */
async function staticTwin(base, route, name) {
  const res = await fetch(base + route, { headers: { 'accept-encoding': 'identity' } });
  const bytes = Buffer.from(await res.arrayBuffer());
  const file = path.join('public', '_bench', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return { url: `/_bench/${name}`, bytes: bytes.length };
}

export async function benchApi(base, { runs = 5, seconds = 3, connections = 50 } = {}) {
  const targets = [
    { name: 'provinces layer', route: '/api/layers/provinces', twin: 'provinces.json' },
    { name: 'basemap tile 4/12/6', route: '/api/tiles/basemap/4/12/6', twin: 'basemap-4-12-6.bin' },
    { name: 'nightlight tile 5/26/13', route: '/api/tiles/nightlights/5/26/13', twin: 'nightlights-5-26-13.bin' },
    { name: 'indicator gdp_per_capita 2024', route: '/api/indicators/gdp_per_capita?year=2024', twin: 'gdp-per-capita-2024.json' },
  ];
  const headers = { 'accept-encoding': 'gzip' };
  const rows = [];
  try {
    for (const t of targets) {
      const twin = await staticTwin(base, t.route, t.twin);
      const etag = (await fetch(base + t.route, { headers })).headers.get('etag');
      const samples = { route: [], static: [], notModified: [] };
      for (let i = 0; i < runs; i++) {
        samples.route.push(await run(base + t.route, { connections, seconds, headers }));
        samples.static.push(await run(base + twin.url, { connections, seconds, headers }));
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
      rows.push({ target: t.name, bytes: twin.bytes, route, static: stat, not_modified: summary(samples.notModified), ratio: Math.round((route.rps / stat.rps) * 100) / 100 });
    }
  } finally {
    fs.rmSync(path.join('public', '_bench'), { recursive: true, force: true });
  }
  return rows;
}
