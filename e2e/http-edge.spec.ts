/**
 * The edge over real HTTP (server.mjs in front of Next): methods, request targets, what a client
 * says about the host, repeated parameters, the page cache, slow clients and the contract of
 * answers nobody planned for. Requests are made with node:http so that any method, request target
 * and Host header can be sent as it is.
 */
import http from 'node:http';
import net from 'node:net';
import type { ChildProcess } from 'node:child_process';
import { expect, test } from './fixtures';
import { freePort, startServer } from '../bench/server.mjs';
import { expectStrictScriptPolicy } from './page-csp';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function send(base: string, method: string, target: string, headers: Record<string, string> = {}): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, method, path: target, headers: { connection: 'close', ...headers }, setHost: !('host' in headers) }, (res) => {
      let body = '';
      res
        .setEncoding('utf8')
        .on('data', (c) => (body += c))
        .on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject).end();
  });
}

const ROUTES = [
  '/',
  '/?embed=1',
  '/nope',
  '/api/style',
  '/api/layers',
  '/api/layers/provinces',
  '/api/tiles/basemap',
  '/api/tiles/basemap/0/0/0',
  '/api/glyphs/Noto%20Sans%20Regular/0-255',
  '/api/indicators',
  '/api/indicators/gdp_per_capita?year=2020',
  '/api/regions/420000',
  '/api/convergence',
  '/api/preview',
  '/api/nope',
  '/maplibre-gl.mjs',
  '/icon.svg',
];
const REFUSED = ['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND'];
const isApi = (path: string) => path.startsWith('/api/');

test.describe('methods and request targets', () => {
  test('GET and HEAD work, OPTIONS is 204 with Allow, every other method 405 with Allow; never a 5xx', async ({ baseURL }) => {
    for (const path of ROUTES) {
      const get = await send(baseURL!, 'GET', path);
      expect(get.status, `GET ${path}`).toBeLessThan(500);
      const head = await send(baseURL!, 'HEAD', path);
      expect(head.status, `HEAD ${path}`).toBe(get.status);
      expect(head.body, `HEAD ${path}`).toBe('');
      const options = await send(baseURL!, 'OPTIONS', path);
      expect(options.status, `OPTIONS ${path}`).toBe(204);
      expect(options.headers.allow).toBe('GET, HEAD, OPTIONS');
      for (const method of REFUSED) {
        const r = await send(baseURL!, method, path);
        expect(r.status, `${method} ${path}`).toBe(405);
        expect(r.headers.allow, `${method} ${path}`).toBe('GET, HEAD, OPTIONS');
        if (isApi(path)) expect(JSON.parse(r.body)).toMatchObject({ error: 'method_not_allowed' });
        else expect(r.body).toContain('href="/"');
      }
    }
  });

  test('the asterisk form: OPTIONS * is 204, anything else is refused without a 5xx', async ({ baseURL }) => {
    const options = await send(baseURL!, 'OPTIONS', '*');
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe('GET, HEAD, OPTIONS');
    for (const method of ['GET', 'TRACE', 'POST']) expect((await send(baseURL!, method, '*')).status, method).toBeGreaterThanOrEqual(400);
    for (const method of ['GET', 'TRACE', 'POST']) expect((await send(baseURL!, method, '*')).status, method).toBeLessThan(500);
  });

  test('an absolute-form target is answered for its path on this server, never sent to its host', async ({ baseURL }) => {
    for (const target of [
      'http://evil.example/api/style',
      'http://evil.example/api/style/',
      'https://evil.example/',
      'http://evil.example/api/tiles/basemap',
      'http://evil.example/?embed=1',
      'http://evil.example//evil.example/',
    ]) {
      const r = await send(baseURL!, 'GET', target, { host: 'evil.example' });
      expect(r.status, target).toBeLessThan(500);
      // "evil.example" may survive as a path segment on this site (//evil.example/ → /evil.example/), never as a host.
      expect((JSON.stringify(r.headers) + r.body).includes('//evil.example'), target).toBe(false);
      if (r.headers.location) expect(r.headers.location, target).toMatch(/^\/(?!\/)/);
    }
  });
});

test.describe('what the client says about the host', () => {
  const LIE = { host: 'evil.example', 'x-forwarded-host': 'evil.example', forwarded: 'host=evil.example;proto=https', 'x-forwarded-port': '444' };

  test('no URL in any answer is built from Host or X-Forwarded-*', async ({ baseURL }) => {
    for (const path of [
      '/api/style',
      '/api/tiles/basemap',
      '/api/tiles/provinces',
      '/api/tiles/nightlights',
      '/',
      '/?region=420000&lang=zh',
      '/nope',
      '/api/style/',
      '/api\\style',
    ]) {
      // Twice: the second answer of a page comes from the page cache.
      for (let i = 0; i < 2; i++) {
        const r = await send(baseURL!, 'GET', path, LIE);
        expect(r.status, path).toBeLessThan(500);
        expect(JSON.stringify(r.headers) + r.body, path).not.toContain('evil.example');
      }
    }
  });

  test('link previews point at the configured public origin', async ({ baseURL }) => {
    const r = await send(baseURL!, 'GET', '/?indicator=urbanization', LIE);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(r.body)?.[1];
    expect(new URL(image!).origin).toBe(new URL(baseURL!).origin);
  });
});

test.describe('repeated parameters: the edge and the page decide from one parse', () => {
  test('embed=1 twice is an embed, framable; embed given two values is not', async ({ baseURL }) => {
    const embed = await send(baseURL!, 'GET', '/?embed=1&embed=1');
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers['x-frame-options']).toBeUndefined();
    expect(embed.body).toContain('class="app embed"');
    for (const q of ['embed=1&embed=0', 'embed=0&embed=1', 'embed=1&embed=2']) {
      const r = await send(baseURL!, 'GET', `/?${q}`);
      expect(r.headers['content-security-policy'], q).toContain("frame-ancestors 'none'");
      expect(r.headers['x-frame-options'], q).toBe('DENY');
      expect(r.body, q).not.toContain('class="app embed"');
    }
  });

  test('lang=zh twice is Chinese throughout; conflicting values are English throughout', async ({ baseURL }) => {
    const zh = await send(baseURL!, 'GET', '/?lang=zh&lang=zh');
    // The indicator picker's label, a string only the page's own Chinese text has.
    const zhLabel = /<label[^>]*>指标<\/label>/;
    expect(zh.body).toContain('<html lang="zh-Hans"');
    expect(zhLabel.test(zh.body)).toBe(true);
    const mixed = await send(baseURL!, 'GET', '/?lang=zh&lang=en');
    expect(mixed.body).toContain('<html lang="en"');
    expect(zhLabel.test(mixed.body)).toBe(false);
  });
});

test.describe('the page cache', () => {
  test('a new view is kept as it is rendered, and sent as kept: inline scripts by hash, no nonce, started after the first paint', async ({ baseURL }) => {
    const path = `/?indicator=population&year=2015&map=4.5/${(30 + Math.random()).toFixed(4)}/105`;
    const first = await send(baseURL!, 'GET', path);
    expect(expectStrictScriptPolicy(String(first.headers['content-security-policy']), first.body)).toBe('hash');
    expect(first.body).not.toMatch(/<script src="[^"]+" async="">/);
    const second = await send(baseURL!, 'GET', path);
    expect(second.body).toBe(first.body);
    expect(expectStrictScriptPolicy(String(second.headers['content-security-policy']), second.body)).toBe('hash');
    expect(second.body).not.toMatch(/ nonce="/);
    const third = await send(baseURL!, 'GET', path, { 'if-none-match': second.headers.etag! });
    expect(third.status).toBe(304);
  });

  test('links with dropped values get the page of the view they resolve to, which reflects nothing they asked for', async ({ baseURL }) => {
    await send(baseURL!, 'GET', '/?indicator=urbanization&year=2012'); // rendered, then kept
    const shown = await send(baseURL!, 'GET', '/?indicator=urbanization&year=2012');
    expect(shown.headers.etag).toBeTruthy();
    for (const odd of ['/?year=2012&indicator=urbanization&class=zqxjv', '/?indicator=urbanization&year=2012&region=%3Cb%3Ezqxjv']) {
      const r = await send(baseURL!, 'GET', odd);
      expect(r.headers.etag, odd).toBe(shown.headers.etag);
      expect(r.body, odd).not.toContain('zqxjv');
    }
  });
});

test.describe('scripts compressed at build', () => {
  const fetchBytes = (base: string, path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res
            .on('data', (c: Buffer) => chunks.push(c))
            .on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });

  test('MapLibre and the page’s chunks go out as the build’s brotli bytes, revalidated or immutable; other clients get Next’s answer', async ({ baseURL }) => {
    const { brotliDecompressSync } = await import('node:zlib');
    const { readFileSync } = await import('node:fs');
    const lib = await fetchBytes(baseURL!, '/maplibre-gl.mjs', { 'accept-encoding': 'gzip, deflate, br' });
    expect(lib.headers).toMatchObject({ 'content-encoding': 'br', 'cache-control': 'public, max-age=0', vary: 'Accept-Encoding' });
    expect(brotliDecompressSync(lib.body).equals(readFileSync('public/maplibre-gl.mjs'))).toBe(true);
    expect((await fetchBytes(baseURL!, '/maplibre-gl.mjs', { 'accept-encoding': 'br', 'if-none-match': String(lib.headers.etag) })).status).toBe(304);
    expect((await fetchBytes(baseURL!, '/maplibre-gl.mjs', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');

    const page = await send(baseURL!, 'GET', '/');
    const chunk = page.body.match(/\/_next\/static\/chunks\/[\w-]+\.js/)![0];
    const script = await fetchBytes(baseURL!, chunk, { 'accept-encoding': 'br' });
    expect(script.headers).toMatchObject({ 'content-encoding': 'br', 'cache-control': 'public, max-age=31536000, immutable' });
    expect(brotliDecompressSync(script.body).equals(readFileSync(`.next/static/${chunk.slice('/_next/static/'.length)}`))).toBe(true);
  });
});

test.describe('answers nobody planned for', () => {
  test('unknown API paths are a JSON 404; the HTML 404 links back to the map', async ({ baseURL }) => {
    for (const path of ['/api', '/api/nope/deeper']) {
      const api = await send(baseURL!, 'GET', path);
      expect(api.status, path).toBe(404);
      expect(JSON.parse(api.body), path).toMatchObject({ error: 'not_found' });
    }
    const page = await send(baseURL!, 'GET', '/no/such/page');
    expect(page.status).toBe(404);
    expect(page.body).toMatch(/<a [^>]*href="\/"/);
  });

  test('a too-long URL gets a short readable 431 page', async ({ baseURL }) => {
    const r = await send(baseURL!, 'GET', `/?indicator=${'x'.repeat(20_000)}`);
    expect(r.status).toBe(431);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body.length).toBeLessThan(2000);
    expect(r.body).toContain('href="/"');
  });

  test('API answers do not vary on Next’s router headers', async ({ baseURL }) => {
    for (const path of ['/api/layers', '/api/style', '/api/nope', '/api/indicators/nope']) {
      const vary = (await send(baseURL!, 'GET', path, { 'accept-encoding': 'gzip' })).headers.vary ?? '';
      expect(vary, path).not.toMatch(/rsc|next-router/i);
    }
  });
});

test.describe('a server with short client timeouts and no trusted proxy', () => {
  let server: ChildProcess;
  let base: string;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = await startServer(port, { env: { CLIENT_TIMEOUT_MS: '1000', TRUST_PROXY: '0' }, stderr: 'ignore' });
  });
  test.afterAll(() => {
    server?.kill();
  });

  /**
   * Opens a raw connection and resolves with how long the server kept it open (Infinity: past the
   * limit) and how many bytes came back. A paused socket sees the server's close only once it reads
   * again, so `resumeAfterMs` says when a never-reading client looks.
   */
  const heldFor = (write: (socket: net.Socket) => void, limitMs: number, resumeAfterMs = 0) =>
    new Promise<{ ms: number; bytes: number }>((resolve) => {
      const { hostname, port } = new URL(base);
      const started = Date.now();
      let bytes = 0;
      const socket = net.connect(Number(port), hostname, () => write(socket));
      socket.on('error', () => {});
      if (resumeAfterMs) socket.pause();
      socket.on('data', (chunk) => (bytes += chunk.length));
      if (resumeAfterMs) setTimeout(() => socket.resume(), resumeAfterMs).unref();
      socket.on('close', () => resolve({ ms: Date.now() - started, bytes }));
      setTimeout(() => {
        socket.destroy();
        resolve({ ms: Infinity, bytes });
      }, limitMs).unref();
    });

  test('a client that never finishes its headers is answered 408 and disconnected', async () => {
    const held = await heldFor((s) => s.write('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n'), 10_000);
    expect(held.ms).toBeLessThan(10_000);
  });

  test('a client that sends headers a byte at a time is disconnected', async () => {
    const held = await heldFor((s) => {
      const text = 'GET /api/layers HTTP/1.1\r\nHost: x\r\n' + 'X-Padding: a\r\n'.repeat(200);
      let i = 0;
      const timer = setInterval(() => (i < text.length && !s.destroyed ? s.write(text[i++]) : clearInterval(timer)), 100);
      s.on('close', () => clearInterval(timer));
    }, 10_000);
    expect(held.ms).toBeLessThan(10_000);
  });

  test('a reader that stops reading a large answer is cut off', async () => {
    const full = (await send(base, 'GET', '/api/layers/nightlights', { 'accept-encoding': 'identity' })).body.length;
    // Pipelined, so that more is owed than the kernel's socket buffers can hold for a reader that stopped.
    const requests = 30;
    const request = 'GET /api/layers/nightlights HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n';
    const held = await heldFor((s) => s.write(request.repeat(requests)), 25_000, 8_000);
    expect(held.ms).toBeLessThan(25_000);
    expect(held.bytes).toBeLessThan(full * requests);
  });

  test('an idle kept-alive connection is closed', async () => {
    const held = await heldFor((s) => s.write('GET /api/style HTTP/1.1\r\nHost: x\r\n\r\n'), 10_000);
    expect(held.ms).toBeLessThan(10_000);
  });

  test('X-Forwarded-Proto is not believed without TRUST_PROXY', async () => {
    const r = await send(base, 'GET', '/api/style', { 'x-forwarded-proto': 'https' });
    expect(r.headers['strict-transport-security']).toBeUndefined();
  });

  test('a flood of distinct preview images gets images or 503 with Retry-After, and nothing else', async () => {
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) => send(base, 'GET', `/api/preview?indicator=urbanization&year=${2005 + (i % 20)}&range=${40 + i}..${90 + (i % 7)}`)),
    );
    for (const r of replies) {
      expect([200, 503]).toContain(r.status);
      if (r.status === 503) expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(replies.some((r) => r.status === 200)).toBe(true);
  });
});
