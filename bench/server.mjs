/**
 * Starting the production server for the benchmarks and the load test: server.mjs itself, as a
 * child process, so that its RSS can be read from /proc and it can be stopped by its own pid.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/** Runs `npm run build` when there is no production build yet (`force` rebuilds anyway). */
export function ensureBuild({ force = false } = {}) {
  if (!force && fs.existsSync('.next/BUILD_ID')) return false;
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
  return true;
}

/** A port nobody listens on now: the OS picks it, so parallel runs on one machine do not collide. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node server.mjs` on `port` and resolves once it answers /api/layers. BENCH_NODE_ARGS passes
 * flags to that node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the server under a run.
 */
export async function startServer(port, { env = {}, stderr = 'inherit' } = {}) {
  const base = `http://127.0.0.1:${port}`;
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const server = spawn('node', [...nodeArgs, 'server.mjs'], {
    env: { ...process.env, ...env, PORT: String(port) },
    // stdout is drained: a pipe nobody reads would block the server once its buffer fills.
    stdio: ['ignore', 'ignore', stderr],
  });
  for (let i = 0; i < 150; i++) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/layers`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('server did not start');
}

/** Resident memory of a process in KB, from /proc (Linux only). */
export function readRssKb(pid, field = 'VmRSS') {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
}
