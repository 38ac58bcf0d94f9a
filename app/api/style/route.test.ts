import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { routeParams, routeRequest } from '@/app/api/_testing/route-request';
import { mapSourcesOf } from '@/lib/map/map-sources';
import { GET } from './route';
import { GET as getTileJson } from '../tiles/[tileset]/route';
import { GET as getVersionedTile } from '../tiles/[tileset]/v/[version]/[z]/[x]/[y]/route';
import { GET as getVersionedGlyphs } from '../glyphs/v/[version]/[fontstack]/[range]/route';
import { GET as getVersionedLayer } from '../layers/[id]/v/[version]/route';

const IMMUTABLE = 'public, max-age=31536000, immutable';

async function style() {
  const res = await GET(routeRequest('/api/style', { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }));
  return { res, text: await res.text() };
}

/** The version segment of a URL the style or TileJSON names: …/v/<version>/… */
const versionIn = (url: string) => /\/v\/([0-9a-f]{16})\//.exec(`${url}/`)?.[1];

describe('GET /api/style', () => {
  it('serves a valid MapLibre style whose URLs are root-relative, whatever Host the client sends', async () => {
    const { res, text } = await style();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(text).not.toContain('evil');
    const parsed = JSON.parse(text);
    expect(validateStyleMin(parsed)).toEqual([]);
    expect(text).not.toMatch(/https?:\/\//);
    expect(parsed.sources.basemap.url).toBe('/api/tiles/basemap');
    expect(parsed.glyphs).toMatch(/^\/api\/glyphs\/v\/[0-9a-f]{16}\/\{fontstack\}\/\{range\}$/);
  });

  it('leads, through TileJSON, to tiles, glyphs and layers at versioned URLs that may be kept for a year', async () => {
    const parsed = JSON.parse((await style()).text);
    const sources = mapSourcesOf(parsed)!;

    const glyphVersion = versionIn(parsed.glyphs)!;
    const glyphs = await getVersionedGlyphs(
      routeRequest(parsed.glyphs.replace('{fontstack}', 'Noto%20Sans%20Regular').replace('{range}', '0-255')),
      routeParams({ version: glyphVersion, fontstack: 'Noto Sans Regular', range: '0-255' }),
    );
    expect([glyphs.status, glyphs.headers.get('cache-control')]).toEqual([200, IMMUTABLE]);

    for (const tileset of ['basemap', 'provinces', 'nightlights']) {
      expect(sources.tilesets[tileset]).toBe(`/api/tiles/${tileset}`);
      const tj = await (await getTileJson(routeRequest(sources.tilesets[tileset]), routeParams({ tileset }))).json();
      const version = versionIn(tj.tiles[0])!;
      const tile = await getVersionedTile(
        routeRequest(tj.tiles[0].replace('{z}/{x}/{y}', '4/12/6')),
        routeParams({ tileset, version, z: '4', x: '12', y: '6' }),
      );
      expect([tile.status, tile.headers.get('cache-control')], tileset).toEqual([200, IMMUTABLE]);
      // Nothing there is as immutable as a tile.
      const empty = await getVersionedTile(
        routeRequest(tj.tiles[0].replace('{z}/{x}/{y}', '4/0/0')),
        routeParams({ tileset, version, z: '4', x: '0', y: '0' }),
      );
      expect([empty.status, empty.headers.get('cache-control')], tileset).toEqual([204, IMMUTABLE]);
    }

    const hubs = sources.layers['rail-hubs'];
    const layer = await getVersionedLayer(routeRequest(`${hubs}?year=2010`), routeParams({ id: 'rail-hubs', version: versionIn(hubs)! }));
    expect([layer.status, layer.headers.get('cache-control')]).toEqual([200, IMMUTABLE]);
    expect((await layer.json()).type).toBe('FeatureCollection');
  });

  it('answers a version it does not hold with a JSON 404, never other bytes under that name', async () => {
    const wrong = '0123456789abcdef';
    const responses = [
      await getVersionedTile(routeRequest('/api/tiles/basemap/v/x/4/12/6'), routeParams({ tileset: 'basemap', version: wrong, z: '4', x: '12', y: '6' })),
      await getVersionedGlyphs(routeRequest('/api/glyphs/v/x/a/0-255'), routeParams({ version: wrong, fontstack: 'Noto Sans Regular', range: '0-255' })),
      await getVersionedLayer(routeRequest('/api/layers/rail-hubs/v/x'), routeParams({ id: 'rail-hubs', version: wrong })),
    ];
    for (const res of responses) {
      expect(res.status).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toMatchObject({ error: 'not_found' });
    }
  });
});
