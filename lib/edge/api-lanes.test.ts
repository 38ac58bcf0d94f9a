import { describe, expect, it } from 'vitest';
import { apiLaneOf } from './api-lanes';
import { standInEdge } from './stand-in-edge.testing';

describe('apiLaneOf', () => {
  it('puts preview images and bbox cuts, plain or versioned, in their own lane', () => {
    for (const url of [
      '/api/preview',
      '/api/preview?indicator=population&year=2010',
      '/api/layers/provinces?bbox=100,20,110,30',
      '/api/layers/nightlights?year=2012&bbox=100,20,110,30',
      '/api/layers/provinces/v/abc123?bbox=1,2,3,4',
      '/api/layers/provinces?bbox=',
      '/api/layers/provinces?year=2010&bbox=1,2,3,4&bbox=5,6,7,8',
    ])
      expect(apiLaneOf(url), url).toBe('gated');
  });

  it('leaves everything else, whole layers included, in the quick lane', () => {
    for (const url of [
      '/api/style',
      '/api/tiles/basemap/4/12/6',
      '/api/glyphs/Noto%20Sans%20Regular/0-255',
      '/api/layers/provinces',
      '/api/layers/nightlights?year=2012',
      '/api/layers',
      '/api/indicators/gdp_per_capita?bbox=1,2,3,4',
      '/api/regions/420000',
      '/api/previews',
      '/api/preview/x',
    ])
      expect(apiLaneOf(url), url).toBe('quick');
  });
});

describe('the edge queues API requests by lane', () => {
  it('answers a tile at once while previews wait on their own work, one at a time in both lanes', async () => {
    const { get } = await standInEdge(async (req, res) => {
      if (req.url?.startsWith('/api/preview')) await new Promise((r) => setTimeout(r, 400));
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
    const previews = [1, 2].map((n) => get(`/api/preview?year=${2000 + n}`));
    await new Promise((r) => setTimeout(r, 30));
    const started = Date.now();
    expect((await get('/api/tiles/basemap/0/0/0')).status).toBe(200);
    // In one queue the tile waited for both previews (800 ms).
    expect(Date.now() - started).toBeLessThan(300);
    expect((await Promise.all(previews)).map((r) => r.status)).toEqual([200, 200]);
  });
});
