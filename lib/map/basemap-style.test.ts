import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { basemapStyle, localizedLabelFields } from './basemap-style';
import { BASEMAP } from '../tiles/basemap-tileset';
import { mapSourcesOf, type MapSources } from './map-sources';

const sources: MapSources = {
  glyphs: '/api/glyphs/v/abc/{fontstack}/{range}',
  tilesets: { basemap: '/api/tiles/basemap', provinces: '/api/tiles/provinces', nightlights: '/api/tiles/nightlights' },
  layers: { 'rail-hubs': '/api/layers/rail-hubs/v/def' },
};

describe('basemapStyle', () => {
  const style = basemapStyle(sources);

  it('fetches its tiles and glyphs where the sources say, and carries them for the map', () => {
    expect(style.glyphs).toBe(sources.glyphs);
    expect(style.sources.basemap).toMatchObject({ type: 'vector', url: '/api/tiles/basemap' });
    expect(mapSourcesOf(JSON.parse(JSON.stringify(style)))).toEqual(sources);
    expect(mapSourcesOf({ metadata: {} })).toBeNull();
  });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('names only root-relative URLs, so no host is ever baked in', () => {
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
    expect(style.glyphs).toMatch(/^\/api\//);
  });

  it('draws only source layers the tileset has', () => {
    const known = new Set(BASEMAP.layers.map((l) => l.id));
    for (const layer of style.layers) if ('source-layer' in layer) expect(known.has(layer['source-layer']!)).toBe(true);
  });

  it('switches every localized label layer it names, and those layers exist in the style', () => {
    const ids = new Set(style.layers.map((l) => l.id));
    for (const [layerId] of localizedLabelFields('zh')) expect(ids.has(layerId), layerId).toBe(true);
    const zh = Object.fromEntries(localizedLabelFields('zh'));
    expect(zh['country-labels']).toEqual(['coalesce', ['get', 'name_zh'], ['get', 'name']]);
    expect(zh['city-labels']).toEqual(['coalesce', ['get', 'name_zh'], ['get', 'name']]);
    expect(zh['province-labels']).toEqual(['get', 'name_zh']);
    // English is what the style starts with.
    const en = Object.fromEntries(localizedLabelFields('en'));
    for (const layer of style.layers) if (en[layer.id]) expect((layer as { layout: Record<string, unknown> }).layout['text-field']).toEqual(en[layer.id]);
  });
});
