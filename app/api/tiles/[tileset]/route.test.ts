import { describe, expect, it } from 'vitest';
import { routeParams, routeRequest } from '@/app/api/_testing/route-request';
import { GET } from './route';

describe('GET /api/tiles/basemap (TileJSON)', () => {
  it('describes the tileset as TileJSON 3.0.0 with root-relative tile URLs, whatever Host the client sends', async () => {
    const res = await GET(routeRequest('/api/tiles/basemap', { host: 'evil.example' }), routeParams({ tileset: 'basemap' }));
    expect(res.status).toBe(200);
    const tj = await res.json();
    expect(tj.tilejson).toBe('3.0.0');
    expect(tj.tiles).toEqual([expect.stringMatching(/^\/api\/tiles\/basemap\/v\/[0-9a-f]{16}\/\{z\}\/\{x\}\/\{y\}$/)]);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(tj.minzoom).toBe(0);
    expect(tj.maxzoom).toBeGreaterThanOrEqual(8);
    expect(tj.vector_layers.map((l: { id: string }) => l.id)).toEqual(
      expect.arrayContaining(['ocean', 'land', 'lakes', 'rivers', 'coastline', 'country_boundaries', 'province_labels']),
    );
  });

  it('answers 404 for an unknown tileset', async () => {
    const res = await GET(routeRequest('/api/tiles/nope'), routeParams({ tileset: 'nope' }));
    expect(res.status).toBe(404);
  });
});
