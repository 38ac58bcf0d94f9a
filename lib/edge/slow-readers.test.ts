/**
 * A client that never reads its answer holds no place in the edge's queues: once Next has written
 * what the socket takes and waits for the client, the place goes to the next request. Over real
 * HTTP, with a stand-in Next that, like Next, waits for 'drain' before writing on.
 */
import { once } from 'node:events';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { standInEdge } from './stand-in-edge.testing';

/** Far more than loopback socket buffers hold, so the writer has to wait for the reader. */
const BIG_CHUNKS = 512;
const CHUNK = Buffer.alloc(64 * 1024, 'a');

async function edgeWithBigAnswers() {
  const edge = await standInEdge(async (req, res) => {
    const big = req.url?.includes('big');
    res.setHeader('content-type', req.url?.startsWith('/api') ? 'application/json' : 'text/html; charset=utf-8');
    if (!big) return void res.end(req.url?.startsWith('/api') ? '{}' : '<!DOCTYPE html><html><head></head><body><p>a view</p></body></html>');
    for (let i = 0; i < BIG_CHUNKS; i++) if (!res.write(CHUNK)) await once(res, 'drain');
    res.end();
  });
  const sockets: net.Socket[] = [];
  /** Asks for `path` and never reads the answer. */
  const neverRead = async (path: string) => {
    const socket = net.connect(Number(new URL(edge.base).port), '127.0.0.1');
    sockets.push(socket);
    await once(socket, 'connect');
    socket.pause();
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    await new Promise((r) => setTimeout(r, 200));
  };
  const timed = async (path: string) => {
    const started = Date.now();
    const res = await edge.get(path);
    await res.arrayBuffer();
    return { status: res.status, ms: Date.now() - started };
  };
  return { neverRead, timed, close: () => sockets.forEach((s) => s.destroy()) };
}

describe('a client that never reads', () => {
  it('does not hold the API queue (one place here) from the next request', async () => {
    const { neverRead, timed, close } = await edgeWithBigAnswers();
    try {
      await neverRead('/api/layers/big');
      const next = await timed('/api/regions/420000');
      expect(next.status).toBe(200);
      expect(next.ms).toBeLessThan(1000);
    } finally {
      close();
    }
  });

  it('does not hold the render gate (one slot here) from the next new view', async () => {
    const { neverRead, timed, close } = await edgeWithBigAnswers();
    try {
      await neverRead('/?indicator=population&year=2010&big=1');
      const next = await timed('/?indicator=population&year=2011');
      expect(next.status).toBe(200);
      expect(next.ms).toBeLessThan(1000);
    } finally {
      close();
    }
  });
});
