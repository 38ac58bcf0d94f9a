import { describe, expect, it } from 'vitest';
import { provinceProperties } from '@/lib/layers/definitions/provinces';
import { routeParams, routeRequest } from '@/lib/testing/route-request';
import { GET } from './route';

const getLayer = (id: string, headers: Record<string, string> = {}) =>
  GET(routeRequest(`/api/layers/${id}`, headers), routeParams({ id }));

describe('GET /api/layers/provinces', () => {
  it('serves the 31 provinces as GeoJSON with codes, names, regions and their source', async () => {
    const res = await getLayer('provinces');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const fc = await res.json();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(31);
    for (const f of fc.features) expect(provinceProperties.safeParse(f.properties).success).toBe(true);
    const hubei = fc.features.find((f: { properties: { code: string } }) => f.properties.code === '420000');
    expect(hubei.properties).toMatchObject({ name_en: 'Hubei', name_zh: '湖北', region: 'central', coastal: false });
    expect(fc.metadata.source).toMatch(/Natural Earth/);
    expect(fc.metadata.licence).toMatch(/public domain/i);
  });

  it('supports conditional requests', async () => {
    const etag = (await getLayer('provinces', { 'accept-encoding': 'br' })).headers.get('etag')!;
    const again = await getLayer('provinces', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it.each(['nope', '..%2F..%2Fpackage.json', '%00', 'provinces%5C..', 'a'.repeat(5000)])(
    'answers 404 JSON for unknown id %#, leaking no paths',
    async (id) => {
      const res = await getLayer(id);
      expect(res.status).toBe(404);
      const text = await res.text();
      expect(JSON.parse(text).error).toBe('not_found');
      expect(text).not.toMatch(/\/work\/|node_modules|\.geojson|at [A-Za-z]+ \(/);
      expect(text.length).toBeLessThan(400);
    },
  );
});
