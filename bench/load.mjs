/**
 * npm run test:load — mixed, realistic traffic at 100 connections against the production server
 * (server.mjs, started here on a free port; `npm run build` first if there is no build), while the
 * server's RSS is sampled every second. Then checks that the app still answers correctly.
 * Prints a table, writes bench/load-results.json, and exits non-zero on any 5xx, socket error or
 * timeout, unexpected status, RSS growth ≥ 20% from warm-up to end, or a failed post-check.
 *
 *   --duration S (LOAD_DURATION, default 60)   --warmup S (LOAD_WARMUP, default 30)
 *   --connections N (LOAD_CONNECTIONS, 100)    --port P (LOAD_PORT, default: any free port)
 */
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { postChecks } from './load-checks.mjs';
import { picker, seededRandom, trafficMix } from './load-traffic.mjs';
import { ensureBuild, freePort, readRssKb, startServer } from './server.mjs';
import { median } from './stats.mjs';

const MAX_RSS_GROWTH_PCT = 20;
const EXPECTED = new Set([200, 204, 304]);

const { values: args } = parseArgs({
  options: { duration: { type: 'string' }, warmup: { type: 'string' }, connections: { type: 'string' }, port: { type: 'string' }, build: { type: 'boolean' } },
});
const duration = Number(args.duration ?? process.env.LOAD_DURATION ?? 60);
// 30 s: under 100 connections V8 keeps sizing its heap for ~30–40 s (measured), which is not a leak.
const warmup = Number(args.warmup ?? process.env.LOAD_WARMUP ?? 30);
const connections = Number(args.connections ?? process.env.LOAD_CONNECTIONS ?? 100);
const mb = (kb) => Math.round(kb / 102.4) / 10;

/** Runs autocannon with each request's path drawn from the mix; counts statuses per kind of request. */
function fire(base, next, seconds, tally) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        timeout: 10,
        headers: { 'accept-encoding': 'br, gzip', 'user-agent': 'hinterland-load-test' },
        requests: [
          {
            // With one request per connection in flight, the context carries the kind to its response.
            setupRequest: (req, context) => {
              const { kind, path } = next();
              context.kind = kind;
              return { ...req, path };
            },
            onResponse: (status, _body, context) => tally(context.kind, status),
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

/** Requests every path of the mix once, so lazily built bodies exist before the RSS baseline. */
async function prime(base, mix) {
  const paths = mix.flatMap((g) => g.paths);
  for (let i = 0; i < paths.length; i += 8) await Promise.all(paths.slice(i, i + 8).map((p) => fetch(base + p).then((r) => r.arrayBuffer())));
  return paths.length;
}

ensureBuild({ force: args.build });
const port = Number(args.port ?? process.env.LOAD_PORT ?? (await freePort()));
const base = `http://127.0.0.1:${port}`;
let serverErrors = 0;
const server = await startServer(port, { stderr: 'pipe' });
server.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  serverErrors += String(chunk).split('[hinterland]').length - 1;
});

let exited;
server.on('exit', (code, signal) => (exited = `the server exited during the ${phase} phase (${signal ?? `code ${code}`})`));

const samples = [];
let phase = 'prime';
const sampler = setInterval(() => exited || samples.push({ t: Math.round(performance.now() / 1000), phase, rss_kb: readRssKb(server.pid) }), 1000);
let results;
try {
  const mix = await trafficMix(base);
  const primed = await prime(base, mix);
  const next = picker(mix, seededRandom(7));
  phase = 'warmup';
  console.log(`Primed ${primed} paths; warming up ${warmup} s, then ${duration} s at ${connections} connections on ${base}`);
  await fire(base, next, warmup, () => {});
  const baseline = median(samples.filter((s) => s.phase === 'warmup').slice(-3).map((s) => s.rss_kb));
  phase = 'load';
  const byKind = Object.fromEntries(mix.map((g) => [g.kind, { requests: 0, statuses: {} }]));
  const r = await fire(base, next, duration, (kind, status) => {
    byKind[kind].requests++;
    byKind[kind].statuses[status] = (byKind[kind].statuses[status] ?? 0) + 1;
  });
  const loadSamples = samples.filter((s) => s.phase === 'load').map((s) => s.rss_kb);
  const end = median(loadSamples.slice(-3));
  phase = 'checks';
  const checks = await postChecks(base);

  const statuses = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
  const count = (pred) => Object.entries(statuses).reduce((n, [code, c]) => n + (pred(Number(code)) ? c : 0), 0);
  const growth = Math.round(((end - baseline) / baseline) * 1000) / 10;
  results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    options: { duration_s: duration, warmup_s: warmup, connections, paths: primed },
    requests: { total: r.requests.total, per_s: Math.round(r.requests.average), p50_ms: r.latency.p50, p99_ms: r.latency.p99, max_ms: r.latency.max, mb_per_s: Math.round(r.throughput.average / 1e5) / 10 },
    statuses,
    status_5xx: count((c) => c >= 500),
    unexpected_statuses: count((c) => !EXPECTED.has(c) && c < 500),
    socket_errors: r.errors,
    timeouts: r.timeouts,
    server_errors_logged: serverErrors,
    by_kind: byKind,
    rss_mb: { after_warmup: mb(baseline), end: mb(end), peak: mb(Math.max(...loadSamples)), growth_pct: growth, samples: samples.map(({ rss_kb, ...s }) => ({ ...s, rss_mb: mb(rss_kb) })) },
    post_checks: checks,
  };
  results.failures = [
    exited,
    results.status_5xx && `${results.status_5xx} responses were 5xx`,
    results.socket_errors && `${results.socket_errors} socket errors (timeouts included: ${results.timeouts})`,
    results.unexpected_statuses && `${results.unexpected_statuses} responses had an unexpected status (every URL sent is valid)`,
    serverErrors && `the server logged ${serverErrors} request errors`,
    growth >= MAX_RSS_GROWTH_PCT && `RSS grew ${growth}% (limit ${MAX_RSS_GROWTH_PCT}%)`,
    ...checks.filter((c) => !c.ok).map((c) => `post-check failed: ${c.name}: ${c.detail}`),
  ].filter(Boolean);
} finally {
  clearInterval(sampler);
  server.kill();
}

fs.writeFileSync('bench/load-results.json', JSON.stringify(results, null, 2) + '\n');
const q = results.requests;
console.log(`\nLoad: ${duration} s, ${connections} connections, ${results.options.paths} distinct URLs`);
console.table({
  requests: { value: q.total, limit: '' },
  'requests/s': { value: q.per_s, limit: '' },
  'latency p50 / p99 / max (ms)': { value: `${q.p50_ms} / ${q.p99_ms} / ${q.max_ms}`, limit: '' },
  'statuses': { value: Object.entries(results.statuses).map(([c, n]) => `${c}: ${n}`).join(', '), limit: '200, 204, 304' },
  '5xx': { value: results.status_5xx, limit: '0' },
  'socket errors (incl. timeouts)': { value: `${results.socket_errors} (${results.timeouts})`, limit: '0' },
  'unexpected statuses': { value: results.unexpected_statuses, limit: '0' },
  'server-logged errors': { value: results.server_errors_logged, limit: '0' },
  'RSS after warm-up → end (MB)': { value: `${results.rss_mb.after_warmup} → ${results.rss_mb.end} (peak ${results.rss_mb.peak})`, limit: '' },
  'RSS growth (%)': { value: results.rss_mb.growth_pct, limit: `< ${MAX_RSS_GROWTH_PCT}` },
});
console.table(Object.fromEntries(Object.entries(results.by_kind).map(([k, v]) => [k, { requests: v.requests, statuses: Object.entries(v.statuses).map(([c, n]) => `${c}: ${n}`).join(', ') }])));
for (const c of results.post_checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name} (${c.detail})`);
console.log('Written to bench/load-results.json');
if (results.failures.length) {
  console.error(`\nLoad test FAILED:\n- ${results.failures.join('\n- ')}`);
  process.exitCode = 1;
} else {
  console.log('\nLoad test passed.');
}
