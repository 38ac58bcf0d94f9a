import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { basemapStyle, localizedLabelFields } from './basemap-style';
import { BASEMAP } from '../tiles/basemap-tileset';

describe('basemapStyle', () => {
  const style = basemapStyle('http://localhost:3000');

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('names only same-origin URLs', () => {
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u.startsWith('http://localhost:3000/')).toBe(true);
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
