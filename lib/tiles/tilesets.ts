/** The tilesets the server can answer for, by id. Ids are looked up here, never used as paths. */
import { BASEMAP } from './basemap-tileset';
import { NIGHTLIGHTS } from './nightlights-tileset';
import { PROVINCE_TILES } from './provinces-tileset';

export const TILESETS = {
  basemap: { ...BASEMAP.tileset, layers: BASEMAP.layers, description: 'Hinterland basemap: Natural Earth 1:50m, China provinces, GeoNames cities' },
  provinces: { ...PROVINCE_TILES.tileset, layers: PROVINCE_TILES.layers, description: "China's 31 provinces (Natural Earth admin-1), the choropleth's shapes" },
  nightlights: {
    ...NIGHTLIGHTS.tileset,
    layers: NIGHTLIGHTS.layers,
    description: 'MODELED nightlight proxy (not satellite data), 0.5° grid, one brightness property per year',
  },
} as const;

export type TilesetId = keyof typeof TILESETS;

export const isTilesetId = (id: string): id is TilesetId => Object.hasOwn(TILESETS, id);
