/** What server.mjs loads (through tsx): the edge and its configuration. */
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { createWorkGate } from '../http/work-gate';
import { serverViewContext } from '../server/view-context';
import { answerFor, htmlAnswer, jsonAnswer, rawHttpResponse } from './answers';
import { createEdgeHandler, type EdgeDependencies } from './handler';
import { createStaticAssets } from './static-assets';
import { createTurnQueue } from './turn-queue';
import { SegmentedCache } from '../cache/segmented-cache';
import { ALLOWED_METHODS } from './request-target';

export { serverConfig, ServerConfigError } from './server-config';
export { warmUp } from './warm-up';

/** Every file under public/, as the URL path Next serves it at. */
function publicFiles(dir = path.join(process.cwd(), 'public')): Set<string> {
  const files = new Set<string>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.add(`/${path.relative(dir, full).split(path.sep).join('/')}`);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return files;
}

/**
 * Request starts per event-loop turn (lib/edge/turn-queue.ts): answers from memory for as long as
 * the loop spent elsewhere, 1–10 ms; one request for Next. In the load test this accepted a phase's
 * 100 new connections within ~1 s of a busy server (5–8 s with no queue) and kept the control
 * request under 200 ms.
 */
const TURN_BUDGET = { memoryBudgetMinMs: 1, memoryBudgetMaxMs: 10 };

export function createEdge(deps: Pick<EdgeDependencies, 'config' | 'handleNext' | 'compress' | 'onHeaders'>) {
  const files = publicFiles();
  const queue = createTurnQueue(TURN_BUDGET);
  const handle = createEdgeHandler({
    ...deps,
    viewContext: serverViewContext,
    publicFiles: files,
    // Scripts and styles compressed at build time; in dev Next's own files change under it.
    staticAssets: deps.config.dev
      ? undefined
      : createStaticAssets({ next: path.join(process.cwd(), '.next'), public: path.join(process.cwd(), 'public') }, files),
    // ~140 KB a page: 24 MB keeps well over a hundred shared views; probation takes the one-offs.
    pages: new SegmentedCache({ probationEntries: 32, probationBytes: 6 * 1024 * 1024, protectedBytes: 24 * 1024 * 1024 }),
    // Eight API requests inside Next at once, the rest in arrival order (at most one per connection);
    // previews and bbox cuts apart, as many as their own gates can run or queue (2 + 32, 4 + 256).
    apiGates: {
      quick: createWorkGate({ concurrency: 8, maxQueued: 4096, retryAfterSeconds: 1 }),
      gated: createWorkGate({ concurrency: 16, maxQueued: 4096, retryAfterSeconds: 1 }),
    },
    // Tiles are a few KB, layers up to ~1 MB: 64 MB keeps every tile and layer a session touches.
    responses: new SegmentedCache({ probationEntries: 512, probationBytes: 16 * 1024 * 1024, protectedBytes: 64 * 1024 * 1024 }),
    // Two renders at once on a two-core machine, 16 waiting for at most 0.5 s: a new view either
    // renders soon or is told to come back (503, Retry-After); it never waits for seconds.
    renderGate: createWorkGate({ concurrency: 2, maxQueued: 16, retryAfterSeconds: 5, maxWaitMs: 500 }),
  });
  // A client that left while its request waited costs nothing.
  return (req: IncomingMessage, res: ServerResponse) => {
    const route = handle.route(req);
    queue.push(() => req.socket.destroyed || handle(req, res, route), route.fromMemory ? 'memory' : 'work');
  };
}

/**
 * Requests Node's parser refused before any handler ran: a readable answer instead of a bare one
 * (431 for a too-long URL or headers). `err.code` comes from llhttp.
 */
export function answerClientError(err: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket): void {
  if (!socket.writable || err.code === 'ECONNRESET') return void socket.destroy();
  const firstLine = String(err.rawPacket?.subarray(0, 2048) ?? '').split('\r\n')[0];
  const path = firstLine.split(' ')[1] ?? '/';
  const answer =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? htmlAnswer(431, 'The address or the request headers are too long. Shorten the link (a view needs only a few parameters) and try again.')
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? jsonAnswer(408, 'The request took too long to arrive.')
        : err.code === 'HPE_INVALID_METHOD'
          ? answerFor(path)(405, `This server only reads: ${ALLOWED_METHODS}.`, { Allow: ALLOWED_METHODS })
          : jsonAnswer(400, 'The request could not be read as HTTP/1.1.');
  // Closed once written: a client that never reads must not keep the socket.
  socket.write(rawHttpResponse(answer), () => socket.destroy());
  socket.setTimeout(1000, () => socket.destroy());
}
