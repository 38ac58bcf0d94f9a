import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { fillGate } from '@/app/api/_testing/fill-gate';
import { routeRequest } from '@/app/api/_testing/route-request';
import { previewGate } from '@/lib/server/preview';
import { GET } from './route';

const get = (query: string, headers: Record<string, string> = {}) => GET(routeRequest(`/api/preview?${query}`, headers));

/** The colour at a pixel of a PNG. */
async function pixel(png: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const image = await loadImage(png);
  const ctx = createCanvas(image.width, image.height).getContext('2d');
  ctx.drawImage(image, 0, 0);
  const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
  return [r, g, b];
}

describe('GET /api/preview', () => {
  it('draws the change map of a view, and refuses a change without a start year', async () => {
    const res = await get('indicator=gdp_per_capita&year=2024&from=2005&change=cagr');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bad = await get('indicator=gdp_per_capita&change=cagr');
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/change=cagr/);
  });

  it('draws a 1200×630 PNG of the view, cacheable by ETag', async () => {
    const res = await get('indicator=gdp_per_capita&year=2024&region=420000');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    const image = await loadImage(png);
    expect([image.width, image.height]).toEqual([1200, 630]);
    const etag = res.headers.get('etag')!;
    expect((await get('indicator=gdp_per_capita&year=2024&region=420000', { 'if-none-match': etag })).status).toBe(304);
  });

  it('colours provinces by their class: Beijing (top class) differs from Gansu (bottom class)', async () => {
    const png = Buffer.from(await (await get('indicator=gdp_per_capita&year=2024')).arrayBuffer());
    // Beijing ~(116.4E, 39.9N) and Gansu's Lanzhou area ~(103.8E, 36.1N) in the image's projection.
    const project = (lng: number, lat: number) => {
      const my = (l: number) => Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360));
      const xSpan = ((135.5 - 73) * Math.PI) / 180;
      const scale = Math.min(790 / xSpan, 500 / (my(54) - my(17.5)));
      const ox = (790 - xSpan * scale) / 2;
      const oy = 90 + (500 - (my(54) - my(17.5)) * scale) / 2;
      return [Math.round(ox + (((lng - 73) * Math.PI) / 180) * scale), Math.round(oy + (my(54) - my(lat)) * scale)] as const;
    };
    const beijing = await pixel(png, ...project(116.4, 40.2));
    const gansu = await pixel(png, ...project(101.5, 38.2));
    expect(beijing).not.toEqual(gansu);
    // Sequential palette: the top class is darker than the bottom one.
    expect(beijing.reduce((a, b) => a + b)).toBeLessThan(gansu.reduce((a, b) => a + b));
  });

  it('gives the same image for views that differ only in map position or overlays', async () => {
    const a = await get('indicator=population&year=2020');
    const b = await get('indicator=population&year=2020&map=6/30/114&layers=hu-line');
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
    const zh = await get('indicator=population&year=2020&lang=zh');
    expect(zh.headers.get('etag')).not.toBe(a.headers.get('etag'));
  });

  it('rejects a view it does not understand with a JSON error naming the parameter', async () => {
    const res = await get('indicator=nope&year=2024');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect((await res.json()).message).toContain('indicator=nope');
  });

  it('rejects a year without data as the indicator API does, naming the nearest year with data', async () => {
    for (const [query, nearest] of [
      ['year=1999', 2000],
      ['year=2050', 2024],
      ['indicator=tertiary_education&year=2024', 2020],
    ] as const) {
      const res = await get(query);
      expect(res.status, query).toBe(400);
      expect((await res.json()).message, query).toContain(`nearest year with data: ${nearest}`);
    }
  });

  it('answers 503 with Retry-After for a new image when the renderer and its queue are full, but still serves drawn ones', async () => {
    const drawn = await get('indicator=urbanization&year=2015');
    expect(drawn.status).toBe(200);
    expect(previewGate.load).toEqual({ running: 0, queued: 0 });
    const release = fillGate(previewGate);
    try {
      const busy = await get('indicator=urbanization&year=2016');
      expect(busy.status).toBe(503);
      expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(busy.headers.get('content-type')).toContain('application/json');
      expect((await busy.json()).error).toBe('unavailable');
      expect((await get('indicator=urbanization&year=2015')).status).toBe(200);
    } finally {
      await release();
    }
    expect((await get('indicator=urbanization&year=2016')).status).toBe(200);
  });
});
