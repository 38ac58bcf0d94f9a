import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { ENCODING_HEADER } from '@/lib/http/precompressed';
import { routeParams, routeRequest } from '@/app/api/_testing/route-request';
import { GET } from './route';

const getTile = (tileset: string, z: string, x: string, y: string, headers: Record<string, string> = {}) =>
  GET(routeRequest(`/api/tiles/${tileset}/${z}/${x}/${y}`, headers), routeParams({ tileset, z, x, y }));

describe('GET /api/tiles/basemap/{z}/{x}/{y}', () => {
  it('serves a gzip Mapbox Vector Tile of China with land, borders and province labels', async () => {
    const res = await getTile('basemap', '4', '12', '6', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    expect(res.headers.get(ENCODING_HEADER)).toBe('gzip');
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const tile = new VectorTile(new PbfReader(zlib.gunzipSync(Buffer.from(await res.arrayBuffer()))));
    expect(Object.keys(tile.layers)).toEqual(expect.arrayContaining(['land', 'country_boundaries', 'province_boundaries', 'province_labels']));
    const names = Array.from({ length: tile.layers.province_labels.length }, (_, i) => tile.layers.province_labels.feature(i).properties.name_zh);
    expect(names).toContain('湖北');
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await getTile('basemap', '3', '6', '3', { 'accept-encoding': 'gzip' });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await getTile('basemap', '3', '6', '3', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
  });

  it('answers 204 No Content where the tileset has nothing (far outside its bounds)', async () => {
    const res = await getTile('basemap', '8', '0', '0');
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });

  it.each([
    ['-1', '0', '0'],
    ['1.5', '0', '0'],
    ['abc', '0', '0'],
    ['9', '0', '0'],
    ['2', '4', '0'],
    ['2', '0', '4'],
    ['99999999999', '0', '0'],
  ])('rejects z=%s x=%s y=%s with a JSON 400', async (z, x, y) => {
    const res = await getTile('basemap', z, x, y);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body).toMatchObject({ error: 'bad_request' });
    expect(body.message).toMatch(/tile coordinates/);
  });

  it('answers 404 for a tileset it does not have, without echoing paths', async () => {
    const res = await getTile('..%2F..%2Fetc', '0', '0', '0');
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).not.toMatch(/\/work|node_modules|geo\/build/);
  });
});

describe('GET /api/tiles/nightlights/{z}/{x}/{y}', () => {
  it('serves the modeled grid with a brightness property per year', async () => {
    const res = await getTile('nightlights', '5', '26', '13', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    const tile = new VectorTile(new PbfReader(zlib.gunzipSync(Buffer.from(await res.arrayBuffer()))));
    const layer = tile.layers.nightlights;
    expect(layer.length).toBeGreaterThan(10);
    const props = layer.feature(0).properties;
    expect(props).toHaveProperty('b2024');
    expect(props).toHaveProperty('b2005');
  });

  it('applies the same coordinate rules as the basemap', async () => {
    expect((await getTile('nightlights', '9', '0', '0')).status).toBe(400);
    expect((await getTile('nightlights', '8', '0', '0')).status).toBe(204);
  });
});
