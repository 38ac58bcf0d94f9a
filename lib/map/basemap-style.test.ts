import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { basemapStyle } from './basemap-style';
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
});
