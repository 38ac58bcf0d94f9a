/**
 * npm run test:load — mixed, realistic traffic at 100 connections against the production server
 * (server.mjs, started here on a free port; `npm run build` first if there is no build), while the
 * server's RSS is sampled every second. Three phases: cold (the first requests meet empty caches),
 * warm-up (for the RSS baseline), load. Beside them all run a control request timed every 250 ms,
 * clients that hang up mid-request and clients that read slowly or never (bench/load-side-traffic.mjs).
 * Then checks that the app still answers correctly. Prints a table, writes bench/load-results.json,
 * and exits non-zero on any limit of bench/load-verdict.mjs: a request over 5 s, a 5xx other than a
 * 503 with Retry-After, page p99 over 1.5 s, the control over 500 ms, an error line in the server's
 * log, socket errors, unexpected statuses, RSS growth ≥ 20% from warm-up to end, a failed post-check.
 *
 *   --duration S (LOAD_DURATION, default 60)   --warmup S (LOAD_WARMUP, default 30)
 *   --cold S (LOAD_COLD, default 15)           --connections N (LOAD_CONNECTIONS, 100)
 *   --port P (LOAD_PORT, default: any free port)   --build (rebuild first)
 *   --quick (LOAD_QUICK=1): a ~12 s smoke run (cold 4, warm-up 2, load 6); RSS growth is not judged.
 */
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { postChecks } from './load-checks.mjs';
import { isErrorLine, lineSplitter } from './load-server-log.mjs';
import { aborters, controlProbe, slowReaders } from './load-side-traffic.mjs';
import { createTally } from './load-tally.mjs';
import { isPageKind, picker, seededRandom, trafficMix } from './load-traffic.mjs';
import { printReport } from './load-report.mjs';
import { failures, LIMITS } from './load-verdict.mjs';
import { ensureBuild, freePort, readRssKb, startServer } from './server.mjs';
import { median } from './stats.mjs';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string' },
    warmup: { type: 'string' },
    cold: { type: 'string' },
    connections: { type: 'string' },
    port: { type: 'string' },
    build: { type: 'boolean' },
    quick: { type: 'boolean' },
  },
});
const quick = args.quick ?? process.env.LOAD_QUICK === '1';
const seconds = (flag, env, full, short) => Number(args[flag] ?? process.env[env] ?? (quick ? short : full));
const duration = seconds('duration', 'LOAD_DURATION', 60, 6);
// 30 s: under 100 connections V8 keeps sizing its heap for ~30–40 s (measured), which is not a leak.
const warmup = seconds('warmup', 'LOAD_WARMUP', 30, 2);
const cold = seconds('cold', 'LOAD_COLD', 15, 4);
const connections = Number(args.connections ?? process.env.LOAD_CONNECTIONS ?? 100);
// Longer than the 5 s limit, so that a slow answer is measured rather than cut off.
const CLIENT_TIMEOUT_S = 10;
const mb = (kb) => Math.round(kb / 102.4) / 10;

/**
 * Runs autocannon for `secs` with each request's path drawn from the mix, and tallies every answer
 * with its latency, timed from when the request is written (one request per connection in flight,
 * so the connection's context carries it to its answer).
 */
async function fire(base, next, secs, tally) {
  const inFlight = new Map();
  let id = 0;
  const result = await new Promise((resolve, reject) => {
    running = autocannon(
      {
        url: base,
        connections,
        duration: secs,
        timeout: CLIENT_TIMEOUT_S,
        headers: { 'accept-encoding': 'br, gzip', 'user-agent': 'hinterland-load-test' },
        requests: [
          {
            setupRequest: (req, context) => {
              const { kind, path } = next();
              context.id = ++id;
              inFlight.set(context.id, { kind, start: performance.now() });
              return { ...req, path };
            },
            onResponse: (status, _body, context, headers) => {
              const sent = inFlight.get(context.id);
              inFlight.delete(context.id);
              tally.record(sent.kind, status, performance.now() - sent.start, headers);
            },
          },
        ],
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
  });
  // Left unanswered: timed out (after CLIENT_TIMEOUT_S, however long ago), or still running when the phase ended.
  const now = performance.now();
  for (const sent of inFlight.values()) tally.unanswered(sent.kind, Math.min(now - sent.start, CLIENT_TIMEOUT_S * 1000));
  return result;
}

/** One phase's numbers: autocannon's totals and the tally's per-kind view. */
function phaseSummary(r, tally) {
  const statuses = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
  return {
    requests: {
      total: r.requests.total,
      per_s: Math.round(r.requests.average),
      p50_ms: r.latency.p50,
      p99_ms: r.latency.p99,
      max_ms: r.latency.max,
      mb_per_s: Math.round(r.throughput.average / 1e5) / 10,
    },
    statuses,
    socket_errors: r.errors,
    timeouts: r.timeouts,
    ...tally.summary(isPageKind),
  };
}

/** The catalogues the mix is read from, asked of a server started only for that: the measured one starts cold. */
async function readMix() {
  const port = await freePort();
  const scout = await startServer(port, { stderr: 'ignore' });
  try {
    return await trafficMix(`http://127.0.0.1:${port}`);
  } finally {
    await new Promise((resolve) => scout.once('exit', resolve).kill());
  }
}

ensureBuild({ force: args.build });
const mix = await readMix();
const port = Number(args.port ?? process.env.LOAD_PORT ?? (await freePort()));
const base = `http://127.0.0.1:${port}`;
let serverErrors = 0;
const serverErrorLines = [];
const server = await startServer(port, { stderr: 'pipe' });
server.stderr.setEncoding('utf8').on(
  'data',
  lineSplitter((line) => {
    process.stderr.write(`${line}\n`);
    if (!isErrorLine(line)) return;
    serverErrors++;
    if (serverErrorLines.length < 5) serverErrorLines.push(line.slice(0, 200));
  }),
);

let exited;
/** The autocannon run in progress, so that it can be stopped when the server dies. */
let running;
// A dead server ends the run: the phase stops and no further phase starts.
server.on('exit', (code, signal) => {
  exited = `the server exited during the ${phase} phase (${signal ?? `code ${code}`})`;
  running?.stop();
});

const samples = [];
let phase = 'cold';
const sampler = setInterval(() => exited || samples.push({ t: Math.round(performance.now() / 1000), phase, rss_kb: readRssKb(server.pid) }), 1000);
// Side traffic ends with the run, and in any case a little after the phases' planned end.
const untilMs = performance.now() + (cold + warmup + duration + 30) * 1000;
const slowGroups = mix.filter((g) => g.make || g.kind === 'provinces layer');
const control = controlProbe(base, { untilMs, limitMs: LIMITS.control_max_ms, phase: () => phase });
const nextSlow = picker(slowGroups, seededRandom(11));
const hangUps = aborters(port, { untilMs, nextPath: () => nextSlow().path });
const readers = slowReaders(port, { path: mix.find((g) => g.kind === 'provinces layer').paths[0], untilMs });
let results;
try {
  const next = picker(mix, seededRandom(7));
  const fixedPaths = mix.reduce((n, g) => n + (g.paths?.length ?? 0), 0);
  console.log(`Cold ${cold} s, warm-up ${warmup} s, then ${duration} s at ${connections} connections on ${base}${quick ? ' (quick)' : ''}`);
  const phases = {};
  for (const [name, secs] of [
    ['cold', cold],
    ['warmup', warmup],
    ['load', duration],
  ]) {
    if (exited) break;
    phase = name;
    const tally = createTally();
    phases[name] = phaseSummary(await fire(base, next, secs, tally), tally);
  }
  const rssOf = (name) => samples.filter((s) => s.phase === name).map((s) => s.rss_kb);
  const baseline = median(rssOf('warmup').slice(-3));
  const end = median(rssOf('load').slice(-3));
  phase = 'checks';
  const [controlSummary, aborted, slow] = await Promise.all([control.stop(), hangUps.stop(), readers.stop()]);
  const checks = await postChecks(base);

  const growth = Math.round(((end - baseline) / baseline) * 1000) / 10;
  results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    options: {
      cold_s: cold,
      warmup_s: warmup,
      duration_s: duration,
      connections,
      quick,
      paths: fixedPaths,
      generated: mix.filter((g) => g.make).map((g) => g.kind),
    },
    phases,
    control: controlSummary,
    aborted_requests: aborted,
    slow_readers: slow,
    server_errors_logged: serverErrors,
    server_error_lines: serverErrorLines,
    rss_mb: {
      after_warmup: mb(baseline),
      end: mb(end),
      peak: mb(Math.max(0, ...rssOf('load'))),
      growth_pct: growth,
      samples: samples.map(({ rss_kb, ...s }) => ({ ...s, rss_mb: mb(rss_kb) })),
    },
    post_checks: checks,
    exited,
  };
  results.failures = failures(results, { checkRss: !quick });
} finally {
  clearInterval(sampler);
  // Stopping twice is harmless; this ends the side traffic when a phase threw.
  await Promise.all([control.stop(), hangUps.stop(), readers.stop()]);
  server.kill();
}

fs.writeFileSync('bench/load-results.json', JSON.stringify(results, null, 2) + '\n');
printReport(results);
if (results.failures.length) {
  console.error(`\nLoad test FAILED:\n- ${results.failures.join('\n- ')}`);
  process.exitCode = 1;
} else {
  console.log('\nLoad test passed.');
}
