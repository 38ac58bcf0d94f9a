/** The nightlight proxy's tileset: one source layer of 0.5° cells, a brightness property per year. */
import type { Bounds } from './tile-math';
import type { VectorLayerInfo } from './tile-pack';

export const NIGHTLIGHTS = {
  tileset: {
    name: 'nightlights',
    minzoom: 0,
    maxzoom: 8,
    bounds: [73, 18, 135.5, 54] as Bounds,
    center: [104, 35, 3] as [number, number, number],
    attribution: 'Nightlight proxy: modeled by Hinterland from GeoNames (CC BY 4.0) and NBS GDP per capita — not satellite data',
  },
  layers: [
    {
      id: 'nightlights',
      description: 'MODELED nightlight proxy on a 0.5° grid: brightness index per year in properties b2005 … b2024 (not satellite data)',
      fields: { id: 'Number (cell id)', province: 'String (GB/T code of the province holding most of the cell)' },
    },
  ] as VectorLayerInfo[],
} as const;
