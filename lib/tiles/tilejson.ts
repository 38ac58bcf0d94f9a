import { TILESETS, type TilesetId } from './tilesets';

/**
 * TileJSON 3.0.0 (https://github.com/mapbox/tilejson-spec/tree/master/3.0.0) for one of our tilesets.
 * Tile URLs are root-relative, resolved against this document's URL by the client.
 */
export function tileJson(id: TilesetId) {
  const t = TILESETS[id];
  return {
    tilejson: '3.0.0',
    name: t.name,
    description: t.description,
    version: '1.0.0',
    attribution: t.attribution,
    scheme: 'xyz',
    tiles: [`/api/tiles/${id}/{z}/{x}/{y}`],
    minzoom: t.minzoom,
    maxzoom: t.maxzoom,
    bounds: t.bounds,
    center: t.center,
    vector_layers: t.layers.map((l) => ({ id: l.id, description: l.description, fields: l.fields, minzoom: t.minzoom, maxzoom: t.maxzoom })),
  };
}
