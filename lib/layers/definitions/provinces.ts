import { PROVINCES_SOURCE } from '../provinces-source';
import type { LayerDefinition } from '../registry';
import { PROVINCE_TILES } from '../../tiles/provinces-tileset';
import { fillExpression } from '../../choropleth/bins';

const REGION_ZH: Record<string, string> = { east: '东部', central: '中部', west: '西部', northeast: '东北' };

export const provinces: LayerDefinition = {
  id: 'provinces',
  title: 'Provinces',
  title_zh: '省份',
  description: "The 31 provincial-level divisions of mainland China with GB/T 2260 codes, names in English and Chinese, NBS economic region and whether they are coastal.",
  description_zh: '中国大陆31个省级行政区，附GB/T 2260代码、中英文名称、国家统计局经济区域及是否沿海。',
  geometryType: 'MultiPolygon',
  kind: 'observed',
  toggleable: false,
  sources: [{ name: PROVINCES_SOURCE.source, url: PROVINCES_SOURCE.url, licence: PROVINCES_SOURCE.licence }],
  idProperty: 'code',
  // Pre-tiled for the map (lib/tiles/provinces-tileset.ts); /api/layers/provinces keeps the GeoJSON.
  vectorTiles: { tileset: PROVINCE_TILES.tileset.name, sourceLayer: PROVINCE_TILES.layers[0].id },
  legend: [{ label: 'Province', label_zh: '省份', color: '#c8d3de', symbol: 'fill' }],
  tooltip: (p, _year, lang = 'en') =>
    lang === 'zh'
      ? { title: String(p.name_zh), lines: [`${REGION_ZH[String(p.region)] ?? p.region}地区${p.coastal ? ' · 沿海' : ''}`] }
      : { title: `${p.name_en} ${p.name_zh}`, lines: [`${String(p.region).replace(/^./, (c) => c.toUpperCase())} region${p.coastal ? ' · coastal' : ''}`] },
  mapLayers: (source) => [
    {
      id: 'provinces-fill',
      type: 'fill',
      source,
      'source-layer': 'provinces',
      // The choropleth: colour by the `value` feature-state through the view's bins (the map controller
      // sets the bins' expression; no data until it has), faint where the filters leave a province out.
      paint: {
        'fill-color': fillExpression(null),
        'fill-opacity': ['case', ['boolean', ['feature-state', 'dimmed'], false], 0.18, 0.88],
      },
    },
    {
      id: 'provinces-outline',
      type: 'line',
      source,
      'source-layer': 'provinces',
      // The basemap draws every border; this layer only outlines the province under the pointer.
      paint: {
        'line-color': '#1f2a33',
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 2.5, ['boolean', ['feature-state', 'hover'], false], 1.5, 0],
      },
    },
  ],
};

