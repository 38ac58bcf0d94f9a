import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { routeRequest } from '@/app/api/_testing/route-request';
import { GET } from './route';

describe('GET /api/style', () => {
  it('serves a valid MapLibre style whose URLs are root-relative, whatever Host the client sends', async () => {
    const res = await GET(routeRequest('/api/style', { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }));
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain('evil');
    const style = JSON.parse(text);
    expect(validateStyleMin(style)).toEqual([]);
    expect(text).not.toMatch(/https?:\/\//);
    expect(style.sources.basemap.url).toBe('/api/tiles/basemap');
    expect(style.glyphs).toBe('/api/glyphs/{fontstack}/{range}');
  });
});
