/**
 * Traffic that runs beside the load test's main stream, each kind bounded in count and time and
 * sent only to 127.0.0.1: a control request timed throughout (does one cheap route stay fast while
 * the rest is busy?), clients that give up on a request, and clients that read slowly or never.
 * A server that ties a worker, a preview slot or memory to a client that went away shows here.
 */
import net from 'node:net';
import { percentile } from './stats.mjs';

const HOST = '127.0.0.1';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A raw HTTP/1.1 GET, so a client can stop reading (or hang up) at any byte. */
const rawGet = (port, path, headers = '') =>
  `GET ${path} HTTP/1.1\r\nHost: ${HOST}:${port}\r\nUser-Agent: hinterland-load-test\r\n${headers}Connection: close\r\n\r\n`;

/**
 * GET `path` every `everyMs`, one at a time, until stop() or `untilMs` (performance.now());
 * stop() resolves with its latencies: p50, p99, the slowest and in which phase, how many reached `limitMs`.
 */
export function controlProbe(base, { path = '/api/style', everyMs = 250, untilMs, limitMs, phase }) {
  let stopped = false;
  const samples = [];
  const loop = (async () => {
    while (!stopped && performance.now() < untilMs) {
      const start = performance.now();
      const at = phase();
      let status = 'error';
      try {
        const res = await fetch(base + path, { signal: AbortSignal.timeout(10_000) });
        await res.arrayBuffer();
        status = res.status;
      } catch {
        // a sample without a status: counted as failed
      }
      const ms = Math.round(performance.now() - start);
      samples.push({ ms, status, phase: at });
      await sleep(Math.max(0, everyMs - ms));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      const latencies = samples.map((s) => s.ms);
      const slowest = samples.reduce((a, b) => (b.ms > (a?.ms ?? -1) ? b : a), undefined);
      return {
        path,
        every_ms: everyMs,
        requests: samples.length,
        failed: samples.filter((s) => s.status !== 200).length,
        p50_ms: percentile(latencies, 50),
        p99_ms: percentile(latencies, 99),
        max_ms: slowest?.ms ?? 0,
        max_phase: slowest?.phase,
        over_limit: latencies.filter((ms) => ms >= limitMs).length,
      };
    },
  };
}

/**
 * `count` clients that each send a request and hang up: alternately right after sending it, and on
 * the first bytes of the answer. `nextPath()` says what to ask for; a pause of `pauseMs` between tries.
 */
export function aborters(port, { count = 4, pauseMs = 100, untilMs, nextPath }) {
  let stopped = false;
  const tally = { sent: 0, before_answer: 0, while_reading: 0, no_answer_in_5s: 0 };
  const once = (path, whileReading) =>
    new Promise((resolve) => {
      const socket = net.connect(port, HOST);
      const done = (outcome) => {
        clearTimeout(timer);
        socket.destroy();
        tally[outcome]++;
        resolve();
      };
      const timer = setTimeout(() => done('no_answer_in_5s'), 5000);
      socket.on('error', () => {});
      socket.on('connect', () => {
        tally.sent++;
        socket.write(rawGet(port, path, 'Accept-Encoding: br, gzip\r\n'));
        if (!whileReading) setImmediate(() => done('before_answer'));
      });
      if (whileReading) socket.once('data', () => done('while_reading'));
    });
  const loops = Array.from({ length: count }, async (_, i) => {
    for (let n = 0; !stopped && performance.now() < untilMs; n++) {
      await once(nextPath(), (n + i) % 2 === 1);
      await sleep(pauseMs);
    }
  });
  return {
    async stop() {
      stopped = true;
      await Promise.all(loops);
      return tally;
    },
  };
}

/**
 * `slow` clients that read their answer `chunkBytes` a second, and `stuck` clients that send a
 * request and never read; uncompressed, so the body is big enough to fill the socket buffers.
 * A client whose connection closes starts again (at most `maxConnections` in all). Whether the
 * server hangs up on them is reported, not judged: a server may rightly drop a client that never reads.
 */
export function slowReaders(port, { path, slow = 2, stuck = 1, chunkBytes = 1024, untilMs, maxConnections = 50 }) {
  let stopped = false;
  let opened = 0;
  const sockets = new Set();
  const tally = {
    slow: { connections: 0, bytes_read: 0, answers_read: 0, cut_off_by_server: 0 },
    stuck: { connections: 0, cut_off_by_server: 0, longest_held_s: 0 },
  };
  const hangUp = (socket) => {
    socket.closedByUs = true;
    socket.destroy();
  };
  const hold = (reads) =>
    new Promise((resolve) => {
      const t = reads ? tally.slow : tally.stuck;
      opened++;
      t.connections++;
      const start = performance.now();
      const socket = net.connect(port, HOST);
      sockets.add(socket);
      let ticker;
      let ended = false;
      // A hard end, whether or not stop() is called.
      const expiry = setTimeout(() => hangUp(socket), Math.max(0, untilMs - performance.now()));
      socket.pause();
      socket.on('error', () => {});
      socket.on('connect', () => socket.write(rawGet(port, path)));
      if (reads) {
        ticker = setInterval(() => {
          const chunk = socket.read(chunkBytes) ?? socket.read();
          if (chunk) t.bytes_read += chunk.length;
        }, 1000);
        socket.on('end', () => {
          ended = true;
          t.answers_read++;
        });
      }
      socket.on('close', () => {
        clearInterval(ticker);
        clearTimeout(expiry);
        sockets.delete(socket);
        if (!socket.closedByUs && !ended) t.cut_off_by_server++;
        if (!reads) t.longest_held_s = Math.max(t.longest_held_s, Math.round((performance.now() - start) / 1000));
        resolve();
      });
    });
  const loop = async (reads) => {
    while (!stopped && performance.now() < untilMs && opened < maxConnections) {
      await hold(reads);
      await sleep(1000);
    }
  };
  const loops = [...Array.from({ length: slow }, () => loop(true)), ...Array.from({ length: stuck }, () => loop(false))];
  return {
    async stop() {
      stopped = true;
      for (const s of sockets) hangUp(s);
      await Promise.all(loops);
      return tally;
    },
  };
}
