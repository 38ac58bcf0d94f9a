/**
 * The edge: everything server.mjs decides about a request before and after Next. One place for the
 * method and target rules, the security headers, what is believed of the client's headers, the
 * page's nonce CSP and framing, the rendered-page cache and the bound on renders.
 */
import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_CSP, pageCsp } from '../http/csp';
import { ENCODING_HEADER, LENGTH_HEADER, SHIM_REQUEST_HEADER } from '../http/precompressed';
import { etagFor, matchesIfNoneMatch, negotiateEncoding } from '../http/prepared-body';
import type { ViewContext } from '../url/view-state';
import { WorkGateFullError, type WorkGate } from '../http/work-gate';
import { htmlAnswer, jsonAnswer, SECURITY_HEADERS, type EdgeAnswer } from './answers';
import { apiLaneOf, type ApiLane } from './api-lanes';
import { documentView, type DocumentView } from './document-view';
import { storedPage, type StoredPage } from './page-cache';
import type { SegmentedCache } from '../cache/segmented-cache';
import { headersWithout, keepableResponse, PER_CONNECTION, sendStoredResponse, type StoredResponse } from './response-cache';
import { decideTarget, type PassedTarget, type TargetDecision } from './request-target';
import type { ClientTimeouts, ServerConfig } from './server-config';
import { CACHE_CONTROL } from '../http/response-kinds';
import { sendStaticAsset, type StaticAsset } from './static-assets';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface EdgeDependencies {
  config: ServerConfig;
  /** Next's request handler. */
  handleNext: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Compresses what Next writes (the `compression` middleware). */
  compress: Middleware;
  /** `on-headers`: runs a listener just before the headers go out. */
  onHeaders: (res: ServerResponse, listener: () => void) => void;
  /** What a deep link may name (loaded once, lazily: it reads the data). */
  viewContext: () => ViewContext;
  /** Paths of the files under public/, which are served as they are. */
  publicFiles: ReadonlySet<string>;
  /** Scripts and styles brotli-compressed at build time (lib/edge/static-assets.ts), by URL path. */
  staticAssets?: (urlPath: string) => StaticAsset | null;
  pages: SegmentedCache<StoredPage>;
  /** Page renders (cache misses): a few at once, a bounded queue and wait, then 503. */
  renderGate: WorkGate;
  /** API requests the response cache cannot answer go to Next through these, each lane in arrival order (lib/edge/api-lanes.ts). */
  apiGates: Record<ApiLane, WorkGate>;
  /** API answers that say others may keep them (Cache-Control: public, an ETag), kept as sent. */
  responses: SegmentedCache<StoredResponse>;
}

/** Two years, subdomains included: long enough for preload lists, and set only over https. */
export const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * True when the reader reached us over https: TLS on this very socket, or — only when the operator
 * says a proxy in front terminates TLS (TRUST_PROXY=1) — that proxy's X-Forwarded-Proto (its first,
 * client-side value).
 */
export function cameOverHttps(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustProxy: boolean): boolean {
  if ((req.socket as { encrypted?: boolean } | undefined)?.encrypted) return true;
  if (!trustProxy) return false;
  const header = req.headers['x-forwarded-proto'];
  const proto = String(Array.isArray(header) ? header[0] : (header ?? ''))
    .split(',')[0]
    .trim()
    .toLowerCase();
  return proto === 'https';
}

type PathKind = 'api' | 'asset' | 'document';

export function pathKind(path: string, publicFiles: ReadonlySet<string>): PathKind {
  if (path === '/api' || path.startsWith('/api/')) return 'api';
  if (path.startsWith('/_next/') || publicFiles.has(path)) return 'asset';
  return 'document';
}

/** Request headers a client must not choose: the edge sets them, or they would put a host in a URL. */
const EDGE_OWNED = [
  'x-lang',
  'content-security-policy',
  'content-security-policy-report-only',
  SHIM_REQUEST_HEADER,
  'forwarded',
  'x-forwarded-host',
  'x-forwarded-port',
];

export function sanitizeRequestHeaders(req: IncomingMessage, config: Pick<ServerConfig, 'publicOrigin' | 'trustProxy'>): void {
  for (const name of EDGE_OWNED) delete req.headers[name];
  if (!config.trustProxy) {
    delete req.headers['x-forwarded-proto'];
    delete req.headers['x-forwarded-for'];
  }
  // Next builds request.url and its own redirects from Host: make it ours, whatever the client said.
  req.headers.host = new URL(config.publicOrigin).host;
  req.headers[SHIM_REQUEST_HEADER] = '1';
}

/** Requests for Next's RSC payloads rather than the HTML document: never answered from the page cache. */
const isRscRequest = (req: IncomingMessage) =>
  Object.keys(req.headers).some((h) => h === 'rsc' || h === 'next-action' || h === 'next-url' || h.startsWith('next-router-'));

/** Headers of a rendered page that the edge sets anew for each response of a kept page. */
const PER_RESPONSE = new Set([
  ...PER_CONNECTION,
  'content-encoding',
  'cache-control',
  'etag',
  'content-security-policy',
  'x-frame-options',
  ...Object.keys(SECURITY_HEADERS).map((h) => h.toLowerCase()),
]);

/** Larger responses are not kept by the edge (the largest layer body is ~1 MB). */
const MAX_STORED_BYTES = 4 * 1024 * 1024;
/** A page render that takes longer than this is broken: its slot is freed and its response cut. */
const RENDER_LIMIT_MS = 15_000;

/** The bytes of a chunk as res.write and res.end take it; null for none (a callback in its place). */
function chunkBytes(chunk: unknown, encoding: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null;
  return typeof chunk === 'string'
    ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    : Buffer.from(chunk as Uint8Array);
}

/**
 * Calls `ended` when Next calls res.end() — the render is over and every byte handed to the socket
 * — with the body it wrote when `capture` is set (null when it was too large to keep).
 */
function onRenderEnd(res: ServerResponse, capture: boolean, ended: (body: Buffer | null) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const keep = (chunk: unknown, encoding?: unknown) => {
    const buffer = capture && size <= MAX_STORED_BYTES ? chunkBytes(chunk, encoding) : null;
    if (!buffer) return;
    size += buffer.length;
    chunks.push(buffer);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    const result = end(chunk, ...rest);
    ended(capture && size <= MAX_STORED_BYTES ? Buffer.concat(chunks) : null);
    return result;
  }) as ServerResponse['end'];
}

/**
 * Keeps what Next writes to `res` instead of sending it: the status and headers stay on `res`, the
 * body is collected, nothing reaches the socket (so Next never waits for the client to read) and
 * `ended` resolves with the body when Next ends. `restore()` gives `res` its own methods back, to
 * send with.
 */
function holdResponse(res: ServerResponse): { ended: Promise<Buffer>; restore: () => void } {
  type Methods = Pick<ServerResponse, 'write' | 'end' | 'writeHead' | 'flushHeaders'> & { flush?: () => void };
  const target = res as ServerResponse & Methods;
  const own: Partial<Methods> = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders, flush: target.flush };
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding: unknown) => {
    const buffer = chunkBytes(chunk, encoding);
    if (buffer) chunks.push(buffer);
  };
  let ended: (body: Buffer) => void = () => undefined;
  const body = new Promise<Buffer>((resolve) => (ended = resolve));
  const done = (callback: unknown) => typeof callback === 'function' && process.nextTick(callback as () => void);
  target.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    keep(chunk, encoding);
    done(typeof encoding === 'function' ? encoding : callback);
    return true;
  }) as ServerResponse['write'];
  target.end = ((chunk?: unknown, encoding?: unknown) => {
    keep(chunk, encoding);
    ended(Buffer.concat(chunks));
    return res;
  }) as ServerResponse['end'];
  target.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status;
    const headers = rest.find((r) => typeof r === 'object' && r !== null) as Record<string, string | string[]> | undefined;
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    return res;
  }) as ServerResponse['writeHead'];
  target.flushHeaders = () => undefined;
  if (own.flush) target.flush = () => undefined;
  return {
    ended: body,
    restore: () => {
      for (const [name, method] of Object.entries(own)) if (method) Object.assign(target, { [name]: method });
    },
  };
}

/**
 * Calls `waiting` once, the first time the socket refuses more (res.write returns false): Next then
 * waits for the client to read ('drain') before it writes on or ends. Its work is done by then, so
 * the edge frees the queue place it held; a client that reads slowly or never would otherwise hold
 * one until the response deadline (a minute), and three such clients held three of the eight.
 */
function onWaitingForClient(res: ServerResponse, waiting: () => void): void {
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  let told = false;
  res.write = ((...args: unknown[]) => {
    const accepted = write(...args);
    if (!accepted && !told) {
      told = true;
      waiting();
    }
    return accepted;
  }) as ServerResponse['write'];
}

/** After Next has set its headers: precompressed bytes named as such, no foreign host, no RSC Vary on the API. */
/** Responses whose Content-Encoding a route handler chose (bytes compressed at build time), not the compression middleware. */
const precompressed = new WeakSet<ServerResponse>();

function finalizeHeaders(res: ServerResponse, kind: PathKind, publicOrigin: string): void {
  const encoding = res.getHeader(ENCODING_HEADER);
  if (encoding) {
    precompressed.add(res);
    res.setHeader('Content-Encoding', String(encoding));
    const length = res.getHeader(LENGTH_HEADER);
    if (length) res.setHeader('Content-Length', String(length));
    res.removeHeader(ENCODING_HEADER);
    res.removeHeader(LENGTH_HEADER);
  }
  const location = res.getHeader('location');
  if (typeof location === 'string') res.setHeader('Location', sameOriginLocation(location, publicOrigin));
  if (kind === 'api') {
    const vary = String(res.getHeader('vary') ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v.toLowerCase() === 'accept-encoding');
    if (vary.length) res.setHeader('Vary', 'Accept-Encoding');
    else res.removeHeader('Vary');
  }
}

/** A redirect never leaves this site: an absolute Location to another origin keeps only its path. */
export function sameOriginLocation(location: string, publicOrigin: string): string {
  let url: URL;
  try {
    url = new URL(location, publicOrigin);
  } catch {
    return '/';
  }
  const path = `${url.pathname.replace(/^\/{2,}/, '/')}${url.search}${url.hash}`;
  return url.origin === publicOrigin && /^[a-z]+:/i.test(location) ? location : path;
}

function send(res: ServerResponse, method: string | undefined, answer: EdgeAnswer): void {
  res.writeHead(answer.status, answer.headers).end(method === 'HEAD' ? undefined : answer.body);
}

const BUSY = (retryAfterS: number) =>
  htmlAnswer(503, 'The server is busy drawing other pages; try again in a few seconds.', { 'Retry-After': String(retryAfterS) });

/**
 * What the edge makes of a request, worked out once: the turn queue picks its lane from
 * `fromMemory` (a refusal, a kept response or page, a static file) and the handler serves it.
 */
export type RequestRoute = { decision: Exclude<TargetDecision, PassedTarget>; fromMemory: true } | PassedRoute;
type PassedRoute = { decision: PassedTarget; fromMemory: boolean } & ({ kind: Exclude<PathKind, 'document'> } | { kind: 'document'; view: DocumentView });

export type EdgeHandler = ((req: IncomingMessage, res: ServerResponse, route?: RequestRoute) => void) & {
  route(req: IncomingMessage): RequestRoute;
};

const queryOf = (url: string) => (url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');

export function createEdgeHandler(deps: EdgeDependencies): EdgeHandler {
  const { config, pages } = deps;

  /** An API answer is kept per URL and the encoding this client gets. */
  const apiCacheKey = (req: IncomingMessage, url: string) =>
    `${url}|${negotiateEncoding(String(req.headers['accept-encoding'] ?? ''), ['br', 'gzip', 'identity'])}`;
  /** A page is kept per path and canonical view; never in dev, nor for Next's RSC payloads. */
  const pageCacheKey = (req: IncomingMessage, path: string, view: DocumentView) => (!config.dev && !isRscRequest(req) ? `${path}?${view.cacheKey}` : null);

  const runNext = (req: IncomingMessage, res: ServerResponse) =>
    deps.handleNext(req, res).catch((err) => {
      console.error('[hinterland] unhandled error', err);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });

  /** Renders in flight per key: concurrent requests for one new view wait for one render (it resolves to the Retry-After seconds if the gate refused it, else null). */
  const rendering = new Map<string, Promise<number | null>>();

  /**
   * Renders a view through Next under the gate; resolves once its page is kept, or the render is over.
   * A GET for a view is held (holdResponse): Next's bytes go to the page store and this reader gets
   * the kept page like every later one (scripts after the first paint, bytes compressed once, inline
   * scripts by hash), so Next never waits on a slow client. Anything but a 200 page goes out as Next
   * wrote it. HEAD and RSC requests, and dev, stream as Next writes them. The slot is freed when the
   * render is over or the client has gone, at the latest after RENDER_LIMIT_MS; a client that left
   * while waiting costs no render at all.
   */
  const render = (req: IncomingMessage, res: ServerResponse, key: string | null, nonce: string, view: DocumentView): Promise<void> =>
    deps.renderGate.run(
      () =>
        new Promise<void>((resolve) => {
          if (res.destroyed || req.socket.destroyed) return resolve();
          const limit = setTimeout(() => {
            console.error('[hinterland] page render exceeded its time limit');
            res.destroy();
          }, RENDER_LIMIT_MS);
          const settle = (after: Promise<void> = Promise.resolve()) => {
            clearTimeout(limit);
            resolve(after);
          };
          res.once('close', () => settle());
          if (key && req.method === 'GET') {
            const held = holdResponse(res);
            void held.ended.then((body) => {
              held.restore();
              const type = String(res.getHeader('content-type') ?? '');
              if (res.statusCode !== 200 || !type.startsWith('text/html')) {
                res.end(body);
                return settle();
              }
              const kept = storedPage(200, headersWithout(res.getHeaders(), PER_RESPONSE), body.toString('utf8'), nonce).then(
                (page) => {
                  pages.set(key, page);
                  if (!res.destroyed) sendStoredPage(req, res, page, pageCsp({ hashes: page.scriptHashes }, config.dev, view.embed));
                },
                (err) => {
                  // As rendered, with the nonce its CSP names.
                  console.error('[hinterland] could not keep a page', err);
                  if (!res.destroyed) res.end(body);
                },
              );
              settle(kept);
            });
          } else {
            onRenderEnd(res, false, () => settle());
            onWaitingForClient(res, () => settle());
          }
          void runNext(req, res);
        }),
    );

  const renderFresh = (req: IncomingMessage, res: ServerResponse, key: string | null, view: DocumentView) => {
    const nonce = crypto.randomBytes(18).toString('base64');
    const csp = pageCsp({ nonce }, config.dev, view.embed);
    res.setHeader('Content-Security-Policy', csp);
    // Next takes the nonce from the request's CSP header; the layout reads x-lang.
    req.headers['content-security-policy'] = csp;
    req.headers['x-lang'] = view.lang;
    const done = render(req, res, key, nonce, view).then(
      () => null,
      (err) => {
        if (!(err instanceof WorkGateFullError)) console.error('[hinterland] page render failed', err);
        if (!res.headersSent) send(res, req.method, BUSY(err instanceof WorkGateFullError ? err.retryAfterSeconds : 5));
        return err instanceof WorkGateFullError ? err.retryAfterSeconds : null;
      },
    );
    if (key && !rendering.has(key)) {
      rendering.set(key, done);
      void done.finally(() => rendering.delete(key));
    }
  };

  /**
   * The API as a CDN in front of it would serve it: an answer Next marked public, with an ETag, is
   * kept per URL and negotiated encoding and sent again without Next (whose per-request routing
   * costs ~1 ms and, at 100 connections, left some requests waiting for seconds).
   */
  const serveApi = (req: IncomingMessage, res: ServerResponse, url: string) => {
    const key = apiCacheKey(req, url);
    const stored = deps.responses.get(key);
    if (stored) return sendStoredResponse(req, res, stored);
    // First come, first served, a few at a time: with a hundred requests inside Next at once, some
    // waited for seconds while later ones finished.
    deps.apiGates[apiLaneOf(url)]
      .run(
        () =>
          new Promise<void>((resolve) => {
            if (res.destroyed || req.socket.destroyed) return resolve();
            res.once('close', resolve);
            onWaitingForClient(res, resolve);
            onRenderEnd(res, req.method === 'GET', (body) => {
              // Bytes the compression middleware encoded are captured before it, so they cannot be kept as sent.
              const encodedHere = res.getHeader('content-encoding') !== undefined && !precompressed.has(res);
              const kept = body && !encodedHere ? keepableResponse(res.statusCode, res.getHeaders(), body) : null;
              if (kept) deps.responses.set(key, kept);
              resolve();
            });
            void runNext(req, res);
          }),
      )
      .catch((err) => {
        if (!res.headersSent)
          send(
            res,
            req.method,
            jsonAnswer(503, 'The server is busy; try again in a moment.', {
              'Retry-After': String(err instanceof WorkGateFullError ? err.retryAfterSeconds : 1),
            }),
          );
      });
  };

  const serveDocument = (req: IncomingMessage, res: ServerResponse, path: string, view: DocumentView) => {
    // Older browsers read X-Frame-Options; the embed view is the one page others may frame.
    if (!view.embed) res.setHeader('X-Frame-Options', 'DENY');
    const key = pageCacheKey(req, path, view);
    const fromCache = () => {
      const stored = key ? pages.get(key) : undefined;
      if (stored) sendStoredPage(req, res, stored, pageCsp({ hashes: stored.scriptHashes }, config.dev, view.embed));
      return !!stored;
    };
    // Served from the cache, or after the render in flight for this view, or rendered here. When the
    // render waited for was refused by the gate, its waiters are told to come back too: queueing them
    // again, one after another, had made some wait 3 s in the load test's cold phase.
    const attempt = (): void => {
      if (res.destroyed || fromCache()) return;
      const pending = key ? rendering.get(key) : undefined;
      if (!pending) return renderFresh(req, res, key, view);
      void pending.then((refusedFor) => {
        if (refusedFor === null) attempt();
        else if (!res.destroyed && !fromCache()) send(res, req.method, BUSY(refusedFor));
      });
    };
    attempt();
  };

  const route = (req: IncomingMessage): RequestRoute => {
    const decision = decideTarget(req.method, req.url);
    if (!decision.pass) return { decision, fromMemory: true };
    const kind = pathKind(decision.path, deps.publicFiles);
    if (kind === 'asset') return { decision, kind, fromMemory: !!deps.staticAssets?.(decision.path) };
    if (kind === 'api') return { decision, kind, fromMemory: !config.dev && deps.responses.has(apiCacheKey(req, decision.url)) };
    const view = documentView(queryOf(decision.url), deps.viewContext());
    const key = pageCacheKey(req, decision.path, view);
    return { decision, kind, view, fromMemory: key !== null && pages.has(key) };
  };

  // `given` is the route the turn queue was told; the caches it looked at are read again when served.
  const handle = (req: IncomingMessage, res: ServerResponse, given: RequestRoute = route(req)) => {
    if (cameOverHttps(req, config.trustProxy)) res.setHeader('Strict-Transport-Security', HSTS);
    if (!given.decision.pass) return send(res, req.method, given.decision.answer);
    const passed = given as PassedRoute;
    const { decision } = passed;
    req.url = decision.url;
    sanitizeRequestHeaders(req, config);
    enforceResponseDeadline(res, config.timeouts);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);

    deps.compress(req, res, () => {
      // Registered after compression's own listener, so it runs first (on-headers runs in reverse).
      const { kind } = passed;
      deps.onHeaders(res, () => finalizeHeaders(res, kind, config.publicOrigin));
      if (passed.kind !== 'document') {
        res.setHeader('X-Frame-Options', 'DENY');
        if (kind === 'api') res.setHeader('Content-Security-Policy', API_CSP);
        if (kind === 'api' && !config.dev) return serveApi(req, res, decision.url);
        const asset = kind === 'asset' ? deps.staticAssets?.(decision.path) : null;
        if (asset && sendStaticAsset(req, res, asset)) return;
        void runNext(req, res);
        return;
      }
      serveDocument(req, res, decision.path, passed.view);
    });
  };
  return Object.assign(handle, { route });
}

/**
 * A kept page: the same bytes for everyone, so it may be revalidated by ETag (304) and held by a
 * shared cache for a minute; its CSP names its inline scripts by hash.
 */
function sendStoredPage(req: IncomingMessage, res: ServerResponse, page: StoredPage, csp: string): void {
  for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('Cache-Control', CACHE_CONTROL.keptPage);
  const encoding = negotiateEncoding(String(req.headers['accept-encoding'] ?? ''), ['br', 'gzip', 'identity']);
  res.setHeader('ETag', etagFor(page.hash, encoding));
  res.setHeader('Vary', 'Accept-Encoding');
  if (matchesIfNoneMatch(req.headers['if-none-match'] ?? null, page.hash)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const body = encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.identity;
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', String(body.length));
  res.statusCode = page.status;
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** However slowly a client reads, a response ends within the deadline; the socket is freed. */
function enforceResponseDeadline(res: ServerResponse, timeouts: ClientTimeouts): void {
  const timer = setTimeout(() => res.destroy(), timeouts.responseMs);
  timer.unref();
  res.once('close', () => clearTimeout(timer));
}
