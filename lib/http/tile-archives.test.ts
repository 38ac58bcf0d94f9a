import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveTileArchives, TileArchivesError } from './tile-archives';

describe('TILES_PMTILES_URL', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('is off when unset or blank', () => {
    expect(resolveTileArchives({})).toBeNull();
    expect(resolveTileArchives({ TILES_PMTILES_URL: '  ' })).toBeNull();
  });

  it('is a base URL the archive names are appended to', () => {
    expect(resolveTileArchives({ TILES_PMTILES_URL: 'https://tiles.example/hinterland' })).toBe('https://tiles.example/hinterland/');
    expect(resolveTileArchives({ TILES_PMTILES_URL: 'http://127.0.0.1:9000/' })).toBe('http://127.0.0.1:9000/');
  });

  it.each([
    'tiles.example/x',
    'ftp://tiles.example/',
    'javascript:alert(1)',
    'https://u:p@tiles.example/',
    'https://tiles.example/?v=1',
    'https://tiles.example/#x',
  ])('refuses %s with a reason', (value) => {
    expect(() => resolveTileArchives({ TILES_PMTILES_URL: value })).toThrow(TileArchivesError);
  });

  it('lets pages connect to that origin and no other, and points the style at the archives', async () => {
    vi.stubEnv('TILES_PMTILES_URL', 'https://tiles.example/hinterland/');
    const { pageCsp } = await import('./csp');
    const connect = pageCsp({ nonce: 'n' })
      .split('; ')
      .find((d) => d.startsWith('connect-src'));
    expect(connect).toBe("connect-src 'self' https://tiles.example");
    const { mapSources } = await import('../server/map-sources');
    expect(mapSources().tilesets).toEqual({
      basemap: 'pmtiles://https://tiles.example/hinterland/basemap.pmtiles',
      provinces: 'pmtiles://https://tiles.example/hinterland/provinces.pmtiles',
      nightlights: 'pmtiles://https://tiles.example/hinterland/nightlights.pmtiles',
    });
    // Glyphs and layers still come from the app, versioned.
    expect(mapSources().glyphs).toMatch(/^\/api\/glyphs\/v\//);
  });

  it('changes nothing when unset', async () => {
    vi.stubEnv('TILES_PMTILES_URL', '');
    const { pageCsp } = await import('./csp');
    expect(pageCsp({ nonce: 'n' })).toContain("connect-src 'self';");
    const { mapSources } = await import('../server/map-sources');
    expect(mapSources().tilesets.basemap).toBe('/api/tiles/basemap');
  });
});
