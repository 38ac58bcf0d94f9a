import { describe, expect, it } from 'vitest';
import { provinceProperties } from '@/lib/layers/feature-schemas';
import { bboxGate } from '@/lib/server/layer-store';
import { fillGate } from '@/app/api/_testing/fill-gate';
import { routeParams, routeRequest } from '@/app/api/_testing/route-request';
import { GET } from './route';

const getLayer = (id: string, headers: Record<string, string> = {}) => GET(routeRequest(`/api/layers/${id}`, headers), routeParams({ id }));

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

  it.each(['nope', '..%2F..%2Fpackage.json', '%00', 'provinces%5C..', 'a'.repeat(5000)])('answers 404 JSON for unknown id %#, leaking no paths', async (id) => {
    const res = await getLayer(id);
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(JSON.parse(text).error).toBe('not_found');
    expect(text).not.toMatch(/\/work\/|node_modules|\.geojson|at [A-Za-z]+ \(/);
    expect(text.length).toBeLessThan(400);
  });
});

describe('GET /api/layers/hu-line', () => {
  it('draws the line from Heihe to Tengchong with published shares and a live split', async () => {
    const fc = await (await getLayer('hu-line')).json();
    const [line] = fc.features;
    expect(line.geometry.type).toBe('LineString');
    const coords = line.geometry.coordinates;
    expect(coords[0][0]).toBeCloseTo(127.49, 1);
    expect(coords[0][1]).toBeCloseTo(50.24, 1);
    expect(coords.at(-1)[0]).toBeCloseTo(98.51, 1);
    expect(coords.at(-1)[1]).toBeCloseTo(24.99, 1);
    expect(line.properties.published_shares.map((s: { period: string }) => s.period)).toEqual(['1935', '2002–2015', '2020 census']);
    expect(line.properties.split.method).toMatch(/GeoNames/);
  });

  it('computes the split for the requested year from the provincial data', async () => {
    const fc = await (await GET(routeRequest('/api/layers/hu-line?year=2020'), routeParams({ id: 'hu-line' }))).json();
    const split = fc.features[0].properties.split;
    expect(split.year).toBe(2020);
    // Published: ~94% of the population east of the line on ~43% of the area.
    expect(split.population.east_pct).toBeGreaterThan(92);
    expect(split.population.east_pct).toBeLessThan(96);
    expect(split.area.east_pct).toBeGreaterThan(40);
    expect(split.area.east_pct).toBeLessThan(47);
    expect(split.gdp.east_pct).toBeGreaterThan(split.population.east_pct);
  });
});

describe('GET /api/layers/rail-hubs', () => {
  const hubs = async (query = '') =>
    (await (await GET(routeRequest(`/api/layers/rail-hubs${query}`), routeParams({ id: 'rail-hubs' }))).json()).features as Array<{
      properties: { id: string; opened: number | null; source_url: string };
      geometry: { coordinates: number[] };
    }>;

  it('lists at least 25 hubs, each with a source', async () => {
    const all = await hubs();
    expect(all.length).toBeGreaterThanOrEqual(25);
    for (const h of all) expect(h.properties.source_url).toMatch(/^https?:\/\//);
    expect(all.map((h) => h.properties.id)).toEqual(expect.arrayContaining(['wuhan', 'zhengzhou-east', 'chongqing-east']));
  });

  it('shows only the hubs open in a given year', async () => {
    const in2010 = await hubs('?year=2010');
    expect(in2010.length).toBeGreaterThan(3);
    expect(in2010.every((h) => h.properties.opened !== null && h.properties.opened <= 2010)).toBe(true);
    expect(in2010.map((h) => h.properties.id)).not.toContain('chongqing-east');
    expect((await hubs('?year=2025')).map((h) => h.properties.id)).toContain('chongqing-east');
    // Hubs with no sourced HSR opening year count as open from 2024, when their sources describe them in service.
    const in2024 = await hubs('?year=2024');
    expect(in2024.some((h) => h.properties.opened === null)).toBe(true);
    expect(in2024.length).toBe((await hubs()).length - 1); // all but Chongqing East (2025)
  });

  it('filters by bbox', async () => {
    const west = await hubs('?bbox=73,18,105,54');
    expect(west.length).toBeGreaterThan(0);
    for (const h of west) expect(h.geometry.coordinates[0]).toBeLessThanOrEqual(105);
  });

  it('answers 503 with Retry-After for a new bbox cut when too many are being made, but still serves whole layers', async () => {
    const release = fillGate(bboxGate);
    try {
      const busy = await GET(routeRequest('/api/layers/rail-hubs?bbox=100,20,120,40'), routeParams({ id: 'rail-hubs' }));
      expect(busy.status).toBe(503);
      expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await busy.json()).error).toBe('unavailable');
      expect((await GET(routeRequest('/api/layers/rail-hubs?year=2015'), routeParams({ id: 'rail-hubs' }))).status).toBe(200);
    } finally {
      await release();
    }
    expect((await hubs('?bbox=100,20,120,40')).length).toBeGreaterThan(0);
  });
});

describe('layer query validation', () => {
  it.each([
    ['provinces', '?year=2020', /does not change over time/],
    ['rail-hubs', '?year=1800', /between 1990 and 2026/],
    ['rail-hubs', '?bbox=1,2,3', /four comma-separated numbers/],
  ])('%s%s → 400', async (id, query, message) => {
    const res = await GET(routeRequest(`/api/layers/${id}${query}`), routeParams({ id }));
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(message);
  });
});

describe('GET /api/layers/nightlights', () => {
  it('says it is a modeled proxy and how it was made', async () => {
    const fc = await (await GET(routeRequest('/api/layers/nightlights?year=2010&bbox=110,28,116,34'), routeParams({ id: 'nightlights' }))).json();
    expect(fc.metadata.modeled).toBe(true);
    expect(fc.metadata.label).toMatch(/modeled proxy/i);
    expect(fc.metadata.method).toMatch(/GeoNames/);
    expect(fc.metadata.year).toBe(2010);
    expect(fc.features.length).toBeGreaterThan(20);
    for (const f of fc.features) {
      expect(f.properties).toMatchObject({ modeled: true, year: 2010 });
      expect(f.properties.brightness).toBeGreaterThanOrEqual(0);
    }
  });

  it('reports deeper inequality across grid cells than across provinces, every year', async () => {
    const fc = await (await GET(routeRequest('/api/layers/nightlights'), routeParams({ id: 'nightlights' }))).json();
    expect(fc.metadata.inequality.length).toBeGreaterThanOrEqual(10);
    for (const row of fc.metadata.inequality) expect(row.gini_grid).toBeGreaterThan(row.gini_province);
  });

  it('is listed as modeled in the catalogue', async () => {
    const { GET: catalogue } = await import('../route');
    const { layers } = await (await catalogue()).json();
    expect(layers.find((l: { id: string }) => l.id === 'nightlights')).toMatchObject({ modeled: true, kind: 'modeled', tiles: '/api/tiles/nightlights' });
  });
});
