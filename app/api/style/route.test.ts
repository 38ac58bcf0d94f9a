import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { ORIGIN, routeRequest } from '@/lib/testing/route-request';
import { GET } from './route';

describe('GET /api/style', () => {
  it('serves a valid MapLibre style whose every URL is on the requesting origin', async () => {
    const res = await GET(routeRequest('/api/style', { host: 'localhost:3000' }));
    expect(res.status).toBe(200);
    const style = await res.json();
    expect(validateStyleMin(style)).toEqual([]);
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
  });
});
