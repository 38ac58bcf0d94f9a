/**
 * Which requests the edge can answer without Next: those start first in each event-loop turn
 * (lib/edge/turn-queue.ts), so a cheap answer never waits behind renders and cuts.
 */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { EdgeHandler } from './handler';
import { standInEdge } from './stand-in-edge.testing';

const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers }) as unknown as IncomingMessage;

const fromMemory = (handler: EdgeHandler, req: IncomingMessage) => handler.route(req).fromMemory;

async function edge() {
  return standInEdge(async (req, res) => {
    if (req.url?.startsWith('/api/')) {
      res.setHeader('content-type', 'application/json');
      res.setHeader('cache-control', req.url.includes('private') ? 'no-store' : 'public, max-age=60');
      res.setHeader('etag', '"e1"');
      return void res.end('{"ok":true}');
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!DOCTYPE html><html><head></head><body><p>a view</p></body></html>');
  });
}

describe('a route from memory', () => {
  it('is true for an API answer once it is kept, for that encoding only, and never for one that may not be kept', async () => {
    const { base, get, handler } = await edge();
    const gzip = { 'accept-encoding': 'gzip' };
    expect(fromMemory(handler, request('GET', '/api/regions/420000', gzip))).toBe(false);
    await (await fetch(`${base}/api/regions/420000`, { headers: gzip })).text();
    expect(fromMemory(handler, request('GET', '/api/regions/420000', gzip))).toBe(true);
    expect(fromMemory(handler, request('GET', '/api/regions/420000', { 'accept-encoding': 'identity' }))).toBe(false);
    await (await get('/api/private')).text();
    expect(fromMemory(handler, request('GET', '/api/private', gzip))).toBe(false);
  });

  it('is true for a kept page under any link that resolves to its view', async () => {
    const { get, handler } = await edge();
    expect(fromMemory(handler, request('GET', '/?indicator=population&year=2012'))).toBe(false);
    await (await get('/?indicator=population&year=2012')).text();
    expect(fromMemory(handler, request('GET', '/?year=2012&indicator=population'))).toBe(true);
    expect(fromMemory(handler, request('GET', '/?indicator=population&year=2013'))).toBe(false);
    // Next's RSC payloads for the same view are never the kept page.
    expect(fromMemory(handler, request('GET', '/?indicator=population&year=2012', { rsc: '1' }))).toBe(false);
  });

  it('is true for what the edge refuses itself', async () => {
    const { handler } = await edge();
    expect(fromMemory(handler, request('POST', '/api/style'))).toBe(true);
    expect(fromMemory(handler, request('OPTIONS', '*'))).toBe(true);
  });
});
